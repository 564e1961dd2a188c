/**
 * The simulated workbook's state. Everything except cell contents is plain JSON
 * data, so a sync can save it cheaply and restore it when the sync fails.
 */
import type { Rect } from "./address";
import { CellStore } from "./cellStore";

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

/** A format property applied to a rectangle ("font.bold", "fill.color", "wrapText", ...). */
export interface FormatEntry {
  rect: Rect;
  key: string;
  value: unknown;
}

export interface ValidationEntry {
  rect: Rect;
  rule: Record<string, unknown>;
  errorAlert?: Record<string, unknown>;
  prompt?: Record<string, unknown>;
  ignoreBlanks: boolean;
}

export interface ChartModel {
  id: string;
  name: string;
  chartType: string;
  sourceSheetId: string;
  sourceRect: Rect;
  seriesBy: string;
  title: { text: string; visible: boolean };
  legend: { position: string; visible: boolean };
  axes: Record<string, { title?: string; visible?: boolean; numberFormat?: string }>;
  position: { top: number; left: number; width: number; height: number };
  anchor?: { start: string; end?: string };
  style?: number;
}

export type PageLayoutModel = Record<string, unknown> & {
  headersFooters?: Record<string, Record<string, string>>;
};

/** A defined name: either a reference to cells, or other formula text. */
export interface NameModel {
  name: string;
  comment: string;
  visible: boolean;
  ref: { sheetId: string; rect: Rect } | null;
  formula: string;
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: Visibility;
  tabColor: string;
  showGridlines: boolean;
  cells: CellStore;
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  /** numberFormat applied to whole columns; cells without their own format use it. */
  columnFormats: Record<number, string>;
  frozenRows: number;
  frozenColumns: number;
  formats: FormatEntry[];
  merges: Rect[];
  validations: ValidationEntry[];
  charts: ChartModel[];
  pageLayout: PageLayoutModel;
  names: NameModel[];
  selection: Rect;
  /** A selection getSelectedRange can't return: several areas (Ctrl+click) or a chart. Cleared by any cell selection. */
  specialSelection?: { kind: "areas"; address: string } | { kind: "chart"; name: string };
}

export interface TableModel {
  id: string;
  name: string;
  sheetId: string;
  /** Header row included. */
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  style: string;
  columnIds: number[];
  nextColumnId: number;
  /** Calculated-column formula per column, or null. */
  calculated: (string | null)[];
  /** An applied filter (column index within the table, values shown), or null/absent. */
  filter?: { column: number; values: string[] } | null;
}

export interface SettingModel {
  key: string;
  json: string;
}

export interface CustomXmlPartModel {
  id: string;
  xml: string;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  tables: TableModel[];
  settings: SettingModel[];
  names: NameModel[];
  customXmlParts: CustomXmlPartModel[];
  activeSheetId: string;
  counters: { sheet: number; table: number; chart: number; xml: number };
}

export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export function guid(kind: number, n: number): string {
  const hex = n.toString(16).toUpperCase().padStart(12, "0");
  return `{${kind.toString(16).toUpperCase().padStart(8, "0")}-0001-4000-8000-${hex}}`;
}

export function newSheet(id: string, name: string): SheetModel {
  return {
    id,
    name,
    visibility: "Visible",
    tabColor: "",
    showGridlines: true,
    cells: new CellStore(),
    columnWidths: {},
    rowHeights: {},
    columnFormats: {},
    frozenRows: 0,
    frozenColumns: 0,
    formats: [],
    merges: [],
    validations: [],
    charts: [],
    pageLayout: {},
    names: [],
    selection: { row: 0, col: 0, rows: 1, cols: 1 },
  };
}

export function emptyWorkbook(): WorkbookModel {
  const first = newSheet(guid(1, 1), "Sheet1");
  return {
    sheets: [first],
    tables: [],
    settings: [],
    names: [],
    customXmlParts: [],
    activeSheetId: first.id,
    counters: { sheet: 1, table: 0, chart: 0, xml: 0 },
  };
}

function jsonClone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Saves everything but the cell stores (those are journaled row by row). */
export function saveMeta(model: WorkbookModel): WorkbookModel {
  return {
    ...jsonClone({ ...model, sheets: [] }),
    sheets: model.sheets.map((sheet) => ({ ...jsonClone({ ...sheet, cells: null }), cells: sheet.cells })),
  };
}

export function restoreMeta(model: WorkbookModel, saved: WorkbookModel): void {
  Object.assign(model, saved);
}

export function findSheetById(model: WorkbookModel, id: string): SheetModel | undefined {
  return model.sheets.find((s) => s.id === id);
}

export function findSheetByName(model: WorkbookModel, name: string): SheetModel | undefined {
  const lower = name.toLowerCase();
  return model.sheets.find((s) => s.name.toLowerCase() === lower);
}

export function findTable(model: WorkbookModel, name: string): TableModel | undefined {
  const lower = name.toLowerCase();
  return model.tables.find((t) => t.name.toLowerCase() === lower || t.id === name);
}

export function tablesOnSheet(model: WorkbookModel, sheetId: string): TableModel[] {
  return model.tables.filter((t) => t.sheetId === sheetId);
}
