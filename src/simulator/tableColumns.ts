/** Excel.TableColumn and TableColumnCollection. Columns keep their id when others are added or removed. */
import { itemNotFound } from "./errors";
import type { TableModel, WorkbookModel } from "./model";
import { CollectionProxy, defineProxy, ProxyBase, type Exec } from "./proxy";
import { RangeProxy } from "./range";
import { readValues, writeGrid } from "./sheetData";
import { rangeOf, tableById } from "./table";
import { addTableColumn, columnNames, deleteTableColumn, sheetOf } from "./tables";

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
