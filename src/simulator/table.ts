/** Excel.Table with its rows and columns collections, and the table collections. */
import { invalidArgument, itemNotFound } from "./errors";
import { findSheetById, findTable, tablesOnSheet, type SheetModel, type TableModel, type WorkbookModel } from "./model";
import { ClientResult, CollectionProxy, defineProxy, ProxyBase, type Exec, type Resolver } from "./proxy";
import { RangeProxy } from "./range";
import { rangeFromAddress, rangeOn, type RangeTarget } from "./rangeTarget";
import { readValues, writeGrid } from "./sheetData";
import {
  addTableColumn,
  bodyRect,
  checkTableName,
  columnNames,
  createTable,
  deleteTableColumn,
  deleteTableRows,
  headerRect,
  insertTableRows,
  resizeTable,
  sheetOf,
} from "./tables";
import { WorksheetProxy } from "./worksheet";

function tableById(model: WorkbookModel, id: string, name: string): TableModel {
  const table = model.tables.find((t) => t.id === id);
  if (!table) throw itemNotFound(`table '${name}' no longer exists`);
  return table;
}

function rangeOf(model: WorkbookModel, table: TableModel, rect: RangeTarget["rect"]): RangeTarget {
  return rangeOn(sheetOf(model, table), rect);
}

export class TableProxy extends ProxyBase<TableModel> {
  get columns(): TableColumnCollectionProxy {
    return this._nav("columns", () => new TableColumnCollectionProxy(this.context, (x) => this._target(x)));
  }

  get rows(): TableRowCollectionProxy {
    return this._nav("rows", () => new TableRowCollectionProxy(this.context, (x) => this._target(x)));
  }

  get worksheet(): WorksheetProxy {
    return this._nav("worksheet", () => this._child(WorksheetProxy, (t, x) => sheetOf(x.engine.model, t)));
  }

  private _range(locate: (t: TableModel, exec: Exec) => RangeTarget | null): RangeProxy {
    return this._child(RangeProxy, locate);
  }

  getRange(): RangeProxy {
    return this._range((t, x) => rangeOf(x.engine.model, t, t.rect));
  }

  getHeaderRowRange(): RangeProxy {
    return this._range((t, x) => rangeOf(x.engine.model, t, headerRect(t)));
  }

  getDataBodyRange(): RangeProxy {
    return this._range((t, x) => rangeOf(x.engine.model, t, bodyRect(t)));
  }

  resize(newRange: RangeProxy | string): void {
    this._action("resize", [typeof newRange === "string" ? newRange : "range"], (t, exec) => {
      const sheet = sheetOf(exec.engine.model, t);
      const target = typeof newRange === "string" ? rangeFromAddress(exec.engine.model, sheet, newRange) : newRange._target(exec);
      if (!target) throw invalidArgument("Table.resize: null range");
      if (target.sheet !== sheet) throw invalidArgument("Table.resize: the new range must be on the table's sheet");
      resizeTable(exec.engine, t, target.rect);
    });
  }

  delete(): void {
    this._action("delete", [], (t, exec) => {
      const sheet = sheetOf(exec.engine.model, t);
      sheet.cells.clear(t.rect, { contents: true, formats: true });
      exec.engine.model.tables = exec.engine.model.tables.filter((x) => x !== t);
    });
  }

  convertToRange(): RangeProxy {
    let rect: RangeTarget["rect"] | undefined;
    let sheetId: string | undefined;
    this._action("convertToRange", [], (t, exec) => {
      rect = t.rect;
      sheetId = t.sheetId;
      exec.engine.model.tables = exec.engine.model.tables.filter((x) => x !== t);
    });
    return new RangeProxy(this.context, (exec) => {
      const sheet = sheetId ? findSheetById(exec.engine.model, sheetId) : undefined;
      return sheet && rect ? rangeOn(sheet, rect) : null;
    });
  }

  clearFilters(): void {
    this._action("clearFilters", [], () => undefined);
  }

  reapplyFilters(): void {
    this._action("reapplyFilters", [], () => undefined);
  }
}

