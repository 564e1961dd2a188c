/** Excel.Worksheet, its collection, and freeze panes. */
import { MAX_COLUMNS, MAX_ROWS } from "./address";
import { invalidArgument, itemNotFound } from "./errors";
import { SelectionChangedEvent, WorksheetActivatedEvent, fireWorksheetActivated } from "./events";
import { findSheetById, findSheetByName, type SheetModel, type WorkbookModel } from "./model";
import { ClientResult, CollectionProxy, defineProxy, ProxyBase, type Exec } from "./proxy";
import { RangeProxy } from "./range";
import { rangeFromAddress, rangeOn, subRect, usedRectOf, type RangeTarget } from "./rangeTarget";
import { activateSheet, addSheet, copySheet, deleteSheet, moveSheet, setVisibility, type CopyPosition } from "./sheetOps";
import { checkSheetName } from "./sheetNames";
import { TableCollectionProxy } from "./table";
import { NamedItemCollectionProxy } from "./names";
import { ChartCollectionProxy } from "./charts";
import { PageLayoutProxy } from "./pageLayout";

export class WorksheetProxy extends ProxyBase<SheetModel> {
  get tables(): TableCollectionProxy {
    return this._nav("tables", () => new TableCollectionProxy(this.context, (x) => this._target(x)));
  }

  get names(): NamedItemCollectionProxy {
    return this._nav("names", () => new NamedItemCollectionProxy(this.context, (x) => this._target(x)));
  }

  get charts(): ChartCollectionProxy {
    return this._nav("charts", () => new ChartCollectionProxy(this.context, (x) => this._target(x)));
  }

  get freezePanes(): FreezePanesProxy {
    return this._nav("freezePanes", () => new FreezePanesProxy(this.context, (x) => this._target(x)));
  }

  get pageLayout(): PageLayoutProxy {
    return this._nav("pageLayout", () => new PageLayoutProxy(this.context, (x) => this._target(x)));
  }

  get onSelectionChanged(): SelectionChangedEvent {
    return new SelectionChangedEvent(this.context, (exec) => {
      const sheet = this._target(exec);
      if (!sheet) throw itemNotFound("worksheet for onSelectionChanged");
      return sheet.id;
    });
  }

  private _range(locate: (sheet: SheetModel, exec: Exec) => RangeTarget | null): RangeProxy {
    return this._child(RangeProxy, locate);
  }

