/**
 * One sheet's cells, stored sparsely as row number → column arrays, so a
 * 100,000-row table is 100,000 small arrays rather than millions of objects.
 * Every mutation first saves the row into the active journal so that a failed
 * sync can be rolled back (syncs are atomic in the simulator).
 */
import type { Rect } from "./address";

export type CellValue = string | number | boolean;

interface Row {
  v: (CellValue | undefined)[];
  f?: (string | undefined)[];
  nf?: (string | undefined)[];
}

export interface CellBounds {
  readonly row: number;
  readonly col: number;
  readonly lastRow: number;
  readonly lastCol: number;
}

/** Rows saved before their first change in the current transaction. */
export class Journal {
  readonly saved = new Map<CellStore, Map<number, Row | undefined>>();

  rollback(): void {
    for (const [store, rows] of this.saved) store.restoreRows(rows);
    this.saved.clear();
  }
}

let activeJournal: Journal | null = null;

export function withJournal<T>(journal: Journal | null, body: () => T): T {
  const previous = activeJournal;
  activeJournal = journal;
  try {
    return body();
  } finally {
    activeJournal = previous;
  }
}

function copyRow(row: Row): Row {
  return { v: row.v.slice(), f: row.f?.slice(), nf: row.nf?.slice() };
}

function rowIsEmpty(row: Row): boolean {
  for (let i = 0; i < row.v.length; i++) if (row.v[i] !== undefined) return false;
  if (row.f) for (let i = 0; i < row.f.length; i++) if (row.f[i] !== undefined) return false;
  if (row.nf) for (let i = 0; i < row.nf.length; i++) if (row.nf[i] !== undefined) return false;
  return true;
}

export class CellStore {
  private readonly rows = new Map<number, Row>();
  private boundsCache: { all: CellBounds | null; values: CellBounds | null } | undefined;

  private touch(r: number): void {
    this.boundsCache = undefined;
    if (!activeJournal) return;
    let saved = activeJournal.saved.get(this);
    if (!saved) {
      saved = new Map();
      activeJournal.saved.set(this, saved);
    }
    if (!saved.has(r)) {
      const row = this.rows.get(r);
      saved.set(r, row ? copyRow(row) : undefined);
    }
  }

  restoreRows(saved: Map<number, Row | undefined>): void {
    this.boundsCache = undefined;
    for (const [r, row] of saved) {
      if (row) this.rows.set(r, row);
      else this.rows.delete(r);
    }
  }

  private rowFor(r: number): Row {
    let row = this.rows.get(r);
    if (!row) {
      row = { v: [] };
      this.rows.set(r, row);
    }
    return row;
  }

  getValue(r: number, c: number): CellValue | undefined {
    return this.rows.get(r)?.v[c];
  }

  getFormula(r: number, c: number): string | undefined {
    return this.rows.get(r)?.f?.[c];
  }

  getNumberFormat(r: number, c: number): string | undefined {
    return this.rows.get(r)?.nf?.[c];
  }

  hasRow(r: number): boolean {
    return this.rows.has(r);
  }

  /** The raw row arrays (read only) for fast bulk reads. */
  peekRow(r: number): { readonly v: readonly (CellValue | undefined)[]; readonly f?: readonly (string | undefined)[]; readonly nf?: readonly (string | undefined)[] } | undefined {
    return this.rows.get(r);
  }

  /** Sets a cell's content: a constant, a formula, or nothing (both undefined). */
  setContent(r: number, c: number, value: CellValue | undefined, formula: string | undefined): void {
    if (value === undefined && formula === undefined && !this.rows.get(r)) return;
    this.touch(r);
    const row = this.rowFor(r);
    row.v[c] = formula === undefined ? value : undefined;
    if (formula !== undefined) {
      if (!row.f) row.f = [];
      row.f[c] = formula;
    } else if (row.f) row.f[c] = undefined;
    this.dropIfEmpty(r, row);
  }

  setNumberFormat(r: number, c: number, nf: string | undefined): void {
    if (nf === undefined && !this.rows.get(r)?.nf) return;
    this.touch(r);
    const row = this.rowFor(r);
    if (!row.nf) row.nf = [];
    row.nf[c] = nf;
    this.dropIfEmpty(r, row);
  }

  private dropIfEmpty(r: number, row: Row): void {
    if (rowIsEmpty(row)) this.rows.delete(r);
  }

