/**
 * The native Excel functions the report's formulas use (and a few obvious
 * neighbours), with Excel's coercions. Scalar functions lift over arrays.
 */
import { dateToSerial, serialToDate } from "../../schema";
import { formatText } from "../../simulator/cellSemantics";
import { broadcast, type FormulaFunction, type FunctionArgument } from "./evaluateFormula";
import {
  FormulaError,
  VALUE_ERROR,
  asMatrix,
  compareScalars,
  isError,
  isMatrix,
  toBoolean,
  toNumber,
  toText,
  topLeft,
  type Matrix,
  type Scalar,
  type Value,
} from "./values";

const present = (arg: FunctionArgument, fallback: Value): Value => (arg === undefined ? fallback : arg);

function lifted(minArgs: number, maxArgs: number, defaults: Value[], fn: (args: Scalar[]) => Scalar): FormulaFunction {
  return (args) => {
    if (args.length < minArgs || args.length > maxArgs) return VALUE_ERROR(`expects ${minArgs}-${maxArgs} arguments`);
    const filled = Array.from({ length: maxArgs }, (_, i) => present(args[i], defaults[i] ?? null));
    return broadcast(filled, (scalars) => {
      const error = scalars.find(isError);
      return error ?? fn(scalars);
    });
  };
}

function textAndCount(fn: (text: string, n: number) => string) {
  return (args: Scalar[]): Scalar => {
    const text = toText(args[0]);
    const n = toNumber(args[1]);
    if (isError(text)) return text;
    if (isError(n)) return n;
    if (n < 0) return VALUE_ERROR("negative length");
    return fn(text, Math.floor(n));
  };
}

function date(args: Scalar[]): Scalar {
  const [y, m, d] = args.map(toNumber);
  if (isError(y)) return y;
  if (isError(m)) return m;
  if (isError(d)) return d;
  const year = Math.floor(y) < 1900 ? Math.floor(y) + 1900 : Math.floor(y);
  // Date.UTC normalises month 13 and day 0 the way Excel's DATE does.
  const js = new Date(Date.UTC(year, Math.floor(m) - 1, Math.floor(d)));
  const serial = dateToSerial({ year: js.getUTCFullYear(), month: js.getUTCMonth() + 1, day: js.getUTCDate() });
  return serial < 1 ? new FormulaError("#NUM!", "date before 1900") : serial;
}

function datePart(part: "year" | "month" | "day") {
  return (args: Scalar[]): Scalar => {
    const serial = toNumber(args[0]);
    if (isError(serial)) return serial;
    if (serial < 1) return new FormulaError("#NUM!", "not a date");
    return serialToDate(serial)[part];
  };
}

function text(args: Scalar[]): Scalar {
  const format = toText(args[1]);
  if (isError(format)) return format;
  if (typeof args[0] === "string") {
    const n = toNumber(args[0]);
    return isError(n) ? args[0] : formatText(n, format);
  }
  const value = toNumber(args[0]);
  if (isError(value)) return value;
  return formatText(value, format);
}

function flatten(args: FunctionArgument[]): Scalar[] {
  return args.flatMap((arg) => (arg === undefined ? [] : asMatrix(arg).flat()));
}

function choose(args: FunctionArgument[]): Value {
  if (args.length < 2 || args[0] === undefined) return VALUE_ERROR("CHOOSE needs an index and values");
  const options = args.slice(1).map((a) => present(a, null));
  return broadcast([args[0], ...options], ([index, ...values]) => {
    const n = toNumber(index);
    if (isError(n)) return n;
    const i = Math.floor(n);
    if (i < 1 || i > values.length) return VALUE_ERROR(`CHOOSE index ${i} is out of range`);
    return values[i - 1];
  });
}

function index(args: FunctionArgument[]): Value {
  const array = asMatrix(present(args[0], null));
  const row = toNumber(topLeft(present(args[1], 0)));
  const col = toNumber(topLeft(present(args[2], 0)));
  if (isError(row)) return row;
  if (isError(col)) return col;
  const r = Math.floor(row);
  const c = Math.floor(col);
  const height = array.length;
  const width = array[0]?.length ?? 0;
  // A single row or column may be indexed by one number.
  if (args[2] === undefined && height === 1 && r > 0) return r <= width ? array[0][r - 1] : new FormulaError("#REF!");
  if (r < 0 || c < 0 || r > height || c > width) return new FormulaError("#REF!", "INDEX is outside the range");
  if (r === 0 && c === 0) return array;
  if (r === 0) return array.map((line) => [line[c - 1]]);
  if (c === 0) return [array[r - 1]];
  return array[r - 1][c - 1];
}

function filter(args: FunctionArgument[]): Value {
  const array = asMatrix(present(args[0], null));
  const include = asMatrix(present(args[1], null));
  const byRows = include.length === array.length && (include[0]?.length ?? 0) === 1;
  const byColumns = include.length === 1 && include[0].length === (array[0]?.length ?? 0) && !byRows;
  if (!byRows && !byColumns) return VALUE_ERROR("FILTER's include must match the array's rows or columns");
  const flags = (byRows ? include.map((row) => row[0]) : include[0]).map(toBoolean);
  const error = flags.find(isError);
  if (error) return error;
  const result: Matrix = byRows
    ? array.filter((_, i) => flags[i] === true)
    : array.map((row) => row.filter((_, i) => flags[i] === true));
  if (result.length === 0 || result[0].length === 0) {
    return args[2] === undefined ? new FormulaError("#CALC!", "FILTER found nothing") : args[2];
  }
  return result;
}

