/** Excel.Chart (the parts a report needs): type, source, title, legend, axis titles, position. */
import { invalidArgument, itemNotFound } from "./errors";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, findSheetById, guid, type ChartModel, type SheetModel } from "./model";
import { CollectionProxy, defineProxy, ProxyBase, type Exec, type PropDef } from "./proxy";
import { RangeProxy } from "./range";
import { rangeFromAddress } from "./rangeTarget";

export interface ChartTarget {
  readonly sheet: SheetModel;
  readonly chart: ChartModel;
}

function offsetTop(sheet: SheetModel, row: number): number {
  let top = 0;
  for (let r = 0; r < row; r++) top += sheet.rowHeights[r] ?? DEFAULT_ROW_HEIGHT;
  return top;
}

function offsetLeft(sheet: SheetModel, col: number): number {
  let left = 0;
  for (let c = 0; c < col; c++) left += sheet.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH;
  return left;
}

function cellArg(arg: unknown, sheet: SheetModel, exec: Exec): { row: number; col: number; rows: number; cols: number; address: string } {
  if (arg instanceof RangeProxy) {
    const t = arg._target(exec);
    if (!t) throw invalidArgument("Chart.setPosition: null range");
    return { ...t.rect, address: `${t.rect.col}:${t.rect.row}` };
  }
  if (typeof arg === "string") {
    const rect = rangeFromAddress(exec.engine.model, sheet, arg).rect;
    return { ...rect, address: arg };
  }
  throw invalidArgument("Chart.setPosition needs a Range or an address");
}

function position(key: "top" | "left" | "width" | "height"): PropDef<ChartTarget> {
  return {
    get: (t) => t.chart.position[key],
    set: (t, v) => {
      t.chart.position[key] = Number(v);
    },
  };
}

export class ChartProxy extends ProxyBase<ChartTarget> {
  get title(): ChartTitleProxy {
    return this._nav("title", () => new ChartTitleProxy(this.context, (x) => this._target(x)));
  }

  get legend(): ChartLegendProxy {
    return this._nav("legend", () => new ChartLegendProxy(this.context, (x) => this._target(x)));
  }

  get axes(): ChartAxesProxy {
    return this._nav("axes", () => new ChartAxesProxy(this.context, (x) => this._target(x)));
  }

  setPosition(startCell: RangeProxy | string, endCell?: RangeProxy | string): void {
    const label = (a: unknown) => (typeof a === "string" ? a : "range");
    this._action("setPosition", [label(startCell), endCell === undefined ? null : label(endCell)], (t, exec) => {
      const start = cellArg(startCell, t.sheet, exec);
      const end = endCell === undefined ? null : cellArg(endCell, t.sheet, exec);
      const top = offsetTop(t.sheet, start.row);
      const left = offsetLeft(t.sheet, start.col);
      t.chart.position.top = top;
      t.chart.position.left = left;
      if (end) {
        t.chart.position.height = offsetTop(t.sheet, end.row + end.rows) - top;
        t.chart.position.width = offsetLeft(t.sheet, end.col + end.cols) - left;
      }
      t.chart.anchor = { start: typeof startCell === "string" ? startCell : `R${start.row + 1}C${start.col + 1}`, ...(end ? { end: typeof endCell === "string" ? endCell : `R${end.row + end.rows}C${end.col + end.cols}` } : {}) };
    });
  }

  setData(sourceData: RangeProxy, seriesBy = "Auto"): void {
    this._action("setData", [seriesBy], (t, exec) => {
      const source = sourceData._target(exec);
      if (!source) throw invalidArgument("Chart.setData: null range");
      t.chart.sourceSheetId = source.sheet.id;
      t.chart.sourceRect = { ...source.rect };
      t.chart.seriesBy = seriesBy;
    });
  }

  delete(): void {
    this._action("delete", [], (t) => {
      t.sheet.charts = t.sheet.charts.filter((c) => c !== t.chart);
    });
  }
}

defineProxy<ChartTarget>(ChartProxy, {
  typeName: "Chart",
  navs: ["title", "legend", "axes"],
  props: {
    id: { get: (t) => t.chart.id },
    name: { get: (t) => t.chart.name, set: (t, v) => { t.chart.name = String(v); } },
    chartType: { get: (t) => t.chart.chartType, set: (t, v) => { t.chart.chartType = String(v); } },
    style: { get: (t) => t.chart.style ?? 2, set: (t, v) => { t.chart.style = Number(v); } },
    top: position("top"),
    left: position("left"),
    width: position("width"),
    height: position("height"),
  },
});

export class ChartTitleProxy extends ProxyBase<ChartTarget> {}
defineProxy<ChartTarget>(ChartTitleProxy, {
  typeName: "ChartTitle",
  navs: [],
  props: {
    text: { get: (t) => t.chart.title.text, set: (t, v) => { t.chart.title.text = String(v ?? ""); t.chart.title.visible = true; } },
    visible: { get: (t) => t.chart.title.visible, set: (t, v) => { t.chart.title.visible = Boolean(v); } },
  },
});

export class ChartLegendProxy extends ProxyBase<ChartTarget> {}
defineProxy<ChartTarget>(ChartLegendProxy, {
  typeName: "ChartLegend",
  navs: [],
  props: {
    position: { get: (t) => t.chart.legend.position, set: (t, v) => { t.chart.legend.position = String(v); } },
    visible: { get: (t) => t.chart.legend.visible, set: (t, v) => { t.chart.legend.visible = Boolean(v); } },
  },
});

