/**
 * A JSON-serialisable copy of the whole workbook (the demo keeps it in
 * localStorage). fromSnapshot(snapshot(x)) reproduces x exactly.
 */
import { columnIndex, columnLetters, parseAddress, qualifiedAddress, rectAddress, type Rect } from "./address";
import { CellStore, type CellValue } from "./cellStore";
import { invalidArgument } from "./errors";
import { findSheetById, findSheetByName, newSheet, type ChartModel, type NameModel, type SheetModel, type TableModel, type Visibility, type WorkbookModel } from "./model";
import { nameFormula } from "./names";

export interface CellSnapshot {
  value?: CellValue;
  formula?: string;
  numberFormat?: string;
}

export interface NameSnapshot {
  name: string;
  /** "=Sheet1!$A$1:$B$2" or other formula text. */
  formula: string;
  comment: string;
  visible: boolean;
}

export interface ChartSnapshot extends Omit<ChartModel, "sourceSheetId" | "sourceRect"> {
  /** Qualified source address, "Sheet1!A1:B5". */
  source: string;
}

export interface SheetSnapshot {
  id: string;
  name: string;
  visibility: Visibility;
  tabColor: string;
  showGridlines: boolean;
  /** Sparse cells by address ("B2"), row by row. */
  cells: Record<string, CellSnapshot>;
  /** Column letters → width in points. */
  columnWidths: Record<string, number>;
  /** Row number (1-based) → height in points. */
  rowHeights: Record<string, number>;
  columnFormats: Record<string, string>;
  frozenRows: number;
  frozenColumns: number;
  formats: { address: string; key: string; value: unknown }[];
  merges: string[];
  validations: { address: string; rule: Record<string, unknown>; errorAlert?: Record<string, unknown>; prompt?: Record<string, unknown>; ignoreBlanks: boolean }[];
  charts: ChartSnapshot[];
  pageLayout: Record<string, unknown>;
  names: NameSnapshot[];
  selection: string;
}

export interface TableSnapshot {
  id: string;
  name: string;
  sheet: string;
  /** Header row included, "A1:W101". */
  address: string;
  showHeaders: boolean;
  showTotals: boolean;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  style: string;
  columnIds: number[];
  nextColumnId: number;
  /** Calculated-column formula for each column, or null. */
  calculatedColumns: (string | null)[];
  /** An applied values filter, when there is one. */
  filter?: { column: number; values: string[] };
}

