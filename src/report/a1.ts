/** A1 addresses for the report layout: columns are letters, rows 1-based. */

export function columnLetter(index: number): string {
  // index is 1-based: 1 → A, 27 → AA.
  let n = index;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
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
