/**
 * What Excel does with a value written through the API, and how it shows a value
 * as text. A string "=..." becomes a formula, "'..." stays literal text, numeric
 * text becomes a number unless the cell is formatted as text ("@").
 */
import { dateToSerial, parseDateText, serialToDate } from "../schema/dates";
import type { CellValue } from "./cellStore";
import { invalidArgument } from "./errors";

export type CellInput =
  | { readonly kind: "skip" }
  | { readonly kind: "clear" }
  | { readonly kind: "value"; readonly value: CellValue; readonly numberFormat?: string }
  | { readonly kind: "formula"; readonly formula: string };

const SKIP: CellInput = { kind: "skip" };
const CLEAR: CellInput = { kind: "clear" };
const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const ISO_DATE = /^\d{4}-\d{1,2}-\d{1,2}$/;

/** Why an element can't be written to a cell, or null when it can. */
export function inputProblem(input: unknown): string | null {
  if (input === null || input === undefined || typeof input === "string" || typeof input === "boolean") return null;
  if (typeof input === "number") return Number.isFinite(input) ? null : `${input} is not a finite number`;
  return `${JSON.stringify(input)} is not a number, text or boolean`;
}

/** Interprets one element written to `values` or `formulas` (check inputProblem first). */
export function interpretInput(input: unknown, numberFormat: string): CellInput {
  if (input === null || input === undefined) return SKIP;
  if (typeof input === "number" || typeof input === "boolean") return { kind: "value", value: input };
  if (typeof input !== "string") throw invalidArgument(inputProblem(input) ?? "unsupported value");
  if (input === "") return CLEAR;
  if (input.startsWith("'")) return { kind: "value", value: input.slice(1) };
  if (numberFormat === "@") return { kind: "value", value: input };
  if (input.startsWith("=") && input.length > 1) return { kind: "formula", formula: input };
  const trimmed = input.trim();
  if (NUMERIC.test(trimmed)) return { kind: "value", value: Number(trimmed) };
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "value", value: upper === "TRUE" };
  if (ISO_DATE.test(trimmed)) {
    const date = parseDateText(trimmed);
    if (date) {
      const serial = dateToSerial(date);
      return numberFormat === "General" ? { kind: "value", value: serial, numberFormat: "yyyy-mm-dd" } : { kind: "value", value: serial };
    }
  }
  return { kind: "value", value: input };
}

export type ValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";

const ERROR_VALUES = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#BUSY!"]);

export function isErrorValue(value: unknown): boolean {
  return typeof value === "string" && ERROR_VALUES.has(value);
}

export function valueType(value: CellValue | "", isFormula: boolean): ValueType {
  if (value === "") return isFormula ? "String" : "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  // Error values: from a formula, or written as a constant ("#N/A" typed or set through values
  // becomes an error in Excel). Text "#N/A" in an "@" cell reads as Error here too (harsher; the
  // cell store keeps no separate error type).
  if (isErrorValue(value)) return "Error";
  return "String";
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function formatDate(serial: number, pattern: string): string {
  if (serial < 1) return String(serial);
  const { year, month, day } = serialToDate(serial);
  const seconds = Math.round((serial - Math.floor(serial)) * 86_400);
  // "mm" right after hours means minutes, not months: swap the time part out first.
  const withTime = pattern.replace(/hh?(:mm)?(:ss)?/gi, (match) => {
    const parts = [pad(Math.floor(seconds / 3600) % 24), pad(Math.floor(seconds / 60) % 60), pad(seconds % 60)];
    return parts.slice(0, match.split(":").length).join("\u0000");
  });
  return withTime
    .replace(/"([^"]*)"/g, "$1")
    .replace(/\\(.)/g, "$1")
    .replace(/yyyy/gi, String(year))
    .replace(/yy/gi, pad(year % 100))
    .replace(/mm/gi, pad(month))
    .replace(/(^|[^a-zA-Z])m(?![a-zA-Z])/g, `$1${month}`)
    .replace(/dd/gi, pad(day))
    .replace(/(^|[^a-zA-Z])d(?![a-zA-Z])/g, `$1${day}`)
    .replace(/\u0000/g, ":");
}

function formatNumber(value: number, decimals: number, grouping: boolean): string {
  return value.toLocaleString("en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouping,
  });
}

function generalNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  return String(Number(value.toPrecision(10)));
}

/** Best-effort `range.text`: the common number formats, dates and text. */
export function formatText(value: CellValue | "", numberFormat: string): string {
  if (value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const section = numberFormat.split(";")[0].replace(/\[[^\]]*\]/g, "");
  if (section === "General" || section === "" || section === "@") return generalNumber(value);
  if (/[ydh]/i.test(section.replace(/"[^"]*"/g, ""))) return formatDate(value, section);
  const core = section.replace(/"([^"]*)"/g, "").replace(/\\./g, "");
  const prefix = /^"([^"]*)"/.exec(section)?.[1] ?? "";
  const suffix = /"([^"]*)"$/.exec(section)?.[1] ?? "";
  const percent = core.includes("%");
  const decimals = /\.([0#]+)/.exec(core)?.[1].length ?? 0;
  const grouping = core.includes(",");
  const shown = formatNumber(percent ? value * 100 : value, decimals, grouping);
  return `${prefix}${shown}${percent ? "%" : ""}${suffix}`;
}
