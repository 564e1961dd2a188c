/**
 * Table behaviour on the model: creation, growth by writes below the table,
 * calculated columns, row and column insertion and deletion, resizing.
 * Header names live in the header cells, as in Excel.
 */
import { rectIntersection, type Rect } from "./address";
import type { CellValue } from "./cellStore";
import type { Engine } from "./engine";
import { invalidArgument, invalidOperation } from "./errors";
import type { TableRowContext } from "./formulaContext";
import { findSheetById, guid, tablesOnSheet, type SheetModel, type TableModel, type WorkbookModel } from "./model";
import { readValue, writeGrid } from "./sheetData";

export function headerRect(table: TableModel): Rect {
  return { row: table.rect.row, col: table.rect.col, rows: 1, cols: table.rect.cols };
}

/** The data rows: between the header and the Total Row (when shown). */
export function bodyRect(table: TableModel): Rect {
  return { row: table.rect.row + 1, col: table.rect.col, rows: table.rect.rows - 1 - (table.showTotals ? 1 : 0), cols: table.rect.cols };
}

/** The Total Row, part of table.rect (so `Table[#All]` and getRange() include it, as in Excel). */
export function totalRowRect(table: TableModel): Rect | null {
  if (!table.showTotals) return null;
  return { row: table.rect.row + table.rect.rows - 1, col: table.rect.col, rows: 1, cols: table.rect.cols };
}

/** Body rows (the Total Row excluded). */
export function bodyRowCount(table: TableModel): number {
  return bodyRect(table).rows;
}

/**
 * Shows or hides the Total Row, as the Table Design tab does: a label in the first column and a
 * SUBTOTAL of the last column. The row below must be empty (harsher than Excel, which may shift
 * cells; unverified). Hiding it clears its cells.
 */
export function setShowTotals(engine: Engine, table: TableModel, show: boolean): void {
  if (show === table.showTotals) return;
  const sheet = sheetOf(engine.model, table);
  if (show) {
    const below = { row: table.rect.row + table.rect.rows, col: table.rect.col, rows: 1, cols: table.rect.cols };
    for (let c = below.col; c < below.col + below.cols; c++) {
      if (sheet.cells.getValue(below.row, c) !== undefined || sheet.cells.getFormula(below.row, c) !== undefined) {
        throw invalidOperation(`the Total Row of ${table.name} would cover data in the row below the table`);
      }
    }
    if (overlappingTable(engine.model, table.sheetId, below, table)) throw invalidOperation("another table is in the way of the Total Row");
    const names = columnNames(engine.model, table);
    table.rect = { ...table.rect, rows: table.rect.rows + 1 };
    table.showTotals = true;
    sheet.cells.setContent(below.row, below.col, "Total", undefined);
    if (table.rect.cols > 1) sheet.cells.setContent(below.row, below.col + below.cols - 1, undefined, `=SUBTOTAL(109,[${names[names.length - 1]}])`);
  } else {
    const total = totalRowRect(table) as Rect;
    sheet.cells.clear(total, { contents: true, formats: false });
    table.showTotals = false;
    table.rect = { ...table.rect, rows: table.rect.rows - 1 };
  }
}

export function sheetOf(model: WorkbookModel, table: TableModel): SheetModel {
  const sheet = findSheetById(model, table.sheetId);
  if (!sheet) throw invalidOperation(`table ${table.name} has no sheet`);
  return sheet;
}

export function columnNames(model: WorkbookModel, table: TableModel): string[] {
  const sheet = sheetOf(model, table);
  const names: string[] = [];
  for (let j = 0; j < table.rect.cols; j++) names.push(String(sheet.cells.getValue(table.rect.row, table.rect.col + j) ?? ""));
  return names;
}

const TABLE_NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;

export function checkTableName(model: WorkbookModel, name: string, self?: TableModel): void {
  if (!TABLE_NAME.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name)) {
    throw invalidArgument(`'${name}' is not a valid table name (letters, digits, _ and . only; no spaces; not a cell reference)`);
  }
  const lower = name.toLowerCase();
  const clash =
    model.tables.some((t) => t !== self && t.name.toLowerCase() === lower) ||
    model.names.some((n) => n.name.toLowerCase() === lower);
  if (clash) throw invalidArgument(`a table or name called '${name}' already exists`);
}

