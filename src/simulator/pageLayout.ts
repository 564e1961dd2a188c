/** Excel.PageLayout: print settings stored on the sheet model. */
import { invalidArgument } from "./errors";
import type { SheetModel } from "./model";
import { defineProxy, ProxyBase, type PropDef } from "./proxy";
import { RangeProxy } from "./range";
import { rangeAddress, rangeFromAddress } from "./rangeTarget";

const DEFAULTS: Readonly<Record<string, unknown>> = {
  orientation: "Portrait",
  paperSize: "A4",
  centerHorizontally: false,
  centerVertically: false,
  printGridlines: false,
  printHeadings: false,
  blackAndWhite: false,
  draftMode: false,
  firstPageNumber: "",
  printOrder: "DownThenOver",
  printComments: "NoComments",
  printErrors: "AsDisplayed",
  topMargin: 54,
  bottomMargin: 54,
  leftMargin: 50.4,
  rightMargin: 50.4,
  headerMargin: 21.6,
  footerMargin: 21.6,
  zoom: { scale: 100 },
};

function layoutProp(key: string): PropDef<SheetModel> {
  return {
    get: (s) => JSON.parse(JSON.stringify(s.pageLayout[key] ?? DEFAULTS[key] ?? null)),
    set: (s, v) => {
      s.pageLayout[key] = JSON.parse(JSON.stringify(v ?? null));
    },
  };
}

export class PageLayoutProxy extends ProxyBase<SheetModel> {
  get headersFooters(): HeaderFooterGroupProxy {
    return this._nav("headersFooters", () => new HeaderFooterGroupProxy(this.context, (x) => this._target(x)));
  }

  private _setArea(key: string, area: RangeProxy | string): void {
    this._action(key, [typeof area === "string" ? area : "range"], (s, exec) => {
      const target = typeof area === "string" ? rangeFromAddress(exec.engine.model, s, area) : area._target(exec);
      if (!target) throw invalidArgument(`PageLayout.${key}: null range`);
      s.pageLayout[key] = rangeAddress(target, true);
    });
  }

  setPrintArea(printArea: RangeProxy | string): void {
    this._setArea("printArea", printArea);
  }

  setPrintTitleRows(titleRows: RangeProxy | string): void {
    this._setArea("printTitleRows", titleRows);
  }

  setPrintTitleColumns(titleColumns: RangeProxy | string): void {
    this._setArea("printTitleColumns", titleColumns);
  }

  setPrintMargins(unit: string, options: Record<string, number>): void {
    this._action("setPrintMargins", [unit, options], (s) => {
      const factor = unit === "Centimeters" ? 28.3465 : unit === "Inches" ? 72 : 1;
      for (const [key, value] of Object.entries(options)) s.pageLayout[`${key}Margin`.replace("MarginMargin", "Margin")] = value * factor;
    });
  }

  getPrintArea(): RangeProxy {
    return this._child(RangeProxy, (s, x) => {
      const area = s.pageLayout.printArea;
      if (typeof area !== "string") throw invalidArgument("no print area is set");
      return rangeFromAddress(x.engine.model, s, area);
    });
  }

  getPrintAreaOrNullObject(): RangeProxy {
    return this._child(RangeProxy, (s, x) => {
      const area = s.pageLayout.printArea;
      return typeof area === "string" ? rangeFromAddress(x.engine.model, s, area) : null;
    });
  }
}

defineProxy<SheetModel>(PageLayoutProxy, {
  typeName: "PageLayout",
  navs: ["headersFooters"],
  props: Object.fromEntries(Object.keys(DEFAULTS).map((key) => [key, layoutProp(key)])),
});

const HEADER_FOOTER_KEYS = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"];

export class HeaderFooterProxy extends ProxyBase<{ sheet: SheetModel; page: string }> {}

defineProxy<{ sheet: SheetModel; page: string }>(HeaderFooterProxy, {
  typeName: "HeaderFooter",
  navs: [],
  props: Object.fromEntries(
    HEADER_FOOTER_KEYS.map((key) => [
      key,
      {
        get: (t: { sheet: SheetModel; page: string }) => t.sheet.pageLayout.headersFooters?.[t.page]?.[key] ?? "",
        set: (t: { sheet: SheetModel; page: string }, v: unknown) => {
          const all = (t.sheet.pageLayout.headersFooters ??= {});
          (all[t.page] ??= {})[key] = String(v ?? "");
        },
      },
    ]),
  ),
});

export class HeaderFooterGroupProxy extends ProxyBase<SheetModel> {
  private _page(page: string): HeaderFooterProxy {
    return this._nav(page, () => new HeaderFooterProxy(this.context, (x) => {
      const sheet = this._target(x);
      return sheet && { sheet, page };
    }));
  }

  get defaultForAllPages(): HeaderFooterProxy {
    return this._page("defaultForAllPages");
  }

  get firstPage(): HeaderFooterProxy {
    return this._page("firstPage");
  }

  get evenPages(): HeaderFooterProxy {
    return this._page("evenPages");
  }

  get oddPages(): HeaderFooterProxy {
    return this._page("oddPages");
  }
}

defineProxy<SheetModel>(HeaderFooterGroupProxy, {
  typeName: "HeaderFooterGroup",
  navs: ["defaultForAllPages", "firstPage", "evenPages", "oddPages"],
  props: {
    state: layoutProp("headerFooterState"),
    useSheetMargins: layoutProp("useSheetMargins"),
    useSheetScale: layoutProp("useSheetScale"),
  },
});
