/**
 * Imported text must never become a formula. Excel (and the simulator) store a
 * string written to `values` as a formula when it starts with "=", and
 * spreadsheet tools treat leading + - @ and a leading TAB or CR as formula
 * starters too (the CSV-injection vector: =HYPERLINK(...), +cmd|' /C calc'!A0,
 * @SUM(1)). A leading apostrophe is Excel's "this is text" prefix: it is not
 * part of the stored value, so "'=1" is stored and displayed as the text "=1".
 *
 * A string that itself starts with an apostrophe is prefixed too, otherwise
 * Excel would eat that apostrophe and the value read back would differ from
 * the value written (undo must restore text exactly).
 *
 * Numbers are never touched: "-5" parsed from the Amount column is the number
 * -5 by the time it gets here, and only strings are neutralised.
 */

const FORMULA_STARTERS = new Set(["=", "+", "-", "@", "\t", "\r", "'"]);

export function needsNeutralising(value: string): boolean {
  return value.length > 0 && FORMULA_STARTERS.has(value[0]);
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
 * Text Excel would turn into something else when written to a General cell:
 * numbers ("0303" → 303, an HS code losing its leading zero), percentages,
 * dates ("2019-11-18" → a serial), times and TRUE/FALSE. Table columns are
 * formatted as text where it matters, but appended rows and hand-made tables
 * may not be, so such text is written with the apostrophe too.
 */
const COERCIBLE = [
  /^\s*[+-]?(\d[\d,]*\.?\d*|\.\d+)([eE][+-]?\d+)?%?\s*$/,
  /^\s*\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?\s*$/,
  /^\s*\d{1,2}:\d{2}(:\d{2})?\s*$/,
  /^\s*(true|false)\s*$/i,
];

export function wouldBeCoerced(value: string): boolean {
  return COERCIBLE.some((pattern) => pattern.test(value));
}

/**
 * The value to put in a `values` array so the cell ends up holding exactly
 * `value`: strings that would become a formula or be re-typed get the
 * apostrophe; numbers, booleans and "" (clear) pass through.
 */
export function toCellInput(value: string | number | boolean | null): string | number | boolean {
  if (value === null) return "";
  if (typeof value !== "string") return value;
  return needsNeutralising(value) || wouldBeCoerced(value) ? `'${value}` : value;
}
