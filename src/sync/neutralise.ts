/**
 * Imported text must never become a formula, in any cell the add-in writes: sync,
 * the entry form, the report and its frozen copy all go through this module.
 *
 * Excel (and the simulator) store a string written to `values` or `formulas` as a
 * formula when it starts with "=", and spreadsheet tools treat leading + - @ and a
 * leading TAB or CR as formula starters too (the CSV-injection vector:
 * =HYPERLINK(...), +cmd|' /C calc'!A0, @SUM(1)). A leading apostrophe is Excel's
 * "this is text" prefix: it is not part of the stored value, so "'=1" is stored and
 * displayed as the text "=1".
 *
 * What Excel does with look-alikes is not documented, so we take the harsher choice
 * (issue 9, item 21) and also neutralise:
 *   - full-width and small forms (＝ ＋ － ＠, ﹦ ﹢ ﹣ ﹫) and super/subscript = and +,
 *     i.e. anything whose NFKC form is a starter, and the minus sign U+2212: Korean
 *     IMEs type full-width symbols, and East Asian Excel builds fold them on entry;
 *   - a starter behind leading whitespace or invisible characters: spaces, NBSP,
 *     ideographic space, LF, zero-width space, BOM, word joiner, Hangul fillers
 *     (any Unicode White_Space or format (Cf) character).
 *
 * A string that itself starts with an apostrophe is prefixed too, otherwise Excel
 * would eat that apostrophe and the value read back would differ from the value
 * written (undo must restore text exactly).
 *
 * Numbers are never touched: "-5" parsed from the Amount column is the number -5 by
 * the time it gets here, and only strings are neutralised. Adding an apostrophe to
 * text that did not need it is harmless (the cell holds the same text), so every
 * doubt resolves towards prefixing.
 */

const FORMULA_STARTERS = new Set(["=", "+", "-", "@", "\u2212"]);

/** Characters that print as nothing (or as blank space) in front of a starter. */
const LEADING_INVISIBLE = /^[\p{White_Space}\p{Cf}\u115F\u1160\u3164\uFFA0]+/u;

/** The first character after any invisible lead-in, folded to its NFKC form ("＝" → "="). */
function firstVisibleFolded(value: string): string {
  const rest = value.replace(LEADING_INVISIBLE, "");
  const first = String.fromCodePoint(rest.codePointAt(0) ?? 0x20);
  return first.normalize("NFKC").charAt(0);
}

export function needsNeutralising(value: string): boolean {
  if (value.length === 0) return false;
  const first = value[0];
  if (first === "'" || first === "\t" || first === "\r") return true;
  return FORMULA_STARTERS.has(firstVisibleFolded(value));
}

/** The cell value to write so that the cell holds `value` as literal text. */
export function neutraliseText(value: string): string {
  return needsNeutralising(value) ? `'${value}` : value;
}

/** Neutralises a cell value of any type: strings get the text prefix when needed, everything else passes through. */
export function neutraliseCell<T>(value: T): T | string {
  return typeof value === "string" ? neutraliseText(value) : value;
}

/**
 * The inverse, for files the add-in wrote itself (the rejected-rows CSV): strips exactly
 * one protective apostrophe when what follows it would have needed one.
 */
export function removeProtectiveApostrophe(value: string): string {
  return value.startsWith("'") && needsNeutralising(value.slice(1)) ? value.slice(1) : value;
}

/**
 * Text Excel would turn into something else when written to a General cell:
 * numbers ("0303" → 303, an HS code losing its leading zero), percentages,
 * currency amounts ("$1,000", "₩1,000"), accounting negatives ("(100)"), fractions
 * and dates ("2019-11-18", "1/2", "2019. 11. 18.", "2019년 11월 18일", "18-Nov"),
 * times, TRUE/FALSE and error literals ("#N/A"). Full-width digits count too
 * (NFKC): East Asian Excel builds read "０３０３" as a number. Table columns are
 * formatted as text where it matters, but appended rows, hand-made tables and the
 * report's frozen copy may not be, so such text is written with the apostrophe too.
 */
const NUMBER = String.raw`(\d[\d,]*\.?\d*|\.\d+)([eE][+-]?\d+)?`;
const MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*";
const COERCIBLE = [
  new RegExp(String.raw`^\s*[+-]?\s*[$₩€£¥]?\s*${NUMBER}\s*%?\s*$`),
  new RegExp(String.raw`^\s*[$₩€£¥]?\s*\(\s*[$₩€£¥]?\s*${NUMBER}\s*\)\s*$`),
  /^\s*\d+\s+\d+\s*\/\s*\d+\s*$/,
  /^\s*\d{1,4}\s*[-/.]\s*\d{1,2}(\s*[-/.]\s*\d{1,4})?\s*\.?\s*$/,
  /^\s*(\d{2,4}\s*년\s*)?\d{1,2}\s*월(\s*\d{1,2}\s*일)?\s*$/,
  new RegExp(String.raw`^\s*(\d{1,2}[-\s/]${MONTH}([-\s/,]+\d{1,4})?|${MONTH}[-\s/]\d{1,4}([-\s/,]+\d{1,4})?)\s*$`, "i"),
  /^\s*\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*([ap]\.?m\.?|오전|오후)?\s*$/i,
  /^\s*(오전|오후)\s*\d{1,2}:\d{2}(:\d{2})?\s*$/,
  /^\s*(true|false)\s*$/i,
  /^\s*#(N\/A|VALUE!|DIV\/0!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|BUSY!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!)\s*$/i,
];

export function wouldBeCoerced(value: string): boolean {
  const folded = value.normalize("NFKC");
  return COERCIBLE.some((pattern) => pattern.test(folded));
}

/**
 * The value to put in a `values` (or `formulas`) array so the cell ends up holding
 * exactly `value`: strings that would become a formula or be re-typed get the
 * apostrophe; numbers, booleans and "" (clear) pass through.
 */
export function toCellInput(value: string | number | boolean | null): string | number | boolean {
  if (value === null) return "";
  if (typeof value !== "string") return value;
  return needsNeutralising(value) || wouldBeCoerced(value) ? `'${value}` : value;
}