export function uniqueTableName(model: WorkbookModel, base = "Table"): string {
  for (let n = 1; ; n++) {
    const name = `${base}${n}`;
    const lower = name.toLowerCase();
    if (!model.tables.some((t) => t.name.toLowerCase() === lower) && !model.names.some((x) => x.name.toLowerCase() === lower)) return name;
  }
}

/** Makes header cells unique, non-blank text, as Excel does. */
export function normaliseHeaders(model: WorkbookModel, table: TableModel): void {
  const sheet = sheetOf(model, table);
  const seen = new Set<string>();
  for (let j = 0; j < table.rect.cols; j++) {
    const r = table.rect.row;
    const c = table.rect.col + j;
    const raw = sheet.cells.getValue(r, c) ?? sheet.cells.getFormula(r, c);
    let name = raw === undefined ? "" : typeof raw === "boolean" ? (raw ? "TRUE" : "FALSE") : String(raw);
    if (name === "") {
      let n = j + 1;
      while (seen.has(`column${n}`)) n++;
      name = `Column${n}`;
    } else if (seen.has(name.toLowerCase())) {
      let n = 2;
      while (seen.has(`${name}${n}`.toLowerCase())) n++;
      name = `${name}${n}`;
    }
    seen.add(name.toLowerCase());
    if (raw !== name || sheet.cells.getFormula(r, c) !== undefined) sheet.cells.setContent(r, c, name, undefined);
  }
}

export function overlappingTable(model: WorkbookModel, sheetId: string, rect: Rect, except?: TableModel): TableModel | undefined {
  return tablesOnSheet(model, sheetId).find((t) => t !== except && rectIntersection(t.rect, rect) !== null);
}

export function createTable(engine: Engine, sheet: SheetModel, rect: Rect, hasHeaders: boolean): TableModel {
  const model = engine.model;
  let tableRect = rect;
  if (!hasHeaders) {
    // Excel adds a header row above the data by shifting the data down one row.
    sheet.cells.shiftDown(rect.row, 1, rect.col, rect.cols);
    tableRect = { ...rect, rows: rect.rows + 1 };
  } else if (rect.rows === 1) {
    // A table always has at least one body row; Excel leaves it blank.
    tableRect = { ...rect, rows: 2 };
  }
  if (overlappingTable(model, sheet.id, tableRect)) throw invalidArgument("a table can't overlap another table");
  model.counters.table += 1;
  const table: TableModel = {
    id: guid(2, model.counters.table),
    name: uniqueTableName(model),
    sheetId: sheet.id,
    rect: tableRect,
    showHeaders: true,
    showTotals: false,
    showBandedRows: true,
    showBandedColumns: false,
    showFilterButton: true,
    style: "TableStyleMedium2",
    columnIds: Array.from({ length: tableRect.cols }, (_, i) => i + 1),
    nextColumnId: tableRect.cols + 1,
    calculated: new Array<string | null>(tableRect.cols).fill(null),
  };
  model.tables.push(table);
  if (!hasHeaders) {
    for (let j = 0; j < tableRect.cols; j++) sheet.cells.setContent(tableRect.row, tableRect.col + j, undefined, undefined);
  }
  normaliseHeaders(model, table);
  return table;
}

/** New body rows [from, from+n) take the calculated formulas, number formats and validation of the row above. */
function fillNewRows(sheet: SheetModel, table: TableModel, from: number, n: number, templateRow: number | null): void {
  for (let j = 0; j < table.rect.cols; j++) {
    const c = table.rect.col + j;
    const formula = table.calculated[j];
    const nf = templateRow === null ? undefined : sheet.cells.getNumberFormat(templateRow, c);
    for (let r = from; r < from + n; r++) {
      if (formula) sheet.cells.setContent(r, c, undefined, formula);
      if (nf !== undefined && sheet.cells.getNumberFormat(r, c) === undefined) sheet.cells.setNumberFormat(r, c, nf);
    }
  }
}

