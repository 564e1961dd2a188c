/**
 * Range.insert / Range.delete outside the table-row case: cells move, and so do
 * tables, formats, validation and merges that lie wholly in the moving band.
 * Shifting part of a table is refused, as Excel refuses it.
 */
import { rectIntersection, type Rect } from "./address";
import type { Engine } from "./engine";
import { invalidOperation } from "./errors";
import { tablesOnSheet, type SheetModel, type TableModel } from "./model";

export type ShiftMode = "insertDown" | "deleteUp" | "insertRight" | "deleteLeft";

interface Band {
  /** The part of the sheet that moves (deleted cells included). */
  readonly area: Rect;
  readonly vertical: boolean;
  /** Signed distance: positive for inserts. */
  readonly delta: number;
}

function bandOf(sheet: SheetModel, rect: Rect, mode: ShiftMode, entire: boolean): Band {
  const used = sheet.cells.bounds(false);
  const lastRow = used?.lastRow ?? 0;
  if (mode === "insertDown" || mode === "deleteUp") {
    const col = entire ? 0 : rect.col;
    const cols = entire ? Math.max((used?.lastCol ?? 0) + 1, rect.col + rect.cols) : rect.cols;
    const rows = Math.max(lastRow + 1 - rect.row, rect.rows);
    return { area: { row: rect.row, col, rows, cols }, vertical: true, delta: mode === "insertDown" ? rect.rows : -rect.rows };
  }
  const row = entire ? 0 : rect.row;
  const rows = entire ? Math.max((used?.lastRow ?? 0) + 1, rect.row + rect.rows) : rect.rows;
  const cols = Math.max((used?.lastCol ?? 0) + 1 - rect.col, rect.cols);
  return { area: { row, col: rect.col, rows, cols }, vertical: false, delta: mode === "insertRight" ? rect.cols : -rect.cols };
}

function inside(inner: Rect, band: Band): boolean {
  return band.vertical
    ? inner.col >= band.area.col && inner.col + inner.cols <= band.area.col + band.area.cols && inner.row >= band.area.row
    : inner.row >= band.area.row && inner.row + inner.rows <= band.area.row + band.area.rows && inner.col >= band.area.col;
}

function moved(rect: Rect, band: Band): Rect {
  return band.vertical ? { ...rect, row: rect.row + band.delta } : { ...rect, col: rect.col + band.delta };
}

export function shiftCells(engine: Engine, sheet: SheetModel, rect: Rect, mode: ShiftMode, entire: boolean): void {
  const band = bandOf(sheet, rect, mode, entire);
  const deleting = band.delta < 0;
  const removed = deleting ? rect : null;
  const movingTables: TableModel[] = [];
  for (const table of tablesOnSheet(engine.model, sheet.id)) {
    if (!rectIntersection(table.rect, band.area)) continue;
    const clear = !removed || !rectIntersection(table.rect, removed);
    if (inside(table.rect, band) && clear) movingTables.push(table);
    else throw invalidOperation(`this would shift part of table '${table.name}'; insert or delete whole table rows or columns instead`);
  }
  const cells = sheet.cells;
  const { area } = band;
  if (mode === "insertDown") cells.shiftDown(rect.row, rect.rows, area.col, area.cols);
  else if (mode === "deleteUp") cells.shiftUp(rect.row, rect.rows, area.col, area.cols);
  else if (mode === "insertRight") cells.shiftRight(rect.col, rect.cols, area.row, area.rows);
  else cells.shiftLeft(rect.col, rect.cols, area.row, area.rows);
  for (const table of movingTables) table.rect = moved(table.rect, band);
  const keep = (r: Rect) => !removed || !rectIntersection(r, removed);
  sheet.formats = sheet.formats.filter((f) => keep(f.rect)).map((f) => (inside(f.rect, band) ? { ...f, rect: moved(f.rect, band) } : f));
  sheet.validations = sheet.validations.filter((v) => keep(v.rect)).map((v) => (inside(v.rect, band) ? { ...v, rect: moved(v.rect, band) } : v));
  sheet.merges = sheet.merges.filter(keep).map((m) => (inside(m, band) ? moved(m, band) : m));
}
