/**
 * Korean money notation, shared by the COMMIT functions, the task-pane form and sync.
 * The API below is a contract: keep it stable.
 *
 * parseAmount(text: unknown): { amount: number; currency: string | null }
 *   Reads "70만불" (700000 USD), "6조 7,000억원" (6.7e12 KRW), "1,276만 달러", "795만7천달러",
 *   "US$1.5 million", "€2.3m", "약 5억 원", "25만 개" (250000, currency null), "1,000원", "-70만 원".
 *   currency is an ISO 4217 code or null when the text names none. Numbers pass through
 *   (currency null); null, undefined and blank text are { amount: 0, currency: null }.
 *   Throws AmountParseError (message quotes the text; `.text` holds it) for anything else.
 *
 * formatKrw(n: number): string
 *   "6조 7,000억 원", "70만 원", "1,234만 5,678 원", "0 원", "-70만 원". Fractions round to the
 *   nearest won, halves away from zero. Throws KrwFormatError for NaN, ±Infinity and non-numbers.
 *   parseAmount(formatKrw(n)) gives back { amount: n, currency: "KRW" } for every integer n.
 */
export { parseAmount, AmountParseError, type ParsedAmount } from "./parseAmount";
export { formatKrw, KrwFormatError } from "./formatKrw";
