import { formatKrw, parseAmount } from "../../../money";

export type AmountPreview =
  | { kind: "empty" }
  | { kind: "parsed"; amount: number; currency: string | null; text: string }
  | { kind: "error"; message: string };

/** What the amount text reads as, with the same parser as COMMIT.PARSEAMOUNT. */
export function amountPreview(text: string, locale: string): AmountPreview {
  if (text.trim() === "") return { kind: "empty" };
  try {
    const { amount, currency } = parseAmount(text);
    const number = amount.toLocaleString(locale, { maximumFractionDigits: 6 });
    const words = currency === "KRW" && Number.isFinite(amount) ? ` (${formatKrw(amount)})` : "";
    return { kind: "parsed", amount, currency, text: `${number}${currency ? ` ${currency}` : ""}${words}` };
  } catch (error) {
    return { kind: "error", message: error instanceof Error ? error.message : String(error) };
  }
}