  getRange(address?: string): RangeProxy {
    return this._range((sheet, exec) =>
      address === undefined || address === ""
        ? rangeOn(sheet, { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLUMNS }, true, true)
        : rangeFromAddress(exec.engine.model, sheet, address),
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    return this._range((sheet) =>
      subRect({ sheet, rect: { row: 0, col: 0, rows: 1, cols: 1 }, entireColumns: false, entireRows: false }, startRow, startColumn, rowCount, columnCount, `getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount})`),
    );
  }

  getCell(row: number, column: number): RangeProxy {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRange(valuesOnly = false): RangeProxy {
    return this._range((sheet, exec) => rangeOn(sheet, usedRectOf(exec.engine.model, sheet, valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 }));
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this._range((sheet, exec) => {
      const rect = usedRectOf(exec.engine.model, sheet, valuesOnly);
      return rect ? rangeOn(sheet, rect) : null;
    });
  }

  activate(): void {
    this._action("activate", [], (sheet, exec) => {
      const before = exec.engine.model.activeSheetId;
      activateSheet(exec.engine.model, sheet);
      // Excel fires onActivated for API activation too; handlers run after the sync, errors are kept.
      if (before !== sheet.id) {
        exec.after.push(() => {
          fireWorksheetActivated(exec.engine, sheet.id).catch((error: unknown) => exec.engine.eventErrors.push(error));
        });
      }
    });
  }

  delete(): void {
    this._action("delete", [], (sheet, exec) => deleteSheet(exec.engine.model, sheet));
  }

  copy(positionType: CopyPosition = "None", relativeTo?: WorksheetProxy): WorksheetProxy {
    let createdId: string | undefined;
    this._action("copy", [positionType], (sheet, exec) => {
      const relative = relativeTo ? relativeTo._target(exec) : null;
      createdId = copySheet(exec.engine, sheet, positionType, relative).id;
    });
    return this._child(WorksheetProxy,
      (_sheet, exec) => (createdId ? (findSheetById(exec.engine.model, createdId) ?? null) : null),
    );
  }

  calculate(): void {
    this._action("calculate", [], () => undefined);
  }
}

defineProxy<SheetModel>(WorksheetProxy, {
  typeName: "Worksheet",
  navs: ["tables", "names", "charts", "freezePanes", "pageLayout"],
  props: {
    id: { get: (s) => s.id },
    name: {
      get: (s) => s.name,
      set: (s, v, x) => {
        s.name = checkSheetName(x.engine.model, v, s);
      },
    },
    position: { get: (s, x) => x.engine.model.sheets.indexOf(s), set: (s, v, x) => moveSheet(x.engine.model, s, v) },
    visibility: { get: (s) => s.visibility, set: (s, v, x) => setVisibility(x.engine.model, s, v) },
    tabColor: { get: (s) => s.tabColor, set: (s, v) => { s.tabColor = String(v ?? ""); } },
    showGridlines: { get: (s) => s.showGridlines, set: (s, v) => { s.showGridlines = Boolean(v); } },
    standardWidth: { get: () => 8.43 },
    standardHeight: { get: () => 15 },
  },
});

export class FreezePanesProxy extends ProxyBase<SheetModel> {
  freezeRows(count = 1): void {
    this._action("freezeRows", [count], (s) => {
      if (!Number.isInteger(count) || count < 0) throw invalidArgument(`freezeRows(${count})`);
      s.frozenRows = count;
      s.frozenColumns = 0;
    });
  }

  freezeColumns(count = 1): void {
    this._action("freezeColumns", [count], (s) => {
      if (!Number.isInteger(count) || count < 0) throw invalidArgument(`freezeColumns(${count})`);
      s.frozenColumns = count;
      s.frozenRows = 0;
    });
  }

  freezeAt(frozenRange: RangeProxy | string): void {
    this._action("freezeAt", [typeof frozenRange === "string" ? frozenRange : "range"], (s, exec) => {
      const target = typeof frozenRange === "string" ? rangeFromAddress(exec.engine.model, s, frozenRange) : frozenRange._target(exec);
      if (!target) throw invalidArgument("freezeAt: null range");
      s.frozenRows = target.rect.row + target.rect.rows;
      s.frozenColumns = target.rect.col + target.rect.cols;
    });
  }

  unfreeze(): void {
    this._action("unfreeze", [], (s) => {
      s.frozenRows = 0;
      s.frozenColumns = 0;
    });
  }

  getLocationOrNullObject(): RangeProxy {
    return this._child(RangeProxy,
      (s) => {
        if (s.frozenRows === 0 && s.frozenColumns === 0) return null;
        if (s.frozenColumns === 0) return rangeOn(s, { row: 0, col: 0, rows: s.frozenRows, cols: MAX_COLUMNS }, false, true);
        if (s.frozenRows === 0) return rangeOn(s, { row: 0, col: 0, rows: MAX_ROWS, cols: s.frozenColumns }, true, false);
        return rangeOn(s, { row: 0, col: 0, rows: s.frozenRows, cols: s.frozenColumns });
      },
    );
  }
}

defineProxy<SheetModel>(FreezePanesProxy, { typeName: "WorksheetFreezePanes", navs: [], props: {} });

function findSheet(model: WorkbookModel, key: string): SheetModel | undefined {
  return findSheetByName(model, key) ?? findSheetById(model, key);
}

export class WorksheetCollectionProxy extends CollectionProxy<WorkbookModel, SheetModel, WorksheetProxy> {
  protected _list(model: WorkbookModel): SheetModel[] {
    return [...model.sheets];
  }

  protected _itemProxy(sheet: SheetModel): WorksheetProxy {
    const id = sheet.id;
    return new WorksheetProxy(this.context, (exec) => {
      const found = findSheetById(exec.engine.model, id);
      if (!found) throw itemNotFound(`worksheet '${sheet.name}' no longer exists`);
      return found;
    });
  }

  private _sheet(locate: (model: WorkbookModel, exec: Exec) => SheetModel | null): WorksheetProxy {
    return this._child(WorksheetProxy, locate);
  }

  get onSelectionChanged(): SelectionChangedEvent {
    return new SelectionChangedEvent(this.context, () => null);
  }

  /** worksheets.onActivated (ExcelApi 1.7). */
  get onActivated(): WorksheetActivatedEvent {
    return new WorksheetActivatedEvent(this.context);
  }

  add(name?: string): WorksheetProxy {
    let createdId: string | undefined;
    this._action("add", [name ?? null], (model) => {
      createdId = addSheet(model, name).id;
    });
    return this._sheet((model) => (createdId ? (findSheetById(model, createdId) ?? null) : null));
  }

  getItem(key: string): WorksheetProxy {
    return this._sheet((model) => {
      const sheet = findSheet(model, key);
      if (!sheet) throw itemNotFound(`worksheet '${key}'`, "WorksheetCollection.getItem");
      return sheet;
    });
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return this._sheet((model) => findSheet(model, key) ?? null);
  }

  getActiveWorksheet(): WorksheetProxy {
    return this._sheet((model) => findSheetById(model, model.activeSheetId) ?? model.sheets[0]);
  }

  getFirst(visibleOnly = false): WorksheetProxy {
    return this._sheet((model) => model.sheets.find((s) => !visibleOnly || s.visibility === "Visible") ?? null);
  }

  getLast(visibleOnly = false): WorksheetProxy {
    return this._sheet((model) => [...model.sheets].reverse().find((s) => !visibleOnly || s.visibility === "Visible") ?? null);
  }

  override getCount(visibleOnly = false): ClientResult<number> {
    return this._result("getCount", [visibleOnly], (model) => model.sheets.filter((s) => !visibleOnly || s.visibility === "Visible").length);
  }
}

defineProxy<WorkbookModel>(WorksheetCollectionProxy, { typeName: "WorksheetCollection", navs: [], props: {} });