function flag(key: "showHeaders" | "showTotals" | "showBandedRows" | "showBandedColumns" | "showFilterButton") {
  return {
    get: (t: TableModel) => t[key],
    set: (t: TableModel, v: unknown) => {
      t[key] = Boolean(v);
    },
  };
}

defineProxy<TableModel>(TableProxy, {
  typeName: "Table",
  navs: ["columns", "rows", "worksheet"],
  props: {
    id: { get: (t) => t.id },
    name: {
      get: (t) => t.name,
      set: (t, v, x) => {
        checkTableName(x.engine.model, String(v), t);
        t.name = String(v);
      },
    },
    showHeaders: flag("showHeaders"),
    showTotals: flag("showTotals"),
    showBandedRows: flag("showBandedRows"),
    showBandedColumns: flag("showBandedColumns"),
    showFilterButton: flag("showFilterButton"),
    highlightFirstColumn: { get: () => false, set: () => undefined },
    highlightLastColumn: { get: () => false, set: () => undefined },
    style: {
      get: (t) => t.style,
      set: (t, v) => {
        t.style = String(v);
      },
    },
  },
});

/** Tables of the whole workbook (sheet null) or of one sheet. */
export interface TableScope {
  readonly model: WorkbookModel;
  readonly sheet: SheetModel | null;
}

export class TableCollectionProxy extends CollectionProxy<TableScope, TableModel, TableProxy> {
  constructor(context: TableProxy["context"], sheetResolver: Resolver<SheetModel | WorkbookModel>) {
    super(context, (exec) => {
      const scope = sheetResolver(exec);
      if (scope === null) return null;
      return "cells" in scope ? { model: exec.engine.model, sheet: scope } : { model: scope, sheet: null };
    });
  }

  protected _list(scope: TableScope): TableModel[] {
    return scope.sheet ? tablesOnSheet(scope.model, scope.sheet.id) : [...scope.model.tables];
  }

  protected _itemProxy(table: TableModel): TableProxy {
    const { id, name } = table;
    return new TableProxy(this.context, (exec) => tableById(exec.engine.model, id, name));
  }

  private _table(locate: (scope: TableScope, exec: Exec) => TableModel | null): TableProxy {
    return this._child(TableProxy, locate);
  }

  add(address: RangeProxy | string, hasHeaders: boolean): TableProxy {
    let createdId: string | undefined;
    this._action("add", [typeof address === "string" ? address : "range", hasHeaders], (scope, exec) => {
      const model = exec.engine.model;
      const base = scope.sheet ?? findSheetById(model, model.activeSheetId) ?? model.sheets[0];
      const target = typeof address === "string" ? rangeFromAddress(model, base, address) : address._target(exec);
      if (!target) throw invalidArgument("TableCollection.add: null range");
      if (scope.sheet && target.sheet !== scope.sheet) throw invalidArgument("TableCollection.add: the range must be on this sheet");
      createdId = createTable(exec.engine, target.sheet, target.rect, hasHeaders).id;
    });
    return this._table((scope) => (createdId ? (scope.model.tables.find((t) => t.id === createdId) ?? null) : null));
  }

  getItem(key: string): TableProxy {
    return this._table((scope) => {
      const table = this._find(scope, key);
      if (!table) throw itemNotFound(`table '${key}'`, "TableCollection.getItem");
      return table;
    });
  }

  getItemOrNullObject(key: string): TableProxy {
    return this._table((scope) => this._find(scope, key) ?? null);
  }

  getItemAt(index: number): TableProxy {
    return this._table((scope) => {
      const table = this._list(scope)[index];
      if (!table) throw itemNotFound(`table at index ${index}`);
      return table;
    });
  }

  private _find(scope: TableScope, key: string): TableModel | undefined {
    const table = findTable(scope.model, key);
    return table && (!scope.sheet || table.sheetId === scope.sheet.id) ? table : undefined;
  }
}

defineProxy<TableScope>(TableCollectionProxy, {
  typeName: "TableCollection",
  navs: [],
  props: { count: { get: (s) => (s.sheet ? tablesOnSheet(s.model, s.sheet.id).length : s.model.tables.length) } },
});

// ---- Columns ----------------------------------------------------------------

