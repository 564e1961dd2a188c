import countries from "i18n-iso-countries";
import english from "i18n-iso-countries/langs/en.json";
import korean from "i18n-iso-countries/langs/ko.json";
import type { Language } from "./columns";
import { foldText } from "./text";
import { memoiseByText } from "./textMemo";

countries.registerLocale(english);
countries.registerLocale(korean);

/** Short forms Korean officials write that the ISO data lacks. */
const EXTRA_NAMES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    한국: "KR",
    남한: "KR",
    "korea": "KR",
    "south korea": "KR",
    중국: "CN",
    영국: "GB",
    "england": "GB",
    베트남: "VN",
    "uae": "AE",
    아랍에미리트: "AE",
  }),
);

const COUNTRY_LOOKUP: ReadonlyMap<string, string> = (() => {
  const lookup = new Map<string, string>();
  for (const language of ["en", "ko"] as const) {
    const names = countries.getNames(language, { select: "all" });
    for (const [code, spellings] of Object.entries(names)) {
      for (const spelling of spellings) lookup.set(foldText(spelling), code);
    }
  }
  for (const [name, code] of EXTRA_NAMES) lookup.set(foldText(name), code);
  for (const code of Object.keys(countries.getAlpha2Codes())) lookup.set(foldText(code), code);
  for (const [alpha3, alpha2] of Object.entries(countries.getAlpha3Codes())) lookup.set(foldText(alpha3), alpha2);
  return lookup;
})();

function lookupCountry(raw: unknown): string | null {
  const folded = foldText(raw);
  if (folded === "") return null;
  return COUNTRY_LOOKUP.get(folded) ?? null;
}

/** Text cells repeat a few spellings ("US", "미국") over a whole table: each is folded and looked up once. */
const countryOfText = memoiseByText(lookupCountry);

/** ISO 3166-1 alpha-2 code for a code (alpha-2/3) or a Korean or English name; null if unknown. */
export function normalizeCountry(raw: unknown): string | null {
  return typeof raw === "string" ? countryOfText(raw) : lookupCountry(raw);
}

export function countryName(code: string, language: Language): string {
  return countries.getName(code, language) ?? code;
}

export interface CountryChoice {
  readonly code: string;
  readonly ko: string;
  readonly en: string;
}

/** Every country, for pickers that search in both languages. */
export function allCountries(): CountryChoice[] {
  const en = countries.getNames("en");
  const ko = countries.getNames("ko");
  return Object.keys(en)
    .map((code) => ({ code, en: en[code], ko: ko[code] ?? en[code] }))
    .sort((a, b) => a.ko.localeCompare(b.ko, "ko"));
}
