/** Values as a formula sees them, and Excel's coercion rules between them. */

export class FormulaError {
  constructor(
    readonly code: string,
    readonly message = "",
  ) {}
  toString(): string {
    return this.code;
  }
}

/** null is an empty cell. */
export type Scalar = number | string | boolean | null | FormulaError;
export type Matrix = Scalar[][];
export type Value = Scalar | Matrix;

export function isMatrix(value: Value | undefined): value is Matrix {
  return Array.isArray(value);
}

export function isError(value: unknown): value is FormulaError {
  return value instanceof FormulaError;
}

export const VALUE_ERROR = (message = "") => new FormulaError("#VALUE!", message);

export function topLeft(value: Value): Scalar {
  if (!isMatrix(value)) return value;
  return value[0]?.[0] ?? null;
}

export function asMatrix(value: Value): Matrix {
  return isMatrix(value) ? value : [[value]];
}

/** Excel's text for a number in General format: up to 15 significant digits. */
export function numberToText(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(15)));
}

export function toText(value: Scalar): string | FormulaError {
  if (isError(value)) return value;
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return numberToText(value);
  return value;
}

export function toNumber(value: Scalar): number | FormulaError {
  if (isError(value)) return value;
  if (value === null) return 0;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number") return value;
  const text = value.trim().replace(/,/g, "");
  if (text !== "" && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return Number(text);
  return VALUE_ERROR(`"${value}" is not a number`);
}

export function toBoolean(value: Scalar): boolean | FormulaError {
  if (isError(value)) return value;
  if (value === null) return false;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  const upper = value.trim().toUpperCase();
  if (upper === "TRUE") return true;
  if (upper === "FALSE") return false;
  return VALUE_ERROR(`"${value}" is not TRUE or FALSE`);
}

/** Excel's type order for comparisons: numbers < text < logicals; text ignores case. */
export function compareScalars(a: Scalar, b: Scalar): number {
  const left = a === null ? (typeof b === "string" ? "" : typeof b === "boolean" ? false : 0) : a;
  const right = b === null ? (typeof a === "string" ? "" : typeof a === "boolean" ? false : 0) : b;
  const rank = (v: Scalar) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  const rl = rank(left);
  const rr = rank(right);
  if (rl !== rr) return rl - rr;
  if (typeof left === "number" && typeof right === "number") return left - right;
  if (typeof left === "string" && typeof right === "string") {
    const l = left.toLowerCase();
    const r = right.toLowerCase();
    return l < r ? -1 : l > r ? 1 : 0;
  }
  return Number(left) - Number(right);
}
