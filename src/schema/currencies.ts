import type { Language } from "./columns";
import { foldText } from "./text";
import { memoiseByText } from "./textMemo";

const ISO_CODES: ReadonlySet<string> = new Set(Intl.supportedValuesOf("currency"));

/** Korean and symbol spellings; 불 and 달러 mean USD in Korean press usage. */
const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    원: "KRW",
    "₩": "KRW",
    "￦": "KRW",
    원화: "KRW",
    불: "USD",
    달러: "USD",
    미불: "USD",
    미달러: "USD",
    "$": "USD",
    "us$": "USD",
    usd$: "USD",
    엔: "JPY",
    엔화: "JPY",
    "¥": "JPY",
    "￥": "JPY",
    유로: "EUR",
    "€": "EUR",
    위안: "CNY",
    위안화: "CNY",
    元: "CNY",
    "£": "GBP",
    파운드: "GBP",
    캐나다달러: "CAD",
    "c$": "CAD",
    "ca$": "CAD",
    호주달러: "AUD",
    "a$": "AUD",
    홍콩달러: "HKD",
    "hk$": "HKD",
    싱가포르달러: "SGD",
    "s$": "SGD",
    동: "VND",
    루피: "INR",
  }),
);

function lookupCurrency(raw: unknown): string | null {
  const folded = foldText(raw);
  if (folded === "") return null;
  const upper = folded.toUpperCase();
  if (/^[A-Z]{3}$/.test(upper) && ISO_CODES.has(upper)) return upper;
  // A Map, not a plain object: CURRENCY_WORDS[folded] answered a cell reading "constructor" with Object's constructor.
  return CURRENCY_WORDS.get(folded) ?? null;
}

/** Text cells repeat a few spellings ("USD", "달러") over a whole table: each is folded and looked up once. */
const currencyOfText = memoiseByText(lookupCurrency);

/** ISO 4217 code for a code, symbol or Korean word (원, 불, 달러, 엔, 유로…); null if unknown. */
export function normalizeCurrency(raw: unknown): string | null {
  return typeof raw === "string" ? currencyOfText(raw) : lookupCurrency(raw);
}

export function isIsoCurrency(code: string): boolean {
  return ISO_CODES.has(code);
}

/** The spellings normalizeCurrency knows besides ISO codes, longest first (for tokenising amount text). */
export const CURRENCY_SPELLINGS: readonly string[] = [...CURRENCY_WORDS.keys()].sort((a, b) => b.length - a.length);

export function currencyName(code: string, language: Language): string {
  return new Intl.DisplayNames([language], { type: "currency" }).of(code) ?? code;
}