  clear(rect: Rect, what: { contents: boolean; formats: boolean }): void {
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      const row = this.rows.get(r);
      if (!row) continue;
      this.touch(r);
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        if (what.contents) {
          row.v[c] = undefined;
          if (row.f) row.f[c] = undefined;
        }
        if (what.formats && row.nf) row.nf[c] = undefined;
      }
      this.dropIfEmpty(r, row);
    }
  }

  /** Row numbers that hold anything, ascending. */
  rowNumbers(): number[] {
    return [...this.rows.keys()].sort((a, b) => a - b);
  }

  bounds(valuesOnly: boolean): CellBounds | null {
    if (!this.boundsCache) this.boundsCache = this.computeBounds();
    return valuesOnly ? this.boundsCache.values : this.boundsCache.all;
  }

  private computeBounds(): { all: CellBounds | null; values: CellBounds | null } {
    let all: { row: number; col: number; lastRow: number; lastCol: number } | null = null;
    let values: { row: number; col: number; lastRow: number; lastCol: number } | null = null;
    const extend = (b: typeof all, r: number, c: number) => {
      if (!b) return { row: r, col: c, lastRow: r, lastCol: c };
      if (r < b.row) b.row = r;
      if (r > b.lastRow) b.lastRow = r;
      if (c < b.col) b.col = c;
      if (c > b.lastCol) b.lastCol = c;
      return b;
    };
    for (const [r, row] of this.rows) {
      for (let c = 0; c < row.v.length; c++) {
        if (row.v[c] !== undefined || row.f?.[c] !== undefined) {
          values = extend(values, r, c);
          all = extend(all, r, c);
        } else if (row.nf?.[c] !== undefined) all = extend(all, r, c);
      }
      if (row.f) for (let c = row.v.length; c < row.f.length; c++) if (row.f[c] !== undefined) { values = extend(values, r, c); all = extend(all, r, c); }
      if (row.nf) for (let c = row.v.length; c < row.nf.length; c++) if (row.nf[c] !== undefined) all = extend(all, r, c);
    }
    return { all, values };
  }

  /** Moves the cells of columns [col, col+cols) in rows >= fromRow down by n (insert). */
  shiftDown(fromRow: number, n: number, col: number, cols: number): void {
    const rowsBelow = this.rowNumbers().filter((r) => r >= fromRow).reverse();
    for (const r of rowsBelow) this.moveSlice(r, r + n, col, cols);
  }

  /** Deletes rows [fromRow, fromRow+n) within the columns and moves the cells below up. */
  shiftUp(fromRow: number, n: number, col: number, cols: number): void {
    for (let r = fromRow; r < fromRow + n; r++) this.clearSlice(r, col, cols);
    const rowsBelow = this.rowNumbers().filter((r) => r >= fromRow + n);
    for (const r of rowsBelow) this.moveSlice(r, r - n, col, cols);
  }

  /** Moves cells of rows [row, row+rows) in columns >= fromCol right by n (insert). */
  shiftRight(fromCol: number, n: number, row: number, rows: number): void {
    for (let r = row; r < row + rows; r++) {
      const existing = this.rows.get(r);
      if (!existing) continue;
      this.touch(r);
      const insert = <T>(arr: T[] | undefined) => {
        if (arr && arr.length > fromCol) arr.splice(fromCol, 0, ...new Array<T>(n));
      };
      insert(existing.v);
      insert(existing.f);
      insert(existing.nf);
    }
  }

  /** Deletes columns [fromCol, fromCol+n) within the rows and moves the cells to the right left. */
  shiftLeft(fromCol: number, n: number, row: number, rows: number): void {
    for (let r = row; r < row + rows; r++) {
      const existing = this.rows.get(r);
      if (!existing) continue;
      this.touch(r);
      existing.v.splice(fromCol, n);
      existing.f?.splice(fromCol, n);
      existing.nf?.splice(fromCol, n);
      this.dropIfEmpty(r, existing);
    }
  }

  private clearSlice(r: number, col: number, cols: number): void {
    this.clear({ row: r, col, rows: 1, cols }, { contents: true, formats: true });
  }

  private moveSlice(from: number, to: number, col: number, cols: number): void {
    const src = this.rows.get(from);
    this.clearSlice(to, col, cols);
    if (!src) return;
    for (let c = col; c < col + cols; c++) {
      const v = src.v[c];
      const f = src.f?.[c];
      const nf = src.nf?.[c];
      if (v !== undefined || f !== undefined) this.setContent(to, c, v, f);
      if (nf !== undefined) this.setNumberFormat(to, c, nf);
    }
    this.clearSlice(from, col, cols);
  }

  clone(): CellStore {
    const copy = new CellStore();
    for (const [r, row] of this.rows) copy.rows.set(r, copyRow(row));
    return copy;
  }
}