interface AxisTarget {
  readonly chart: ChartModel;
  readonly axis: string;
}

function axisOf(t: AxisTarget) {
  return (t.chart.axes[t.axis] ??= {});
}

export class ChartAxisTitleProxy extends ProxyBase<AxisTarget> {}
defineProxy<AxisTarget>(ChartAxisTitleProxy, {
  typeName: "ChartAxisTitle",
  navs: [],
  props: {
    text: { get: (t) => t.chart.axes[t.axis]?.title ?? "", set: (t, v) => { axisOf(t).title = String(v ?? ""); } },
    visible: { get: (t) => Boolean(t.chart.axes[t.axis]?.title), set: () => undefined },
  },
});

export class ChartAxisProxy extends ProxyBase<AxisTarget> {
  get title(): ChartAxisTitleProxy {
    return this._nav("title", () => new ChartAxisTitleProxy(this.context, (x) => this._target(x)));
  }
}
defineProxy<AxisTarget>(ChartAxisProxy, {
  typeName: "ChartAxis",
  navs: ["title"],
  props: {
    visible: { get: (t) => t.chart.axes[t.axis]?.visible ?? true, set: (t, v) => { axisOf(t).visible = Boolean(v); } },
    numberFormat: { get: (t) => t.chart.axes[t.axis]?.numberFormat ?? "General", set: (t, v) => { axisOf(t).numberFormat = String(v); } },
  },
});

export class ChartAxesProxy extends ProxyBase<ChartTarget> {
  private _axis(axis: string): ChartAxisProxy {
    return this._nav(axis, () => new ChartAxisProxy(this.context, (x) => {
      const t = this._target(x);
      return t && { chart: t.chart, axis };
    }));
  }

  get categoryAxis(): ChartAxisProxy {
    return this._axis("categoryAxis");
  }

  get valueAxis(): ChartAxisProxy {
    return this._axis("valueAxis");
  }

  get seriesAxis(): ChartAxisProxy {
    return this._axis("seriesAxis");
  }
}
defineProxy<ChartTarget>(ChartAxesProxy, { typeName: "ChartAxes", navs: ["categoryAxis", "valueAxis", "seriesAxis"], props: {} });

export class ChartCollectionProxy extends CollectionProxy<SheetModel, ChartTarget, ChartProxy> {
  protected _list(sheet: SheetModel): ChartTarget[] {
    return sheet.charts.map((chart) => ({ sheet, chart }));
  }

  protected _itemProxy(t: ChartTarget): ChartProxy {
    const { id } = t.chart;
    const sheetId = t.sheet.id;
    return new ChartProxy(this.context, (exec) => {
      const sheet = findSheetById(exec.engine.model, sheetId);
      const chart = sheet?.charts.find((c) => c.id === id);
      if (!sheet || !chart) throw itemNotFound(`chart '${t.chart.name}' no longer exists`);
      return { sheet, chart };
    });
  }

  add(type: string, sourceData: RangeProxy, seriesBy = "Auto"): ChartProxy {
    let createdId: string | undefined;
    this._action("add", [type, seriesBy], (sheet, exec) => {
      const source = sourceData instanceof RangeProxy ? sourceData._target(exec) : null;
      if (!source) throw invalidArgument("ChartCollection.add needs a source Range");
      const model = exec.engine.model;
      model.counters.chart += 1;
      const n = sheet.charts.length + 1;
      let name = `Chart ${n}`;
      for (let k = n; sheet.charts.some((c) => c.name === name); k++) name = `Chart ${k + 1}`;
      const chart: ChartModel = {
        id: guid(3, model.counters.chart),
        name,
        chartType: type,
        sourceSheetId: source.sheet.id,
        sourceRect: { ...source.rect },
        seriesBy,
        title: { text: "", visible: false },
        legend: { position: "Right", visible: true },
        axes: {},
        position: { top: 0, left: 0, width: 360, height: 216 },
      };
      sheet.charts.push(chart);
      createdId = chart.id;
    });
    return this._child(ChartProxy, (sheet) => {
      const chart = sheet.charts.find((c) => c.id === createdId);
      return chart ? { sheet, chart } : null;
    });
  }

  private _find(sheet: SheetModel, name: string): ChartTarget | null {
    const chart = sheet.charts.find((c) => c.name === name || c.id === name);
    return chart ? { sheet, chart } : null;
  }

  getItem(name: string): ChartProxy {
    return this._child(ChartProxy, (sheet) => {
      const found = this._find(sheet, name);
      if (!found) throw itemNotFound(`chart '${name}'`, "ChartCollection.getItem");
      return found;
    });
  }

  getItemOrNullObject(name: string): ChartProxy {
    return this._child(ChartProxy, (sheet) => this._find(sheet, name));
  }

  getItemAt(index: number): ChartProxy {
    return this._child(ChartProxy, (sheet) => {
      const chart = sheet.charts[index];
      if (!chart) throw itemNotFound(`chart at index ${index}`);
      return { sheet, chart };
    });
  }
}

defineProxy<SheetModel>(ChartCollectionProxy, { typeName: "ChartCollection", navs: [], props: { count: { get: (s) => s.charts.length } } });
