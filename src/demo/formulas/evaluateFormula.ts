/**
 * Evaluates a parsed formula against a host that supplies cells, names and
 * tables. Functions come from a registry, so the demo plugs in the COMMIT
 * library next to the native functions the report uses.
 */
import type { FormulaNode } from "./parseFormula";
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

export interface EvaluationHost {
  /** The values of a cell or rectangle (formulas evaluated, spills included). */
  range(sheet: string | null, from: string, to: string | null): Matrix;
  /** A defined name's value (visible from the formula's sheet), or undefined when there is none. */
  name(name: string): Value | undefined;
  /** A table with its header row, or undefined. */
  table(name: string): Matrix | undefined;
}

/** An argument as written: undefined when omitted (f(a,,b)). */
export type FunctionArgument = Value | undefined;

export type FormulaFunction = (args: FunctionArgument[]) => Value;

export type FunctionRegistry = ReadonlyMap<string, FormulaFunction>;

/** Functions the evaluator handles itself because they evaluate only the branch they need. */
export const SPECIAL_FORMS: ReadonlySet<string> = new Set(["IF", "IFERROR"]);

export class UnknownFunctionError extends Error {
  constructor(readonly functionName: string) {
    super(`Unknown function ${functionName}`);
    this.name = "UnknownFunctionError";
  }
}

export class UnknownNameError extends Error {
  constructor(readonly nameText: string) {
    super(`Unknown name ${nameText}`);
    this.name = "UnknownNameError";
  }
}

function broadcast(values: Value[], fn: (scalars: Scalar[]) => Scalar): Value {
  const matrices = values.filter(isMatrix);
  if (matrices.length === 0) return fn(values as Scalar[]);
  const rows = Math.max(...matrices.map((m) => m.length));
  const cols = Math.max(...matrices.map((m) => m[0]?.length ?? 0));
  const at = (value: Value, r: number, c: number): Scalar => {
    if (!isMatrix(value)) return value;
    const rr = value.length === 1 ? 0 : r;
    const cc = value[0].length === 1 ? 0 : c;
    if (rr >= value.length || cc >= value[0].length) return new FormulaError("#N/A", "arrays of different sizes");
    return value[rr][cc];
  };
  const result: Matrix = [];
  for (let r = 0; r < rows; r++) {
    const row: Scalar[] = [];
    for (let c = 0; c < cols; c++) row.push(fn(values.map((v) => at(v, r, c))));
    result.push(row);
  }
  return result;
}

function arithmetic(op: string, a: Scalar, b: Scalar): Scalar {
  const x = toNumber(a);
  if (isError(x)) return x;
  const y = toNumber(b);
  if (isError(y)) return y;
  switch (op) {
    case "+":
      return x + y;
    case "-":
      return x - y;
    case "*":
      return x * y;
    case "/":
      return y === 0 ? new FormulaError("#DIV/0!", "division by zero") : x / y;
    default:
      return Math.pow(x, y);
  }
}

function binary(op: string, a: Scalar, b: Scalar): Scalar {
  if (isError(a)) return a;
  if (isError(b)) return b;
  if (op === "&") {
    return (toText(a) as string) + (toText(b) as string);
  }
  if (op === "=" || op === "<>" || op === "<" || op === ">" || op === "<=" || op === ">=") {
    const order = compareScalars(a, b);
    switch (op) {
      case "=":
        return order === 0;
      case "<>":
        return order !== 0;
      case "<":
        return order < 0;
      case ">":
        return order > 0;
      case "<=":
        return order <= 0;
      default:
        return order >= 0;
    }
  }
  return arithmetic(op, a, b);
}

