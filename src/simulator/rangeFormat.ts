/** Excel.RangeFormat with font, fill and borders; stored as format entries on the sheet. */
import { applyFormat, FORMAT_DEFAULTS, readFormat } from "./formats";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from "./model";
import { defineProxy, ProxyBase, type PropDef } from "./proxy";
import type { RangeTarget } from "./rangeTarget";
import { readText } from "./sheetData";

function formatProp(key: string): PropDef<RangeTarget> {
  return {
    get: (t) => readFormat(t.sheet, t.rect, key, FORMAT_DEFAULTS[key] ?? null),
    set: (t, v) => applyFormat(t.sheet, t.rect, key, v),
  };
}

/** Roughly Excel's column width for text: CJK characters are about twice as wide. */
function textWidthPoints(text: string): number {
  let units = 0;
  for (const ch of text) units += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? 2 : 1;
  return units * 6 + 10;
}

export class RangeFormatProxy extends ProxyBase<RangeTarget> {
  get font(): RangeFontProxy {
    return this._nav("font", () => new RangeFontProxy(this.context, (x) => this._target(x)));
  }

  get fill(): RangeFillProxy {
    return this._nav("fill", () => new RangeFillProxy(this.context, (x) => this._target(x)));
  }

  get borders(): RangeBordersProxy {
    return this._nav("borders", () => new RangeBordersProxy(this.context, (x) => this._target(x)));
  }

  autofitColumns(): void {
    this._action("autofitColumns", [], (t, exec) => {
      const text = readText(exec.engine, t.sheet, t.rect);
      for (let j = 0; j < t.rect.cols; j++) {
        let width = 0;
        for (const line of text) width = Math.max(width, line[j] ? textWidthPoints(line[j]) : 0);
        t.sheet.columnWidths[t.rect.col + j] = width === 0 ? DEFAULT_COLUMN_WIDTH : Math.min(width, 400);
      }
    });
  }

  autofitRows(): void {
    this._action("autofitRows", [], (t) => {
      for (let i = 0; i < t.rect.rows; i++) delete t.sheet.rowHeights[t.rect.row + i];
    });
  }
}

defineProxy<RangeTarget>(RangeFormatProxy, {
  typeName: "RangeFormat",
  navs: ["font", "fill", "borders"],
  props: {
    columnWidth: {
      get: (t) => t.sheet.columnWidths[t.rect.col] ?? DEFAULT_COLUMN_WIDTH,
      set: (t, v) => {
        for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) t.sheet.columnWidths[c] = Number(v);
      },
    },
    rowHeight: {
      get: (t) => t.sheet.rowHeights[t.rect.row] ?? DEFAULT_ROW_HEIGHT,
      set: (t, v) => {
        for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++) t.sheet.rowHeights[r] = Number(v);
      },
    },
    wrapText: formatProp("wrapText"),
    horizontalAlignment: formatProp("horizontalAlignment"),
    verticalAlignment: formatProp("verticalAlignment"),
    indentLevel: formatProp("indentLevel"),
    textOrientation: formatProp("textOrientation"),
    shrinkToFit: formatProp("shrinkToFit"),
    columnHidden: formatProp("columnHidden"),
    rowHidden: formatProp("rowHidden"),
  },
});

export class RangeFontProxy extends ProxyBase<RangeTarget> {}

defineProxy<RangeTarget>(RangeFontProxy, {
  typeName: "RangeFont",
  navs: [],
  props: {
    bold: formatProp("font.bold"),
    italic: formatProp("font.italic"),
    underline: formatProp("font.underline"),
    strikethrough: formatProp("font.strikethrough"),
    color: formatProp("font.color"),
    size: formatProp("font.size"),
    name: formatProp("font.name"),
  },
});

export class RangeFillProxy extends ProxyBase<RangeTarget> {
  clear(): void {
    this._action("clear", [], (t) => applyFormat(t.sheet, t.rect, "fill.color", null));
  }
}

defineProxy<RangeTarget>(RangeFillProxy, {
  typeName: "RangeFill",
  navs: [],
  props: { color: formatProp("fill.color"), pattern: formatProp("fill.pattern") },
});

export class RangeBorderProxy extends ProxyBase<{ range: RangeTarget; side: string }> {}

function borderProp(prop: string, fallback: unknown): PropDef<{ range: RangeTarget; side: string }> {
  return {
    get: (t) => readFormat(t.range.sheet, t.range.rect, `borders.${t.side}.${prop}`, fallback),
    set: (t, v) => applyFormat(t.range.sheet, t.range.rect, `borders.${t.side}.${prop}`, v),
  };
}

defineProxy<{ range: RangeTarget; side: string }>(RangeBorderProxy, {
  typeName: "RangeBorder",
  navs: [],
  props: {
    sideIndex: { get: (t) => t.side },
    style: borderProp("style", "None"),
    color: borderProp("color", "#000000"),
    weight: borderProp("weight", "Thin"),
  },
});

export class RangeBordersProxy extends ProxyBase<RangeTarget> {
  getItem(index: string): RangeBorderProxy {
    return this._child(RangeBorderProxy, (t) => ({ range: t, side: index }));
  }
}

defineProxy<RangeTarget>(RangeBordersProxy, { typeName: "RangeBorderCollection", navs: [], props: {} });
