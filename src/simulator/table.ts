/** Excel.Table and the table collections (workbook-wide and per sheet). Rows and columns: tableRows.ts, tableColumns.ts. */
import { invalidArgument, invalidOperation, itemNotFound } from "./errors";
import { findSheetById, findTable, tablesOnSheet, type SheetModel, type TableModel, type WorkbookModel } from "./model";
import { CollectionProxy, defineProxy, ProxyBase, type Exec, type Resolver } from "./proxy";
import { RangeProxy } from "./range";
import { rangeFromAddress, rangeOn, type RangeTarget } from "./rangeTarget";
import { bodyRect, checkTableName, createTable, headerRect, resizeTable, setShowTotals, sheetOf, totalRowRect } from "./tables";
import { TableColumnCollectionProxy } from "./tableColumns";
import { TableRowCollectionProxy } from "./tableRows";
import { WorksheetProxy } from "./worksheet";

export function tableById(model: WorkbookModel, id: string, name: string): TableModel {
  const table = model.tables.find((t) => t.id === id);
  if (!table) throw itemNotFound(`table '${name}' no longer exists`);
  return table;
}

export function rangeOf(model: WorkbookModel, table: TableModel, rect: RangeTarget["rect"]): RangeTarget {
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

  /** The Total Row; throws InvalidOperation when it is not shown (harsher choice: unverified what Excel returns). */
  getTotalRowRange(): RangeProxy {
    return this._range((t, x) => {
      const total = totalRowRect(t);
      if (!total) throw invalidOperation(`table '${t.name}' has no Total Row shown`);
      return rangeOf(x.engine.model, t, total);
    });
  }

  get autoFilter(): AutoFilterProxy {
    return this._nav("autoFilter", () => this._child(AutoFilterProxy, (t) => t));
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
    this._action("clearFilters", [], (t) => {
      t.filter = null;
    });
  }

  reapplyFilters(): void {
    this._action("reapplyFilters", [], () => undefined);
  }
}

/** Table.autoFilter (ExcelApi 1.9): whether a filter is applied, and clearing it. */
export class AutoFilterProxy extends ProxyBase<TableModel> {
  clearCriteria(): void {
    this._action("clearCriteria", [], (t) => {
      t.filter = null;
    });
  }

  /** apply(range, columnIndex, { filterOn: "Values", values }): only values filters are modelled. */
  apply(_range: unknown, columnIndex?: number, criteria?: { filterOn?: string; values?: unknown[] }): void {
    this._action("apply", [columnIndex ?? null, criteria ?? null], (t) => {
      if (columnIndex === undefined) return;
      if (!Number.isInteger(columnIndex) || columnIndex < 0 || columnIndex >= t.rect.cols) throw invalidArgument(`AutoFilter.apply: column ${columnIndex} is outside the table`);
      t.filter = { column: columnIndex, values: (criteria?.values ?? []).map(String) };
    });
  }
}

defineProxy<TableModel>(AutoFilterProxy, {
  typeName: "AutoFilter",
  navs: [],
  props: {
    enabled: { get: (t) => t.showFilterButton },
    isDataFiltered: { get: (t) => t.filter !== null && t.filter !== undefined },
  },
});

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
  navs: ["columns", "rows", "worksheet", "autoFilter"],
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
    showTotals: {
      get: (t) => t.showTotals,
      set: (t, v, x) => setShowTotals(x.engine, t, Boolean(v)),
    },
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
