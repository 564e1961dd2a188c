/** A1 addresses: parsing, formatting and sheet-name quoting, like Excel. */
import { columnIndex, columnLetters } from "../a1/columns";
import { invalidArgument } from "./errors";

export { columnIndex, columnLetters };

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, zero-based. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface ParsedAddress {
  readonly sheet?: string;
  readonly rect: Rect;
  readonly entireColumns: boolean;
  readonly entireRows: boolean;
}

export function cellAddress(row: number, col: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetters(col)}${d}${row + 1}`;
}

/** "A1:C3" (or "A1" for one cell; "A:C" / "1:3" for whole columns / rows). */
export function rectAddress(rect: Rect, options: { absolute?: boolean; entireColumns?: boolean; entireRows?: boolean } = {}): string {
  const d = options.absolute ? "$" : "";
  if (options.entireColumns) return `${d}${columnLetters(rect.col)}:${d}${columnLetters(rect.col + rect.cols - 1)}`;
  if (options.entireRows) return `${d}${rect.row + 1}:${d}${rect.row + rect.rows}`;
  const start = cellAddress(rect.row, rect.col, options.absolute);
  if (rect.rows === 1 && rect.cols === 1) return start;
  return `${start}:${cellAddress(rect.row + rect.rows - 1, rect.col + rect.cols - 1, options.absolute)}`;
}

const PLAIN_SHEET_NAME = /^[\p{L}_][\p{L}\p{N}_.]*$/u;
const LOOKS_LIKE_REFERENCE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[Rr]|[Cc])$/;

export function quoteSheetName(name: string): string {
  if (PLAIN_SHEET_NAME.test(name) && !LOOKS_LIKE_REFERENCE.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedAddress(sheetName: string, rect: Rect, options: { absolute?: boolean; entireColumns?: boolean; entireRows?: boolean } = {}): string {
  return `${quoteSheetName(sheetName)}!${rectAddress(rect, options)}`;
}

function splitSheet(text: string): { sheet?: string; local: string } {
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { local: text };
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: text.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

/** Parses "A1", "$A$1:B2", "Sheet1!A1", "'My sheet'!A:C", "3:5", optionally with a leading "=". */
export function parseAddress(address: string): ParsedAddress {
  const text = address.trim().replace(/^=/, "");
  const { sheet, local } = splitSheet(text);
  const parts = local.split(":");
  if (parts.length < 1 || parts.length > 2 || parts.some((p) => p === "")) throw invalidArgument(`'${address}' is not a valid address`);
  const [a, b = parts[0]] = parts;
  const cellA = CELL.exec(a);
  const cellB = CELL.exec(b);
  if (cellA && cellB) {
    const r1 = Number(cellA[2]) - 1;
    const r2 = Number(cellB[2]) - 1;
    const c1 = columnIndex(cellA[1]);
    const c2 = columnIndex(cellB[1]);
    const rect = normalise(r1, c1, r2, c2, address);
    return { sheet, rect, entireColumns: false, entireRows: false };
  }
  const colA = COLUMN.exec(a);
  const colB = COLUMN.exec(b);
  if (colA && colB && parts.length === 2) {
    const rect = normalise(0, columnIndex(colA[1]), MAX_ROWS - 1, columnIndex(colB[1]), address);
    return { sheet, rect, entireColumns: true, entireRows: false };
  }
  const rowA = ROW.exec(a);
  const rowB = ROW.exec(b);
  if (rowA && rowB && parts.length === 2) {
    const rect = normalise(Number(rowA[1]) - 1, 0, Number(rowB[1]) - 1, MAX_COLUMNS - 1, address);
    return { sheet, rect, entireColumns: false, entireRows: true };
  }
  throw invalidArgument(`'${address}' is not a valid address`);
}

function normalise(r1: number, c1: number, r2: number, c2: number, address: string): Rect {
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  const rect = { row, col, rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
  if (row < 0 || col < 0 || row + rect.rows > MAX_ROWS || col + rect.cols > MAX_COLUMNS) {
    throw invalidArgument(`'${address}' is outside the sheet`);
  }
  return rect;
}

export function rectContains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

export function rectContainsCell(rect: Rect, row: number, col: number): boolean {
  return row >= rect.row && row < rect.row + rect.rows && col >= rect.col && col < rect.col + rect.cols;
}

export function rectIntersection(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rowEnd = Math.min(a.row + a.rows, b.row + b.rows);
  const colEnd = Math.min(a.col + a.cols, b.col + b.cols);
  if (rowEnd <= row || colEnd <= col) return null;
  return { row, col, rows: rowEnd - row, cols: colEnd - col };
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
}

export function checkRect(rect: Rect, what: string): Rect {
  if (
    !Number.isInteger(rect.row) || !Number.isInteger(rect.col) || !Number.isInteger(rect.rows) || !Number.isInteger(rect.cols) ||
    rect.rows < 1 || rect.cols < 1 || rect.row < 0 || rect.col < 0 ||
    rect.row + rect.rows > MAX_ROWS || rect.col + rect.cols > MAX_COLUMNS
  ) {
    throw invalidArgument(`${what} is outside the sheet`);
  }
  return rect;
}