function sort(args: FunctionArgument[]): Value {
  const array = asMatrix(present(args[0], null)).map((row) => [...row]);
  const key = toNumber(topLeft(present(args[1], 1)));
  const order = toNumber(topLeft(present(args[2], 1)));
  const byColumn = toBoolean(topLeft(present(args[3], false)));
  if (isError(key)) return key;
  if (isError(order)) return order;
  if (isError(byColumn)) return byColumn;
  if (byColumn) return VALUE_ERROR("SORT by columns is not supported in the demo");
  const k = Math.floor(key);
  if (k < 1 || k > (array[0]?.length ?? 0)) return VALUE_ERROR(`SORT index ${k} is outside the array`);
  const direction = order < 0 ? -1 : 1;
  // Blanks sort last whatever the order, as in Excel.
  return array
    .map((row, i) => ({ row, i }))
    .sort((a, b) => {
      const x = a.row[k - 1];
      const y = b.row[k - 1];
      if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0) || a.i - b.i;
      return direction * compareScalars(x, y) || a.i - b.i;
    })
    .map(({ row }) => row);
}

function sum(args: FunctionArgument[]): Value {
  let total = 0;
  for (const value of flatten(args)) {
    if (isError(value)) return value;
    if (typeof value === "number") total += value;
  }
  return total;
}

function logical(kind: "AND" | "OR"): FormulaFunction {
  return (args) => {
    const flags = flatten(args).filter((v) => v !== null && typeof v !== "string").map(toBoolean);
    const error = flags.find(isError);
    if (error) return error;
    if (flags.length === 0) return VALUE_ERROR(`${kind} has no logical values`);
    return kind === "AND" ? flags.every(Boolean) : flags.some(Boolean);
  };
}

export const NATIVE_FUNCTIONS: ReadonlyMap<string, FormulaFunction> = new Map<string, FormulaFunction>([
  ["LEFT", lifted(1, 2, [null, 1], textAndCount((t, n) => t.slice(0, n)))],
  ["RIGHT", lifted(1, 2, [null, 1], textAndCount((t, n) => (n === 0 ? "" : t.slice(-n))))],
  [
    "MID",
    lifted(3, 3, [], ([t, s, n]) => {
      const value = toText(t);
      const start = toNumber(s);
      const count = toNumber(n);
      if (isError(value)) return value;
      if (isError(start)) return start;
      if (isError(count)) return count;
      if (start < 1 || count < 0) return VALUE_ERROR("MID start or length out of range");
      return value.substr(Math.floor(start) - 1, Math.floor(count));
    }),
  ],
  [
    // Excel's ASC: full-width (double-byte) characters to half-width.
    "ASC",
    lifted(1, 1, [], ([t]) => {
      const text = toText(t);
      if (isError(text)) return text;
      return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
    }),
  ],
  [
    "SUBSTITUTE",
    lifted(3, 3, [], ([t, from, to]) => {
      const [text, old, replacement] = [toText(t), toText(from), toText(to)];
      if (isError(text)) return text;
      if (isError(old)) return old;
      if (isError(replacement)) return replacement;
      return old === "" ? text : text.split(old).join(replacement);
    }),
  ],
  ["LEN", lifted(1, 1, [], ([t]) => (isError(toText(t)) ? toText(t) : (toText(t) as string).length))],
  ["TRIM", lifted(1, 1, [], ([t]) => (isError(toText(t)) ? toText(t) : (toText(t) as string).trim().replace(/ +/g, " ")))],
  ["UPPER", lifted(1, 1, [], ([t]) => (isError(toText(t)) ? toText(t) : (toText(t) as string).toUpperCase()))],
  ["LOWER", lifted(1, 1, [], ([t]) => (isError(toText(t)) ? toText(t) : (toText(t) as string).toLowerCase()))],
  ["VALUE", lifted(1, 1, [], ([v]) => toNumber(v))],
  ["TEXT", lifted(2, 2, [], text)],
  ["DATE", lifted(3, 3, [], date)],
  ["YEAR", lifted(1, 1, [], datePart("year"))],
  ["MONTH", lifted(1, 1, [], datePart("month"))],
  ["DAY", lifted(1, 1, [], datePart("day"))],
  ["NOT", lifted(1, 1, [], ([v]) => (isError(toBoolean(v)) ? toBoolean(v) : !toBoolean(v)))],
  ["AND", logical("AND")],
  ["OR", logical("OR")],
  ["NA", () => new FormulaError("#N/A")],
  ["CHOOSE", choose],
  ["INDEX", index],
  ["FILTER", filter],
  ["SORT", sort],
  ["SUM", sum],
  ["ROWS", (args) => (args[0] === undefined ? VALUE_ERROR("ROWS needs a range") : asMatrix(args[0]).length)],
  ["COLUMNS", (args) => (args[0] === undefined ? VALUE_ERROR("COLUMNS needs a range") : (asMatrix(args[0])[0]?.length ?? 0))],
  [
    "CONCAT",
    (args) => {
      let out = "";
      for (const value of flatten(args)) {
        const t = toText(value);
        if (isError(t)) return t;
        out += t;
      }
      return out;
    },
  ],
]);

export { isMatrix };
