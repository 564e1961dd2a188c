/**
 * Argument coercion for the wrapper: each parameter kind turns what Excel passes (2-D arrays,
 * numbers, strings, booleans, null for an omitted argument) into what the pure modules take,
 * or fails with #VALUE! naming the parameter.
 */
import { isBlank } from "../schema";
import { invalidValue } from "./errors";
import { criteriaTexts } from "./criteria";
import { parsePeriod, type Period } from "./periods";
import { tableModel, type TableModel } from "./table";
import { normalizeText } from "./text";

export type Coercer<T> = (raw: unknown, name: string) => T;

type Grid = readonly (readonly unknown[])[];

function grid(raw: unknown, name: string, example: string): Grid {
  // Excel always passes a rectangular 2-D array; checking the first and last rows catches a scalar or 1-D argument.
  if (!Array.isArray(raw) || raw.length === 0 || !Array.isArray(raw[0]) || !Array.isArray(raw[raw.length - 1])) {
    throw invalidValue(`${name} must be a range with its header row, such as ${example}; got ${isBlank(raw) ? "nothing" : String(raw)}.`);
  }
  return raw as Grid;
}

/** The Commitments table (header row first). A header row naming no schema column means the headers were left out. */
export const table: Coercer<TableModel> = (raw, name) => {
  const model = tableModel(grid(raw, name, "Commitments[#All]"));
  if (Object.keys(model.indexOf).length === 0) {
    const first = model.headers.slice(0, 5).map((h) => String(h ?? "")).join(", ");
    throw invalidValue(
      `The first row of ${name} (${first}${model.headers.length > 5 ? ", …" : ""}) is not the Commitments header row. Pass Commitments[#All], which includes the headers.`,
    );
  }
  return model;
};

export const rates: Coercer<Grid> = (raw, name) => grid(raw, name, "FxRates[#All]");

/** Optional text: null, "" and spaces mean omitted; numbers are kept as their digits (HS codes). */
export const optionalText: Coercer<string | null> = (raw, name) => {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number") return Number.isFinite(raw) ? String(raw) : null;
  if (typeof raw !== "string") throw invalidValue(`${name} must be text, not ${String(raw)}.`);
  return normalizeText(raw) === "" ? null : raw;
};

/**
 * The product argument. A number means Excel turned an HS code typed into a cell into a number
 * and dropped its leading zero (0810 → 810): HS prefixes have an even number of digits, so it
 * gets the zero back. Text is kept as typed, so "081" stays a three-digit prefix.
 */
export const product: Coercer<string | null> = (raw, name) => {
  if (typeof raw === "number" && Number.isInteger(raw) && raw >= 0) {
    const digits = String(raw);
    return digits.length % 2 === 1 ? `0${digits}` : digits;
  }
  return optionalText(raw, name);
};

export const requiredText: Coercer<string> = (raw, name) => {
  const text = optionalText(raw, name);
  if (text === null) throw invalidValue(`${name} is required.`);
  return text;
};

export const period: Coercer<Period | null> = (raw) => parsePeriod(raw);

export const criteria: Coercer<string[]> = (raw) => criteriaTexts(raw);

export const finiteNumber: Coercer<number> = (raw, name) => {
  if (typeof raw === "number" && Number.isFinite(raw)) return raw;
  throw invalidValue(`${name} must be a number, not ${typeof raw === "string" ? `"${raw}"` : String(raw)}.`);
};

/** Anything Excel passes, unchanged (the function body interprets it). */
export const anyValue: Coercer<unknown> = (raw) => (raw === undefined ? null : raw);
