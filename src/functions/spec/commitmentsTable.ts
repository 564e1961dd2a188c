/**
 * Builds Commitments tables the way Excel passes them to a custom function (header row first,
 * blank cells as "" or 0: see BlankCell), for the function specs. Only the columns a spec names are included, in
 * schema order, so each spec shows exactly what it depends on.
 */
import { COLUMNS, type ColumnKey, type Language } from "../../schema";
import { CommitFunctionError } from "../errors";

export type Row = Partial<Record<ColumnKey, unknown>>;

/**
 * How an empty cell reaches a custom function: "" (Excel on the web, Mac) or 0 (Excel desktop:
 * office-js #4702, #5262, #1951). The specs run in both modes: blanksAsZero.test.ts sets 0 and
 * runs every spec file again.
 */
export type BlankCell = "" | 0;
let blankCell: BlankCell = "";

export function setBlankCell(value: BlankCell): void {
  blankCell = value;
}

export function currentBlankCell(): BlankCell {
  return blankCell;
}

/** A cell as Excel passes it: an empty one ("" or null in a row) becomes the mode's blank. */
export function excelCell(value: unknown): unknown {
  return value === undefined || value === null || value === "" ? blankCell : value;
}

export function commitments(rows: readonly Row[], options: { language?: Language; columns?: readonly ColumnKey[] } = {}): unknown[][] {
  const language = options.language ?? "ko";
  const keys = options.columns ?? COLUMNS.map((c) => c.key).filter((key) => rows.some((row) => Object.hasOwn(row, key)));
  const headers = keys.map((key) => COLUMNS.find((c) => c.key === key)![language]);
  return [headers, ...rows.map((row) => keys.map((key) => excelCell(row[key])))];
}

/** Runs a call expected to fail and returns its Excel error value and message. */
export function failure(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (error) {
    if (error instanceof CommitFunctionError) return { code: error.errorCode, message: error.message };
    throw error;
  }
  throw new Error("expected the call to fail, but it returned a value");
}

/** Excel serial of an ISO date (for building date cells as Excel stores them). */
export function serial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** A small Changwon-like table: exports to the US and Canada, an investment, a cancelled row. */
export const SAMPLE_ROWS: readonly Row[] = [
  { id: "창원-2019-001", signed: "2019-11-12", category: "수출", partner: "Pittsburgh Fresh", country: "미국", city: "Pittsburgh", product: "단감", hsCode: "081070", amountKrw: 500_000_000, realizedKrw: 200_000_000, jobs: 3, status: "체결" },
  { id: "창원-2019-002", signed: serial("2019-11-14"), category: "Export", partner: "Toronto Foods", country: "CA", city: "Toronto", product: "단감", hsCode: 81070, amountKrw: "300,000,000", realizedKrw: "", jobs: "", status: "Signed" },
  { id: "창원-2019-003", signed: "2019-06-01", category: " export ", partner: "LA Mart", country: "United States", city: "Los Angeles", product: "파프리카", hsCode: "070960", amountKrw: 120_000_000, realizedKrw: 120_000_000, jobs: 1, status: "완료" },
  { id: "창원-2019-004", signed: "2019-11-15", category: "투자", partner: "IBM", country: "US", city: "Yorktown Heights", sector: "AI", amountKrw: 2_000_000_000, realizedKrw: 500_000_000, jobs: 40, status: "이행중" },
  { id: "창원-2019-005", signed: "2019-11-16", category: "수출", partner: "Baltimore Trade", country: "us", city: "Baltimore", product: "단감", hsCode: "081070", amountKrw: 900_000_000, status: "취소" },
  { id: "창원-2019-006", signed: "", category: "수출", partner: "Jacksonville Co", country: "미국", city: "Jacksonville", product: "단감", hsCode: "081070", amountKrw: 50_000_000, status: "추진중" },
  { id: "창원-2020-001", signed: "2020-02-03", category: "협력", partner: "University of Waterloo", country: "캐나다", city: "Waterloo", sector: "AI", amountKrw: "", status: "체결" },
];