/** Stretches validation and format rectangles that covered the whole body down to the new last row. */
function stretchColumnRules(sheet: SheetModel, table: TableModel, oldBody: Rect, n: number): void {
  const coversBody = (rect: Rect) =>
    rect.row <= oldBody.row &&
    rect.row + rect.rows === oldBody.row + oldBody.rows &&
    rect.col >= table.rect.col &&
    rect.col + rect.cols <= table.rect.col + table.rect.cols;
  for (const entry of sheet.validations) if (coversBody(entry.rect)) entry.rect = { ...entry.rect, rows: entry.rect.rows + n };
  for (const entry of sheet.formats) if (coversBody(entry.rect)) entry.rect = { ...entry.rect, rows: entry.rect.rows + n };
}

/** Adds n body rows after the last one; with a Total Row shown, the cells from that row down are shifted first. */
export function growTable(engine: Engine, table: TableModel, n: number): void {
  if (n <= 0) return;
  const sheet = sheetOf(engine.model, table);
  const oldBody = bodyRect(table);
  const lastRow = oldBody.row + oldBody.rows - 1;
  if (table.showTotals) sheet.cells.shiftDown(lastRow + 1, n, table.rect.col, table.rect.cols);
  table.rect = { ...table.rect, rows: table.rect.rows + n };
  fillNewRows(sheet, table, lastRow + 1, n, lastRow > table.rect.row ? lastRow : null);
  stretchColumnRules(sheet, table, oldBody, n);
}

/** Inserts n body rows at a body index (null: at the end), shifting the table's cells below. */
export function insertTableRows(engine: Engine, table: TableModel, index: number | null, n: number): number {
  const body = bodyRect(table);
  const at = index === null ? body.rows : index;
  if (!Number.isInteger(at) || at < 0 || at > body.rows) throw invalidArgument(`row index ${index} is outside the table (0..${body.rows})`);
  if (at === body.rows) {
    const sheet = sheetOf(engine.model, table);
    const below = { row: table.rect.row + table.rect.rows, col: table.rect.col, rows: n, cols: table.rect.cols };
    if (overlappingTable(engine.model, table.sheetId, below, table)) throw invalidOperation("another table is in the way");
    // Cells below the table move down; the Total Row (if shown) moves down inside growTable.
    sheet.cells.shiftDown(below.row, n, table.rect.col, table.rect.cols);
    growTable(engine, table, n);
    return at;
  }
  const sheet = sheetOf(engine.model, table);
  const row = body.row + at;
  sheet.cells.shiftDown(row, n, table.rect.col, table.rect.cols);
  table.rect = { ...table.rect, rows: table.rect.rows + n };
  const template = at > 0 ? row - 1 : row + n;
  fillNewRows(sheet, table, row, n, template);
  for (const entry of [...sheet.validations, ...sheet.formats]) {
    if (entry.rect.row <= row && entry.rect.row + entry.rect.rows > row) entry.rect = { ...entry.rect, rows: entry.rect.rows + n };
  }
  return at;
}

/**
 * Deletes n body rows at a body index; an emptied table keeps one blank row, as in Excel.
 * While a filter is applied it does nothing, silently (office-js #994: TableRow.delete and
 * Range.delete on a filtered table leave the rows in place).
 */
export function deleteTableRows(engine: Engine, table: TableModel, index: number, n: number): void {
  const body = bodyRect(table);
  if (!Number.isInteger(index) || index < 0 || index + n > body.rows) throw invalidArgument(`rows ${index}..${index + n - 1} are outside the table`);
  if (table.filter) return;
  const sheet = sheetOf(engine.model, table);
  const row = body.row + index;
  sheet.cells.shiftUp(row, n, table.rect.col, table.rect.cols);
  const remaining = body.rows - n;
  if (remaining === 0) {
    table.rect = { ...table.rect, rows: 2 };
    sheet.cells.shiftDown(body.row, 1, table.rect.col, table.rect.cols);
    fillNewRows(sheet, table, body.row, 1, null);
  } else {
    table.rect = { ...table.rect, rows: table.rect.rows - n };
  }
  for (const entry of [...sheet.validations, ...sheet.formats]) {
    if (entry.rect.row <= row && entry.rect.row + entry.rect.rows >= row + n && entry.rect.rows > n) {
      entry.rect = { ...entry.rect, rows: entry.rect.rows - n };
    }
  }
}

