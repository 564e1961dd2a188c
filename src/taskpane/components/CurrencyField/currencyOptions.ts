import { currencyName, foldText, isIsoCurrency, normalizeCurrency, type Language } from "../../../schema";

/** Currencies of the trips officers record, offered first; any ISO code can be typed. */
export const COMMON_CURRENCIES: readonly string[] = ["KRW", "USD", "EUR", "JPY", "CNY", "GBP", "CAD", "AUD", "VND", "SGD", "HKD", "INR", "IDR", "THB", "MYR", "PHP", "AED", "RUB", "MXN", "BRL", "NZD", "CHF", "SEK", "PLN", "UZS", "KZT", "MNT", "TWD"].filter(isIsoCurrency);

export function currencyOptionText(code: string, language: Language): string {
  return `${code} · ${currencyName(code, language)}`;
}

/** Common currencies matching the query by code or name in either language. */
export function searchCurrencies(query: string): string[] {
  const folded = foldText(query);
  if (folded === "") return [...COMMON_CURRENCIES];
  const exact = normalizeCurrency(query);
  const matches = COMMON_CURRENCIES.filter((code) =>
    [code, currencyName(code, "ko"), currencyName(code, "en")].some((name) => foldText(name).includes(folded)),
  );
  return exact && !matches.includes(exact) ? [exact, ...matches] : matches;
}
