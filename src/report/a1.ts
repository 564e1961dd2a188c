/** A1 addresses for the report layout: columns are letters, rows 1-based. */
import { columnIndex as zeroBasedColumnIndex, columnLetters } from "../a1/columns";

/** Letters for a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  return columnLetters(index - 1);
}

/** 1-based column number for letters: A → 1. */
export function columnIndex(letters: string): number {
  return zeroBasedColumnIndex(letters) + 1;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const first = cellAddress(top, left);
  const last = cellAddress(bottom, right);
  return first === last ? first : `${first}:${last}`;
}

export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

export function parseCellAddress(address: string): CellPosition {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address.trim());
  if (!match) throw new Error(`"${address}" is not an A1 cell address.`);
  return { row: Number(match[2]), column: columnIndex(match[1]) };
}

export interface RangeBounds {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function parseRangeAddress(address: string): RangeBounds {
  const [first, second = first] = address.split(":");
  const a = parseCellAddress(first);
  const b = parseCellAddress(second);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}
