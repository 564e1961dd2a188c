/** Excel.Workbook and Excel.Application. */
import { SelectionChangedEvent } from "./events";
import { findSheetById, type WorkbookModel } from "./model";
import { CustomXmlPartCollectionProxy } from "./customXml";
import { NamedItemCollectionProxy } from "./names";
import { defineProxy, ProxyBase } from "./proxy";
import { RangeProxy } from "./range";
import { rangeOn } from "./rangeTarget";
import { SettingCollectionProxy } from "./settings";
import { TableCollectionProxy } from "./table";
import { WorksheetCollectionProxy } from "./worksheet";

export class WorkbookProxy extends ProxyBase<WorkbookModel> {
  get worksheets(): WorksheetCollectionProxy {
    return this._nav("worksheets", () => new WorksheetCollectionProxy(this.context, (x) => this._target(x)));
  }

  get tables(): TableCollectionProxy {
    return this._nav("tables", () => new TableCollectionProxy(this.context, (x) => this._target(x)));
  }

  get settings(): SettingCollectionProxy {
    return this._nav("settings", () => new SettingCollectionProxy(this.context, (x) => this._target(x)));
  }

  get names(): NamedItemCollectionProxy {
    return this._nav("names", () => new NamedItemCollectionProxy(this.context, (x) => this._target(x)));
  }

  get customXmlParts(): CustomXmlPartCollectionProxy {
    return this._nav("customXmlParts", () => new CustomXmlPartCollectionProxy(this.context, (x) => this._target(x)));
  }

  get onSelectionChanged(): SelectionChangedEvent {
    return new SelectionChangedEvent(this.context, () => null, "WorkbookSelectionChanged");
  }

  getSelectedRange(): RangeProxy {
    return this._child(RangeProxy,
      (model) => {
        const sheet = findSheetById(model, model.activeSheetId) ?? model.sheets[0];
        return rangeOn(sheet, sheet.selection);
      },
    );
  }

  getActiveCell(): RangeProxy {
    return this._child(RangeProxy,
      (model) => {
        const sheet = findSheetById(model, model.activeSheetId) ?? model.sheets[0];
        return rangeOn(sheet, { row: sheet.selection.row, col: sheet.selection.col, rows: 1, cols: 1 });
      },
    );
  }
}

defineProxy<WorkbookModel>(WorkbookProxy, {
  typeName: "Workbook",
  navs: ["worksheets", "tables", "settings", "names", "customXmlParts"],
  props: { name: { get: () => "Book1.xlsx" } },
});

export class ApplicationProxy extends ProxyBase<WorkbookModel> {
  suspendApiCalculationUntilNextSync(): void {
    this._enqueue(32, false, (exec) => exec.engine.noteSuspend("apiCalculation"));
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this._enqueue(32, false, (exec) => exec.engine.noteSuspend("screenUpdating"));
  }

  calculate(_calculationType?: string): void {
    this._enqueue(32, false, () => undefined);
  }
}

defineProxy<WorkbookModel>(ApplicationProxy, {
  typeName: "Application",
  navs: [],
  props: {
    calculationMode: { get: () => "Automatic", set: () => undefined },
    calculationState: { get: () => "Done" },
  },
});
