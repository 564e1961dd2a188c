import { createContext, useContext, type ReactNode } from "react";
import type { Language } from "../../schema";
import { STRINGS, type Strings } from "./strings";

const LanguageContext = createContext<Language>("ko");

export function LanguageProvider(props: { language: Language; children: ReactNode }) {
  return <LanguageContext.Provider value={props.language}>{props.children}</LanguageContext.Provider>;
}

/** The pane's current language (the user can switch it; Office's display language is the default). */
export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/** The UI strings of the shared panes (setup, entry, validation) in the current language. */
export function useStrings(): Strings {
  return STRINGS[useContext(LanguageContext)];
}

/** Picks the current language's text from a { ko, en } pair (messages from the pure core). */
export function useLocalize(): (message: { ko: string; en: string }) => string {
  const language = useContext(LanguageContext);
  return (message) => message[language];
}