export interface ColumnTarget {
  readonly table: TableModel;
  readonly index: number;
}

function columnRect(c: ColumnTarget, part: "all" | "header" | "body") {
  const t = c.table;
  const col = t.rect.col + c.index;
  if (part === "header") return { row: t.rect.row, col, rows: 1, cols: 1 };
  if (part === "body") return { row: t.rect.row + 1, col, rows: t.rect.rows - 1, cols: 1 };
  return { row: t.rect.row, col, rows: t.rect.rows, cols: 1 };
}

export class TableColumnProxy extends ProxyBase<ColumnTarget> {
  private _range(part: "all" | "header" | "body"): RangeProxy {
    return this._child(RangeProxy, (c, x) => rangeOf(x.engine.model, c.table, columnRect(c, part)));
  }

  getRange(): RangeProxy {
    return this._range("all");
  }

  getHeaderRowRange(): RangeProxy {
    return this._range("header");
  }

  getDataBodyRange(): RangeProxy {
    return this._range("body");
  }

  delete(): void {
    this._action("delete", [], (c, x) => deleteTableColumn(x.engine, c.table, c.index));
  }
}

defineProxy<ColumnTarget>(TableColumnProxy, {
  typeName: "TableColumn",
  navs: [],
  props: {
    id: { get: (c) => c.table.columnIds[c.index] },
    index: { get: (c) => c.index },
    name: {
      get: (c, x) => columnNames(x.engine.model, c.table)[c.index],
      set: (c, v, x) => writeGrid(x.engine, sheetOf(x.engine.model, c.table), columnRect(c, "header"), "values", [[`'${String(v)}`]]),
    },
    values: {
      get: (c, x) => readValues(x.engine, sheetOf(x.engine.model, c.table), columnRect(c, "all")),
      set: (c, v, x) => writeGrid(x.engine, sheetOf(x.engine.model, c.table), columnRect(c, "all"), "values", v),
    },
  },
});

function columnById(model: WorkbookModel, tableId: string, columnId: number): ColumnTarget {
  const table = tableById(model, tableId, tableId);
  const index = table.columnIds.indexOf(columnId);
  if (index < 0) throw itemNotFound(`table column ${columnId} no longer exists`);
  return { table, index };
}

export class TableColumnCollectionProxy extends CollectionProxy<TableModel, ColumnTarget, TableColumnProxy> {
  protected _list(table: TableModel): ColumnTarget[] {
    return table.columnIds.map((_, index) => ({ table, index }));
  }

  protected _itemProxy(c: ColumnTarget): TableColumnProxy {
    const tableId = c.table.id;
    const columnId = c.table.columnIds[c.index];
    return new TableColumnProxy(this.context, (exec) => columnById(exec.engine.model, tableId, columnId));
  }

  private _column(locate: (t: TableModel, exec: Exec) => ColumnTarget | null): TableColumnProxy {
    return this._child(TableColumnProxy, locate);
  }

  add(index?: number | null, values?: unknown[][] | null, name?: string): TableColumnProxy {
    let columnId: number | undefined;
    this._action("add", [index ?? null, values ?? null, name ?? null], (t, exec) => {
      const at = addTableColumn(exec.engine, t, index ?? null, values ?? undefined, name);
      columnId = t.columnIds[at];
    });
    return this._column((t) => {
      if (columnId === undefined) return null;
      const at = t.columnIds.indexOf(columnId);
      return at < 0 ? null : { table: t, index: at };
    });
  }

  private _find(t: TableModel, key: string | number, exec: Exec): ColumnTarget | null {
    const names = columnNames(exec.engine.model, t);
    const lower = String(key).toLowerCase();
    let index = names.findIndex((n) => n.toLowerCase() === lower);
    if (index < 0 && /^\d+$/.test(String(key))) index = t.columnIds.indexOf(Number(key));
    return index < 0 ? null : { table: t, index };
  }

  getItem(key: string | number): TableColumnProxy {
    return this._column((t, exec) => {
      const found = this._find(t, key, exec);
      if (!found) throw itemNotFound(`column '${key}' in table '${t.name}'`, "TableColumnCollection.getItem");
      return found;
    });
  }