export interface WorkbookSnapshot {
  version: 1;
  activeSheet: string;
  sheets: SheetSnapshot[];
  tables: TableSnapshot[];
  settings: { key: string; value: unknown }[];
  names: NameSnapshot[];
  customXmlParts: { id: string; xml: string }[];
  counters: { sheet: number; table: number; chart: number; xml: number };
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function nameSnapshot(model: WorkbookModel, item: NameModel): NameSnapshot {
  return { name: item.name, formula: nameFormula(model, item), comment: item.comment, visible: item.visible };
}

function cellsSnapshot(cells: CellStore): Record<string, CellSnapshot> {
  const out: Record<string, CellSnapshot> = {};
  const letters: string[] = [];
  for (const r of cells.rowNumbers()) {
    const row = cells.peekRow(r);
    if (!row) continue;
    const width = Math.max(row.v.length, row.f?.length ?? 0, row.nf?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const cell: CellSnapshot = {};
      if (row.f?.[c] !== undefined) cell.formula = row.f[c];
      else if (row.v[c] !== undefined) cell.value = row.v[c];
      if (row.nf?.[c] !== undefined) cell.numberFormat = row.nf[c];
      if (cell.formula !== undefined || cell.value !== undefined || cell.numberFormat !== undefined) {
        out[`${(letters[c] ??= columnLetters(c))}${r + 1}`] = cell;
      }
    }
  }
  return out;
}

function numericKeysSorted<T>(record: Record<number, T>): [number, T][] {
  return Object.entries(record)
    .map(([k, v]) => [Number(k), v] as [number, T])
    .sort((a, b) => a[0] - b[0]);
}

function sheetSnapshot(model: WorkbookModel, sheet: SheetModel): SheetSnapshot {
  return {
    id: sheet.id,
    name: sheet.name,
    visibility: sheet.visibility,
    tabColor: sheet.tabColor,
    showGridlines: sheet.showGridlines,
    cells: cellsSnapshot(sheet.cells),
    columnWidths: Object.fromEntries(numericKeysSorted(sheet.columnWidths).map(([c, w]) => [columnLetters(c), w])),
    rowHeights: Object.fromEntries(numericKeysSorted(sheet.rowHeights).map(([r, h]) => [String(r + 1), h])),
    columnFormats: Object.fromEntries(numericKeysSorted(sheet.columnFormats).map(([c, f]) => [columnLetters(c), f])),
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    formats: sheet.formats.map((f) => ({ address: rectAddress(f.rect), key: f.key, value: clone(f.value ?? null) })),
    merges: sheet.merges.map((m) => rectAddress(m)),
    validations: sheet.validations.map((v) => ({
      address: rectAddress(v.rect),
      rule: clone(v.rule),
      ...(v.errorAlert ? { errorAlert: clone(v.errorAlert) } : {}),
      ...(v.prompt ? { prompt: clone(v.prompt) } : {}),
      ignoreBlanks: v.ignoreBlanks,
    })),
    charts: sheet.charts.map(({ sourceSheetId, sourceRect, ...rest }) => ({
      ...clone(rest),
      source: qualifiedAddress(findSheetById(model, sourceSheetId)?.name ?? sheet.name, sourceRect),
    })),
    pageLayout: clone(sheet.pageLayout),
    names: sheet.names.map((n) => nameSnapshot(model, n)),
    selection: rectAddress(sheet.selection),
  };
}

export function toSnapshot(model: WorkbookModel): WorkbookSnapshot {
  return {
    version: 1,
    activeSheet: findSheetById(model, model.activeSheetId)?.name ?? model.sheets[0].name,
    sheets: model.sheets.map((s) => sheetSnapshot(model, s)),
    tables: model.tables.map((t) => ({
      id: t.id,
      name: t.name,
      sheet: findSheetById(model, t.sheetId)?.name ?? "",
      address: rectAddress(t.rect),
      showHeaders: t.showHeaders,
      showTotals: t.showTotals,
      showBandedRows: t.showBandedRows,
      showBandedColumns: t.showBandedColumns,
      showFilterButton: t.showFilterButton,
      style: t.style,
      columnIds: [...t.columnIds],
      nextColumnId: t.nextColumnId,
      calculatedColumns: [...t.calculated],
      ...(t.filter ? { filter: { column: t.filter.column, values: [...t.filter.values] } } : {}),
    })),
    settings: model.settings.map((s) => ({ key: s.key, value: JSON.parse(s.json) })),
    names: model.names.map((n) => nameSnapshot(model, n)),
    customXmlParts: model.customXmlParts.map((p) => ({ ...p })),
    counters: { ...model.counters },
  };
}

/** Fast path for the plain "B12" keys of snapshot cells (a big snapshot has a million of them). */
function cellKey(address: string): { row: number; col: number } {
  let col = 0;
  let i = 0;
  for (; i < address.length; i++) {
    const code = address.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  const row = Number(address.slice(i));
  if (i === 0 || i > 3 || !Number.isInteger(row) || row < 1) return rect(address);
  return { row: row - 1, col: col - 1 };
}

function rect(address: string): Rect {
  return parseAddress(address).rect;
}

function nameFromSnapshot(model: WorkbookModel, n: NameSnapshot): NameModel {
  let ref: NameModel["ref"] = null;
  try {
    const parsed = parseAddress(n.formula);
    const sheet = parsed.sheet !== undefined ? findSheetByName(model, parsed.sheet) : undefined;
    if (sheet) ref = { sheetId: sheet.id, rect: parsed.rect };
  } catch {
    // Formula text that is not a reference stays as text.
  }
  return { name: n.name, comment: n.comment, visible: n.visible, ref, formula: ref ? "" : n.formula };
}

export function fromSnapshotModel(snapshot: WorkbookSnapshot): WorkbookModel {
  if (!snapshot || snapshot.version !== 1 || !Array.isArray(snapshot.sheets) || snapshot.sheets.length === 0) {
    throw invalidArgument("not a workbook snapshot (version 1 with at least one sheet)");
  }
  const model: WorkbookModel = {
    sheets: [],
    tables: [],
    settings: snapshot.settings.map((s) => ({ key: s.key, json: JSON.stringify(s.value) })),
    names: [],
    customXmlParts: snapshot.customXmlParts.map((p) => ({ ...p })),
    activeSheetId: "",
    counters: { ...snapshot.counters },
  };
  for (const s of snapshot.sheets) {
    const sheet = newSheet(s.id, s.name);
    sheet.visibility = s.visibility;
    sheet.tabColor = s.tabColor;
    sheet.showGridlines = s.showGridlines;
    for (const address of Object.keys(s.cells)) {
      const cell = s.cells[address];
      const { row, col } = cellKey(address);
      if (cell.formula !== undefined || cell.value !== undefined) sheet.cells.setContent(row, col, cell.value, cell.formula);
      if (cell.numberFormat !== undefined) sheet.cells.setNumberFormat(row, col, cell.numberFormat);
    }
    for (const [letters, w] of Object.entries(s.columnWidths)) sheet.columnWidths[columnIndex(letters)] = w;
    for (const [row, h] of Object.entries(s.rowHeights)) sheet.rowHeights[Number(row) - 1] = h;
    for (const [letters, f] of Object.entries(s.columnFormats)) sheet.columnFormats[columnIndex(letters)] = f;
    sheet.frozenRows = s.frozenRows;
    sheet.frozenColumns = s.frozenColumns;
    sheet.formats = s.formats.map((f) => ({ rect: rect(f.address), key: f.key, value: clone(f.value) }));
    sheet.merges = s.merges.map(rect);
    sheet.validations = s.validations.map((v) => ({
      rect: rect(v.address),
      rule: clone(v.rule),
      ...(v.errorAlert ? { errorAlert: clone(v.errorAlert) } : {}),
      ...(v.prompt ? { prompt: clone(v.prompt) } : {}),
      ignoreBlanks: v.ignoreBlanks,
    }));
    sheet.pageLayout = clone(s.pageLayout);
    sheet.selection = rect(s.selection);
    model.sheets.push(sheet);
  }
  snapshot.sheets.forEach((s, i) => {
    const sheet = model.sheets[i];
    sheet.names = s.names.map((n) => nameFromSnapshot(model, n));
    sheet.charts = s.charts.map(({ source, ...rest }) => {
      const parsed = parseAddress(source);
      const sourceSheet = parsed.sheet !== undefined ? findSheetByName(model, parsed.sheet) : sheet;
      return { ...clone(rest), sourceSheetId: (sourceSheet ?? sheet).id, sourceRect: parsed.rect };
    });
  });
  model.names = snapshot.names.map((n) => nameFromSnapshot(model, n));
  for (const t of snapshot.tables) {
    const sheet = findSheetByName(model, t.sheet);
    if (!sheet) throw invalidArgument(`table ${t.name} is on a missing sheet '${t.sheet}'`);
    const table: TableModel = {
      id: t.id,
      name: t.name,
      sheetId: sheet.id,
      rect: rect(t.address),
      showHeaders: t.showHeaders,
      showTotals: t.showTotals,
      showBandedRows: t.showBandedRows,
      showBandedColumns: t.showBandedColumns,
      showFilterButton: t.showFilterButton,
      style: t.style,
      columnIds: [...t.columnIds],
      nextColumnId: t.nextColumnId,
      calculated: [...t.calculatedColumns],
      filter: t.filter ? { column: t.filter.column, values: [...t.filter.values] } : null,
    };
    model.tables.push(table);
  }
  const active = findSheetByName(model, snapshot.activeSheet) ?? model.sheets[0];
  model.activeSheetId = active.id;
  return model;
}
