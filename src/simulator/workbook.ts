/** Excel.Workbook and Excel.Application. */
import { invalidSelection } from "./errors";
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

  /** Throws (when used) for a multi-area or chart selection, as Excel does. */
  getSelectedRange(): RangeProxy {
    return this._child(RangeProxy,
      (model) => {
        const sheet = findSheetById(model, model.activeSheetId) ?? model.sheets[0];
        const special = sheet.specialSelection;
        if (special?.kind === "areas") throw invalidSelection(`getSelectedRange: ${special.address} is a multi-area selection; it returns a single range only`);
        if (special?.kind === "chart") throw invalidSelection(`getSelectedRange: chart '${special.name}' is selected, not cells`);
        return rangeOn(sheet, sheet.selection);
      },
    );
  }

  /** A multi-area selection still has an active cell; a chart selection has none (harsher choice: throws). */
  getActiveCell(): RangeProxy {
    return this._child(RangeProxy,
      (model) => {
        const sheet = findSheetById(model, model.activeSheetId) ?? model.sheets[0];
        if (sheet.specialSelection?.kind === "chart") throw invalidSelection(`getActiveCell: chart '${sheet.specialSelection.name}' is selected, not cells`);
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