export function addTableColumn(engine: Engine, table: TableModel, index: number | null, values: unknown, name: string | undefined): number {
  const at = index === null || index === undefined ? table.rect.cols : index;
  if (!Number.isInteger(at) || at < 0 || at > table.rect.cols) throw invalidArgument(`column index ${index} is outside the table (0..${table.rect.cols})`);
  const sheet = sheetOf(engine.model, table);
  let header: unknown = name;
  let body: unknown[][] | undefined;
  if (values !== undefined && values !== null) {
    if (!Array.isArray(values) || values.some((line) => !Array.isArray(line) || line.length !== 1)) {
      throw invalidArgument("TableColumnCollection.add: values must be a one-column 2-D array");
    }
    const grid = values as unknown[][];
    // Like Excel, the values cover the whole column, header row included.
    if (grid.length !== table.rect.rows) {
      throw invalidArgument(`TableColumnCollection.add: values have ${grid.length} rows but the table has ${table.rect.rows} (header included)`);
    }
    header = name ?? grid[0][0];
    body = grid.slice(1);
  }
  const col = table.rect.col + at;
  sheet.cells.shiftRight(col, 1, table.rect.row, table.rect.rows);
  table.rect = { ...table.rect, cols: table.rect.cols + 1 };
  table.columnIds.splice(at, 0, table.nextColumnId++);
  table.calculated.splice(at, 0, null);
  sheet.cells.setContent(table.rect.row, col, header === undefined || header === null ? undefined : String(header), undefined);
  normaliseHeaders(engine.model, table);
  if (body) writeGrid(engine, sheet, { row: table.rect.row + 1, col, rows: body.length, cols: 1 }, "formulas", body);
  return at;
}

export function deleteTableColumn(engine: Engine, table: TableModel, index: number): void {
  if (table.rect.cols === 1) throw invalidOperation("a table must keep at least one column");
  const sheet = sheetOf(engine.model, table);
  sheet.cells.shiftLeft(table.rect.col + index, 1, table.rect.row, table.rect.rows);
  table.rect = { ...table.rect, cols: table.rect.cols - 1 };
  table.columnIds.splice(index, 1);
  table.calculated.splice(index, 1);
}

/**
 * Table.resize (ExcelApi 1.13): the new range is header + body. With a Total Row shown it throws
 * InvalidOperation: what Excel does with the Total Row then is not documented (harsher choice);
 * rows.add inserts above it instead.
 */
export function resizeTable(engine: Engine, table: TableModel, rect: Rect): void {
  if (table.showTotals) throw invalidOperation(`resize of ${table.name} while its Total Row is shown (hide it or use rows.add)`);
  if (rect.row !== table.rect.row) throw invalidArgument("the header row of a resized table must stay in the same row");
  if (rectIntersection(rect, table.rect) === null) throw invalidArgument("the new range must overlap the table");
  if (rect.rows < 2) throw invalidArgument("a table needs a header row and at least one body row");
  if (overlappingTable(engine.model, table.sheetId, rect, table)) throw invalidArgument("a table can't overlap another table");
  const sheet = sheetOf(engine.model, table);
  const oldRows = table.rect.rows;
  const oldCols = table.rect.cols;
  const lastRow = table.rect.row + oldRows - 1;
  const colShift = table.rect.col - rect.col;
  // Columns keep their ids and calculated formulas when the left edge stays put; new ones start plain.
  const ids: number[] = [];
  const calculated: (string | null)[] = [];
  for (let j = 0; j < rect.cols; j++) {
    const old = j - colShift;
    if (old >= 0 && old < oldCols) {
      ids.push(table.columnIds[old]);
      calculated.push(table.calculated[old]);
    } else {
      ids.push(table.nextColumnId++);
      calculated.push(null);
    }
  }
  table.rect = { ...rect };
  table.columnIds = ids;
  table.calculated = calculated;
  normaliseHeaders(engine.model, table);
  if (rect.rows > oldRows) fillNewRows(sheet, table, lastRow + 1, rect.rows - oldRows, lastRow > table.rect.row ? lastRow : null);
}

