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

/**
 * The Commitments table (header row first). The first row is taken as headers only when it has
 * the ID header or when most of its cells name schema columns: one data cell that happens to
 * read like a header (the status "Signed", a partner called "Owner") must not make a data row
 * pass as the header row, which would silently drop that row.
 */
export const table: Coercer<TableModel> = (raw, name) => {
  const model = tableModel(grid(raw, name, "Commitments[[#Headers],[#Data]]"));
  const named = Object.keys(model.indexOf).length;
  const filled = model.headers.filter((h) => !isBlank(h)).length;
  if (!model.has("id") && named * 2 <= filled) {
    const first = model.headers.slice(0, 5).map((h) => String(h ?? "")).join(", ");
    throw invalidValue(
      `The first row of ${name} (${first}${model.headers.length > 5 ? ", …" : ""}) is not the Commitments header row: ` +
        `it has no 관리번호 (ID) header and only ${named} of its ${filled} cells name a column. Pass Commitments[[#Headers],[#Data]], which includes the headers.`,
    );
  }
  return model;
};

export const rates: Coercer<Grid> = (raw, name) => grid(raw, name, "FxRates[[#Headers],[#Data]]");

/**
 * Optional text: null, "" and spaces mean omitted, and so does 0, which is how Excel desktop
 * passes a reference to an empty cell (office-js #4702); other numbers are kept as their digits (HS codes).
 */
export const optionalText: Coercer<string | null> = (raw, name) => {
  if (raw === null || raw === undefined || raw === 0) return null;
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
  if (typeof raw === "number" && Number.isInteger(raw) && raw > 0) {
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

/** A period; 0 (an empty cell on Excel desktop) means no period, as blank does. */
export const period: Coercer<Period | null> = (raw) => parsePeriod(raw === 0 ? null : raw);

/** A value where 0 is an empty cell from Excel desktop (TOKRW's currency): null. */
export const blankableValue: Coercer<unknown> = (raw) => (raw === undefined || raw === 0 ? null : raw);

/** A date argument (QUARTER, TOKRW): 0 is an empty cell from Excel desktop, so blank. */
export const optionalDate: Coercer<unknown> = (raw) => (raw === undefined || raw === 0 ? null : raw);

export const criteria: Coercer<string[]> = (raw) => criteriaTexts(raw);

export const finiteNumber: Coercer<number> = (raw, name) => {
  if (typeof raw === "number" && Number.isFinite(raw)) return raw;
  throw invalidValue(`${name} must be a number, not ${typeof raw === "string" ? `"${raw}"` : String(raw)}.`);
};

/** Anything Excel passes, unchanged (the function body interprets it). */
export const anyValue: Coercer<unknown> = (raw) => (raw === undefined ? null : raw);
