export { LanguageProvider, useLanguage, useStrings, useLocalize } from "./LanguageContext";
export { STRINGS, type Strings } from "./strings";
export { languageFromLocale } from "./languageFromLocale";