/** The value a write puts at grid position (i, j); null/undefined leave the cell as it is. */
export type GridAt = (i: number, j: number) => unknown;

/**
 * Grows tables when a write covers the rows just below them (Excel's auto-expansion), by the
 * engine's tableAutoExpand mode:
 *   - "always": every written row below joins;
 *   - "excel": rows join only while the value written to the table's first column is non-blank,
 *     stopping at the first blank one: Excel skips rows whose first value is "" (office-js #2097,
 *     "by design") and sometimes takes only part of the rows (#3191, #3013). A write that leaves
 *     the first column out (or writes null there) grows nothing (harsher choice; unverified);
 *   - "never": AutoCorrect's "Include new rows and columns in table" is off.
 * A table with a Total Row shown never auto-expands (the Total Row sits between).
 */
export function beforeWrite(engine: Engine, sheet: SheetModel, rect: Rect, at?: GridAt): void {
  const mode = engine.tableAutoExpand;
  if (mode === "never") return;
  for (const table of tablesOnSheet(engine.model, sheet.id)) {
    if (table.showTotals) continue;
    const bottom = table.rect.row + table.rect.rows;
    const withinColumns = rect.col >= table.rect.col && rect.col + rect.cols <= table.rect.col + table.rect.cols;
    if (withinColumns && rect.row >= table.rect.row && rect.row <= bottom && rect.row + rect.rows > bottom) {
      let grow = rect.row + rect.rows - bottom;
      if (mode === "excel") {
        const j = table.rect.col - rect.col;
        let leading = 0;
        if (j >= 0 && j < rect.cols && at) {
          while (leading < grow) {
            const value = at(bottom - rect.row + leading, j);
            if (value === null || value === undefined || value === "") break;
            leading++;
          }
        }
        grow = leading;
      }
      if (grow === 0) continue;
      const below = { row: bottom, col: table.rect.col, rows: grow, cols: table.rect.cols };
      if (!overlappingTable(engine.model, sheet.id, below, table)) growTable(engine, table, grow);
    }
  }
}

/** Header writes rename columns; a structured-reference formula over a whole column body makes it calculated. */
export function afterWrite(engine: Engine, sheet: SheetModel, rect: Rect): void {
  for (const table of tablesOnSheet(engine.model, sheet.id)) {
    if (rectIntersection(rect, table.rect) === null) continue;
    if (rect.row <= table.rect.row && rect.row + rect.rows > table.rect.row) normaliseHeaders(engine.model, table);
    const body = bodyRect(table);
    if (rect.row > body.row || rect.row + rect.rows < body.row + body.rows) continue;
    const from = Math.max(rect.col, table.rect.col);
    const to = Math.min(rect.col + rect.cols, table.rect.col + table.rect.cols);
    for (let c = from; c < to; c++) {
      const first = sheet.cells.getFormula(body.row, c);
      let same = first !== undefined && first.includes("[");
      for (let r = body.row + 1; same && r < body.row + body.rows; r++) same = sheet.cells.getFormula(r, c) === first;
      table.calculated[c - table.rect.col] = same ? (first as string) : null;
    }
  }
}

export function tableAt(model: WorkbookModel, sheet: SheetModel, r: number, c: number): TableModel | undefined {
  return tablesOnSheet(model, sheet.id).find(
    (t) => r >= t.rect.row && r < t.rect.row + t.rect.rows && c >= t.rect.col && c < t.rect.col + t.rect.cols,
  );
}

export function tableRowContext(engine: Engine, sheet: SheetModel, r: number, c: number): TableRowContext | null {
  const table = tableAt(engine.model, sheet, r, c);
  if (!table || r === table.rect.row) return null;
  if (table.showTotals && r === table.rect.row + table.rect.rows - 1) return null;
  const names = columnNames(engine.model, table);
  const row: Record<string, CellValue | ""> = {};
  names.forEach((name, j) => {
    const col = table.rect.col + j;
    Object.defineProperty(row, name, { enumerable: true, get: () => (col === c ? "#REF!" : readValue(engine, sheet, r, col)) });
  });
  return { table: table.name, column: names[c - table.rect.col], row };
}