  getItemOrNullObject(key: string | number): TableColumnProxy {
    return this._column((t, exec) => this._find(t, key, exec));
  }

  getItemAt(index: number): TableColumnProxy {
    return this._column((t) => {
      if (!Number.isInteger(index) || index < 0 || index >= t.rect.cols) throw itemNotFound(`column at index ${index} in table '${t.name}'`);
      return { table: t, index };
    });
  }
}

defineProxy<TableModel>(TableColumnCollectionProxy, {
  typeName: "TableColumnCollection",
  navs: [],
  props: { count: { get: (t) => t.rect.cols } },
});

// ---- Rows ---------------------------------------------------------------------

export interface RowTarget {
  readonly table: TableModel;
  readonly index: number;
}

function rowRect(r: RowTarget) {
  return { row: r.table.rect.row + 1 + r.index, col: r.table.rect.col, rows: 1, cols: r.table.rect.cols };
}

export class TableRowProxy extends ProxyBase<RowTarget> {
  getRange(): RangeProxy {
    return this._child(RangeProxy, (row, x) => rangeOf(x.engine.model, row.table, rowRect(row)));
  }

  delete(): void {
    this._action("delete", [], (row, x) => deleteTableRows(x.engine, row.table, row.index, 1));
  }
}

defineProxy<RowTarget>(TableRowProxy, {
  typeName: "TableRow",
  navs: [],
  props: {
    index: { get: (r) => r.index },
    values: {
      get: (r, x) => readValues(x.engine, sheetOf(x.engine.model, r.table), rowRect(r)),
      set: (r, v, x) => writeGrid(x.engine, sheetOf(x.engine.model, r.table), rowRect(r), "values", v),
    },
  },
});

function rowAt(table: TableModel, index: number): RowTarget {
  const count = table.rect.rows - 1;
  if (!Number.isInteger(index) || index < 0 || index >= count) throw itemNotFound(`row ${index} of table '${table.name}' (it has ${count})`);
  return { table, index };
}

export class TableRowCollectionProxy extends CollectionProxy<TableModel, RowTarget, TableRowProxy> {
  protected _list(table: TableModel): RowTarget[] {
    return Array.from({ length: table.rect.rows - 1 }, (_, index) => ({ table, index }));
  }

  protected _itemProxy(r: RowTarget): TableRowProxy {
    const tableId = r.table.id;
    const index = r.index;
    return new TableRowProxy(this.context, (exec) => rowAt(tableById(exec.engine.model, tableId, tableId), index));
  }

  /** Adds rows (slow in real Excel: prefer writing to getDataBodyRange().getRowsBelow(n)). */
  add(index?: number | null, values?: unknown[][] | null, _alwaysInsert?: boolean): TableRowProxy {
    let at: number | undefined;
    let count = 1;
    this._action("add", [index ?? null, values ?? null], (t, exec) => {
      if (values !== undefined && values !== null) {
        if (!Array.isArray(values) || values.length === 0) throw invalidArgument("TableRowCollection.add: values must be a non-empty 2-D array");
        count = values.length;
      }
      at = insertTableRows(exec.engine, t, index ?? null, count);
      if (values) writeGrid(exec.engine, sheetOf(exec.engine.model, t), { row: t.rect.row + 1 + at, col: t.rect.col, rows: count, cols: t.rect.cols }, "values", values);
    });
    return this._child(TableRowProxy,
      (t) => (at === undefined ? null : rowAt(t, at)),
    );
  }

  getItemAt(index: number): TableRowProxy {
    return this._child(TableRowProxy, (t) => rowAt(t, index));
  }

  deleteRowsAt(index: number, count = 1): void {
    this._action("deleteRowsAt", [index, count], (t, x) => deleteTableRows(x.engine, t, index, count));
  }

  override getCount(): ClientResult<number> {
    return this._result("getCount", [], (t) => t.rect.rows - 1);
  }
}

defineProxy<TableModel>(TableRowCollectionProxy, {
  typeName: "TableRowCollection",
  navs: [],
  props: { count: { get: (t) => t.rect.rows - 1 } },
});
