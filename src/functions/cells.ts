/**
 * One cell as Excel hands it to a custom function, before any column reads it.
 *
 * - Error cells. With the top-level metadata flag `allowErrorForDataTypeAny` (src/functions/metadata/
 *   options.json; learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors, "Errors as
 *   custom function inputs") Excel calls the function even when a range holds an error, and the
 *   error arrives as an object: a CustomFunctions.Error (`code` "#N/A", optional `message`), or,
 *   because `allowCustomDataForDataTypeAny` is also set, a data-types ErrorCellValue
 *   (`type: "Error"`, `basicValue` "#N/A", `errorType` "NotAvailable"; custom-functions-data-types-
 *   concepts: "A custom function can accept a data types error object"). Text that merely reads
 *   "#N/A" is text, not an error.
 * - Linked and custom data types (Geography, Stocks, an entity a user made) arrive as objects too
 *   (`type: "LinkedEntity"` / `"Entity"` with the cell's display `text`; `"Double"`, `"String"`,
 *   `"Boolean"`, `"FormattedNumber"` with `basicValue`). The functions read what the cell shows.
 * - Blank cells arrive as "" or null on the web and as 0 on desktop (office-js #4702, #5262,
 *   #1951). Columns where 0 is not a real value read 0 as blank (see the column readers).
 */

/** An error value found in a cell: its Excel code ("#N/A", "#DIV/0!" …). */
export class CellErrorValue {
  constructor(readonly code: string) {}
}

const ERROR_CODE = /^#[A-Z0-9/!?_]+[!?A-Z]$/i;

const ERROR_TYPES: Readonly<Record<string, string>> = {
  NotAvailable: "#N/A",
  Value: "#VALUE!",
  Div0: "#DIV/0!",
  Ref: "#REF!",
  Name: "#NAME?",
  Num: "#NUM!",
  Null: "#NULL!",
  Spill: "#SPILL!",
  Calc: "#CALC!",
  Busy: "#BUSY!",
  Connect: "#CONNECT!",
  Field: "#FIELD!",
  GettingData: "#GETTING_DATA",
  Blocked: "#BLOCKED!",
};

/**
 * What a cell means once Excel's wrappers are taken off: a primitive (number, string, boolean,
 * null), or a CellErrorValue. Anything else (an object the add-in does not know) becomes its
 * text, so it is reported like any other unreadable value rather than crashing a function.
 */
export function unwrapCell(cell: unknown): unknown {
  if (typeof cell !== "object" || cell === null) return cell;
  const object = cell as Record<string, unknown>;
  const code = errorCodeOf(object);
  if (code !== null) return new CellErrorValue(code);
  if (cell instanceof Date) return cell;
  const type = typeof object.type === "string" ? object.type : "";
  if ((type === "LinkedEntity" || type === "Entity") && typeof object.text === "string") return object.text;
  if ("basicValue" in object) {
    const basic = object.basicValue;
    return typeof basic === "object" && basic !== null ? String(basic) : basic;
  }
  if (typeof object.text === "string") return object.text;
  return String(cell);
}

function errorCodeOf(object: Record<string, unknown>): string | null {
  if (object instanceof CellErrorValue) return object.code;
  if (object.type === "Error") {
    if (typeof object.basicValue === "string" && ERROR_CODE.test(object.basicValue)) return object.basicValue;
    if (typeof object.errorType === "string") return (Object.hasOwn(ERROR_TYPES, object.errorType) ? ERROR_TYPES[object.errorType] : undefined) ?? `#${object.errorType.toUpperCase()}`;
    return "#VALUE!";
  }
  // CustomFunctions.Error, and anything shaped like it (HyperFormula's and the demo's error values).
  if (typeof object.code === "string" && ERROR_CODE.test(object.code)) return object.code;
  return null;
}

export function isCellError(value: unknown): value is CellErrorValue {
  return value instanceof CellErrorValue;
}

/** Blank as every column reads it: null, undefined, or text of spaces only. */
export function isBlankCell(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/**
 * Blank where 0 is not a real value (dates, enums, codes, text, IDs; product, partner, period
 * arguments): Excel desktop passes an empty cell as 0.
 */
export function isBlankOrZero(cell: unknown): boolean {
  return cell === 0 || isBlankCell(cell);
}

/** How an unreadable cell is quoted in a message. */
export function quoteCell(cell: unknown): string {
  if (cell instanceof CellErrorValue) return `the error ${cell.code}`;
  return typeof cell === "string" ? `"${cell}"` : String(cell);
}

/**
 * A numeric cell: number, blank (0) or numeric text with thousands commas ("1,234,567.5",
 * "-3", "1.5e6"); NaN for anything else, including misplaced commas ("1,23"). A hand-rolled
 * scan, because a table of 100k amounts stored as text parses each one.
 */
export function readNumberCell(cell: unknown): number {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : Number.NaN;
  if (cell === null || cell === undefined) return 0;
  if (typeof cell !== "string") return Number.NaN;
  return readNumericText(cell);
}

const isDigit = (c: number) => c >= 48 && c <= 57;

function readNumericText(text: string): number {
  let i = 0;
  let end = text.length;
  while (i < end && text.charCodeAt(i) <= 32) i++;
  while (end > i && text.charCodeAt(end - 1) <= 32) end--;
  if (i === end) return 0;
  const start = i;
  if (text.charCodeAt(i) === 43 || text.charCodeAt(i) === 45) i++;
  let digits = 0;
  let group = -1; // digits since the last comma; -1 before the first comma
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      digits++;
      if (group >= 0) group++;
    } else if (c === 44) {
      if (group === -1 ? digits === 0 || digits > 3 : group !== 3) return Number.NaN;
      group = 0;
    } else break;
  }
  if (group !== -1 && group !== 3) return Number.NaN;
  if (i < end && text.charCodeAt(i) === 46) {
    for (i++; i < end && isDigit(text.charCodeAt(i)); i++) digits++;
  }
  if (digits === 0) return Number.NaN;
  if (i < end && (text.charCodeAt(i) | 32) === 101) {
    i++;
    if (i < end && (text.charCodeAt(i) === 43 || text.charCodeAt(i) === 45)) i++;
    const exponentStart = i;
    while (i < end && isDigit(text.charCodeAt(i))) i++;
    if (i === exponentStart) return Number.NaN;
  }
  if (i !== end) return Number.NaN;
  const body = text.slice(start, end);
  const value = Number(group === -1 ? body : body.replace(/,/g, ""));
  // "9"×400 is Infinity: not a number a register can hold.
  return Number.isFinite(value) ? value : Number.NaN;
}