/** Table[#All], Table[[Col]], Table[[#Data],[A]:[B]], Table[#Headers]. */
function structured(table: Matrix, tableName: string, items: readonly string[], columns: readonly string[]): Value {
  const header = table[0] ?? [];
  const item = items.find((i) => i !== "#THIS ROW") ?? "#DATA";
  if (items.includes("#THIS ROW")) throw new UnknownNameError(`${tableName}[@...] (this-row references)`);
  let rows: Matrix;
  // [[#Headers],[#Data]]: the header row and the body, never a Total Row.
  if (items.length === 2 && items.includes("#HEADERS") && items.includes("#DATA")) rows = table;
  else if (item === "#ALL") rows = table;
  else if (item === "#HEADERS") rows = table.slice(0, 1);
  else if (item === "#DATA") rows = table.slice(1);
  else return new FormulaError("#REF!", `${tableName}[${item}] is not supported`);
  if (columns.length === 0) return rows;
  const indexOf = (column: string) => header.findIndex((h) => String(h ?? "").toLowerCase() === column.toLowerCase());
  const first = indexOf(columns[0]);
  const last = indexOf(columns[columns.length - 1]);
  if (first < 0 || last < 0) return new FormulaError("#REF!", `${tableName} has no column ${columns.join(":")}`);
  return rows.map((row) => row.slice(first, last + 1));
}

export function evaluateNode(node: FormulaNode, host: EvaluationHost, functions: FunctionRegistry): Value {
  const evaluate = (n: FormulaNode): Value => evaluateNode(n, host, functions);
  switch (node.kind) {
    case "number":
    case "string":
    case "boolean":
      return node.value;
    case "error":
      return new FormulaError(node.code);
    case "ref": {
      const values = host.range(node.sheet, node.from, node.to);
      return node.to === null ? (values[0]?.[0] ?? null) : values;
    }
    case "name": {
      const value = host.name(node.name);
      if (value === undefined) throw new UnknownNameError(node.name);
      return value;
    }
    case "structured": {
      const table = host.table(node.table);
      if (!table) throw new UnknownNameError(node.table);
      return structured(table, node.table, node.items, node.columns);
    }
    case "array":
      return node.rows.map((row) => row.map((element) => topLeft(evaluate(element))));
    case "unary": {
      const operand = evaluate(node.operand);
      if (node.op === "%") return broadcast([operand], ([v]) => arithmetic("/", v, 100));
      if (node.op === "-") return broadcast([operand], ([v]) => arithmetic("*", v, -1));
      return operand;
    }
    case "binary": {
      const left = evaluate(node.left);
      const right = evaluate(node.right);
      return broadcast([left, right], ([a, b]) => binary(node.op, a, b));
    }
    case "call": {
      if (node.name === "IF") {
        const condition = evaluate(node.args[0] ?? { kind: "boolean", value: false });
        const branch = (index: number): Value => {
          const arg = node.args[index];
          if (arg === undefined) return index === 1 ? true : false;
          return arg === null ? 0 : evaluate(arg);
        };
        if (isMatrix(condition)) {
          const whenTrue = branch(1);
          const whenFalse = branch(2);
          return broadcast([condition, whenTrue, whenFalse], ([c, t, f]) => {
            const truth = toBoolean(c);
            return isError(truth) ? truth : truth ? t : f;
          });
        }
        const truth = toBoolean(condition);
        if (isError(truth)) return truth;
        return branch(truth ? 1 : 2);
      }
      if (node.name === "IFERROR") {
        const value = evaluate(node.args[0] ?? { kind: "string", value: "" });
        const fallback = () => (node.args[1] ? evaluate(node.args[1]) : "");
        if (isMatrix(value)) {
          const alternative = fallback();
          return broadcast([value, alternative], ([v, a]) => (isError(v) ? a : v));
        }
        return isError(value) ? fallback() : value;
      }
      const fn = functions.get(node.name);
      if (!fn) throw new UnknownFunctionError(node.name);
      return fn(node.args.map((arg) => (arg === null ? undefined : evaluate(arg))));
    }
  }
}

export { broadcast, VALUE_ERROR, asMatrix };
