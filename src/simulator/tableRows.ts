/** Excel.TableRow and TableRowCollection. Rows are addressed by index, as in Office. */
import { invalidArgument, itemNotFound } from "./errors";
import type { TableModel } from "./model";
import { ClientResult, CollectionProxy, defineProxy, ProxyBase } from "./proxy";
import { RangeProxy } from "./range";
import { readValues, writeGrid } from "./sheetData";
import { rangeOf, tableById } from "./table";
import { bodyRowCount, deleteTableRows, insertTableRows, sheetOf } from "./tables";

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
  const count = bodyRowCount(table);
  if (!Number.isInteger(index) || index < 0 || index >= count) throw itemNotFound(`row ${index} of table '${table.name}' (it has ${count})`);
  return { table, index };
}

export class TableRowCollectionProxy extends CollectionProxy<TableModel, RowTarget, TableRowProxy> {
  protected _list(table: TableModel): RowTarget[] {
    return Array.from({ length: bodyRowCount(table) }, (_, index) => ({ table, index }));
  }

  protected _itemProxy(r: RowTarget): TableRowProxy {
    const tableId = r.table.id;
    const index = r.index;
    return new TableRowProxy(this.context, (exec) => rowAt(tableById(exec.engine.model, tableId, tableId), index));
  }

  /**
   * Adds rows at `index` (null: after the last body row, above a shown Total Row), with their values
   * in the same call: the table grows whatever tableAutoExpand says. One call per block, never per
   * row (one-row calls are slow in Excel, office-js #3013).
   */
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
    return this._result("getCount", [], (t) => bodyRowCount(t));
  }
}

defineProxy<TableModel>(TableRowCollectionProxy, {
  typeName: "TableRowCollection",
  navs: [],
  props: { count: { get: (t) => bodyRowCount(t) } },
});
