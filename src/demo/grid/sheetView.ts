/**
 * What the demo grid needs to draw one sheet, derived from a workbook snapshot
 * and the sheet's evaluated values: per-cell text, alignment and style, column
 * widths, frozen rows, table styling and the selection.
 */
import { cellAddress, columnLetters, parseAddress, type Rect } from "../../simulator/address";
import type { CellValue, WorkbookSnapshot } from "../../simulator";
import { cellText, dateInputText } from "./cellText";
import { chartData, type ChartData } from "./chartData";

/** Excel's default column width and the point-to-pixel ratio at 96 dpi. */
const DEFAULT_WIDTH_POINTS = 48;
const PIXELS_PER_POINT = 4 / 3;
/** Rows and columns shown past the last used cell, so the sheet reads as a sheet. */
const SPARE_ROWS = 30;
const SPARE_COLUMNS = 4;
const MIN_ROWS = 40;
const MIN_COLUMNS = 12;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  color?: string;
  background?: string;
  fontSize?: number;
  wrap?: boolean;
}

export interface CellView {
  readonly address: string;
  readonly text: string;
  readonly align: "left" | "right" | "center";
  readonly style: CellStyle;
  /** What the formula bar shows: the formula, or the value as typed. */
  readonly input: string;
}

export interface ChartView {
  readonly id: string;
  readonly title: string;
  readonly chartType: string;
  readonly data: ChartData;
  /** Cells the chart covers (zero-based, inclusive); from its anchor, or estimated from its position in points. */
  readonly cells: { readonly firstRow: number; readonly firstCol: number; readonly lastRow: number; readonly lastCol: number };
}

export interface SheetView {
  readonly sheetName: string;
  readonly rowCount: number;
  readonly columnCount: number;
  /** The last column holding data (0-based): Tab there leaves the grid instead of moving on. */
  readonly lastUsedColumn: number;
  readonly frozenRows: number;
  readonly columnWidths: readonly number[];
  readonly selection: Rect;
  /** The selection's top-left cell, where typing goes. */
  readonly activeAddress: string;
  readonly charts: readonly ChartView[];
  /** Merged areas: the top-left cell shows its text across the whole area. */
  readonly merges: readonly Rect[];
  cell(row: number, col: number): CellView;
}

type Values = readonly (readonly (CellValue | "")[])[];

/** An anchor cell as the simulator records it: "B30", or "R30C2" when a Range was passed. */
function anchorCell(text: string | undefined): { row: number; col: number } | null {
  if (!text) return null;
  const rc = /^R(\d+)C(\d+)$/.exec(text);
  if (rc) return { row: Number(rc[1]) - 1, col: Number(rc[2]) - 1 };
  const rect = safeRect(text);
  return rect ? { row: rect.row, col: rect.col } : null;
}

interface FormatRule {
  readonly rect: Rect;
  readonly key: string;
  readonly value: unknown;
}

interface TableStyleRegion {
  readonly rect: Rect;
  readonly showHeaders: boolean;
  readonly banded: boolean;
}

const HORIZONTAL: Readonly<Record<string, CellView["align"]>> = { Left: "left", Right: "right", Center: "center" };

function contains(rect: Rect, row: number, col: number): boolean {
  return row >= rect.row && row < rect.row + rect.rows && col >= rect.col && col < rect.col + rect.cols;
}

function safeRect(address: string): Rect | null {
  try {
    return parseAddress(address).rect;
  } catch {
    return null;
  }
}

/** The value as a user would type it back: numbers plain, booleans TRUE/FALSE. */
function inputText(value: CellValue | "" | undefined): string {
  if (value === undefined || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/**
 * `valuesOf` reads another sheet's evaluated values, for charts whose source is
 * on a different sheet.
 */
export function buildSheetView(
  snapshot: WorkbookSnapshot,
  sheetName: string,
  values: Values,
  valuesOf: (sheet: string) => Values = () => [],
): SheetView {
  const sheet = snapshot.sheets.find((candidate) => candidate.name === sheetName);
  if (!sheet) throw new Error(`The workbook has no sheet named "${sheetName}".`);

  const selection = safeRect(sheet.selection) ?? { row: 0, col: 0, rows: 1, cols: 1 };
  const tables: TableStyleRegion[] = snapshot.tables
    .filter((table) => table.sheet === sheetName)
    .flatMap((table) => {
      const rect = safeRect(table.address);
      return rect ? [{ rect, showHeaders: table.showHeaders, banded: table.showBandedRows }] : [];
    });
  const formats: FormatRule[] = sheet.formats.flatMap((format) => {
    const rect = safeRect(format.address);
    return rect ? [{ rect, key: format.key, value: format.value }] : [];
  });

  const charts: ChartView[] = sheet.charts.map((chart) => {
    let sourceSheet = sheetName;
    let sourceRect: Rect | null = null;
    try {
      const parsed = parseAddress(chart.source);
      sourceSheet = parsed.sheet ?? sheetName;
      sourceRect = parsed.rect;
    } catch {
      sourceRect = null;
    }
    const sourceValues = sourceSheet === sheetName ? values : valuesOf(sourceSheet);
    const source = sourceRect
      ? Array.from({ length: sourceRect.rows }, (_, r) =>
          Array.from({ length: sourceRect.cols }, (_, c) => sourceValues[sourceRect.row + r]?.[sourceRect.col + c] ?? ""),
        )
      : [];
    const start = anchorCell(chart.anchor?.start);
    const end = anchorCell(chart.anchor?.end);
    const firstRow = start?.row ?? Math.round(chart.position.top / 15);
    const firstCol = start?.col ?? Math.round(chart.position.left / DEFAULT_WIDTH_POINTS);
    return {
      id: chart.id,
      title: chart.title.visible ? chart.title.text : "",
      chartType: chart.chartType,
      data: chartData(source),
      cells: {
        firstRow,
        firstCol,
        lastRow: end?.row ?? firstRow + Math.max(1, Math.round(chart.position.height / 15)) - 1,
        lastCol: end?.col ?? firstCol + Math.max(1, Math.round(chart.position.width / DEFAULT_WIDTH_POINTS)) - 1,
      },
    };
  });

  let usedRows = values.length;
  let usedColumns = values.reduce((max, row) => Math.max(max, row.length), 0);
  for (const table of tables) {
    usedRows = Math.max(usedRows, table.rect.row + table.rect.rows);
    usedColumns = Math.max(usedColumns, table.rect.col + table.rect.cols);
  }
  for (const chart of charts) {
    usedRows = Math.max(usedRows, chart.cells.lastRow + 1);
    usedColumns = Math.max(usedColumns, chart.cells.lastCol + 1);
  }
  const rowCount = Math.max(MIN_ROWS, usedRows + SPARE_ROWS, selection.row + selection.rows + 5);
  const columnCount = Math.max(MIN_COLUMNS, usedColumns + SPARE_COLUMNS, selection.col + selection.cols + 2);
  const columnWidths = Array.from({ length: columnCount }, (_, col) => {
    const points = sheet.columnWidths[columnLetters(col)] ?? DEFAULT_WIDTH_POINTS;
    return Math.max(8, Math.round(points * PIXELS_PER_POINT));
  });

  const styleAt = (row: number, col: number): { style: CellStyle; align?: CellView["align"] } => {
    const style: CellStyle = {};
    let align: CellView["align"] | undefined;
    for (const table of tables) {
      if (!contains(table.rect, row, col)) continue;
      const headerRow = table.showHeaders ? table.rect.row : -1;
      if (row === headerRow) {
        style.bold = true;
        style.color = "#FFFFFF";
        style.background = "#4472C4";
      } else if (table.banded && (row - table.rect.row - (table.showHeaders ? 1 : 0)) % 2 === 0) {
        style.background = "#D9E1F2";
      }
    }
    // Later entries win, as in the simulator.
    for (const format of formats) {
      if (!contains(format.rect, row, col) || format.value === null || format.value === undefined) continue;
      switch (format.key) {
        case "font.bold":
          style.bold = Boolean(format.value);
          break;
        case "font.italic":
          style.italic = Boolean(format.value);
          break;
        case "font.color":
          style.color = String(format.value);
          break;
        case "fill.color":
          style.background = String(format.value);
          break;
        case "font.size":
          style.fontSize = Number(format.value);
          break;
        case "wrapText":
          style.wrap = Boolean(format.value);
          break;
        case "horizontalAlignment":
          align = HORIZONTAL[String(format.value)] ?? align;
          break;
      }
    }
    return { style, align };
  };

  return {
    sheetName,
    rowCount,
    columnCount,
    lastUsedColumn: Math.max(0, usedColumns - 1),
    frozenRows: Math.min(sheet.frozenRows, rowCount),
    columnWidths,
    selection,
    activeAddress: cellAddress(selection.row, selection.col),
    charts,
    merges: sheet.merges.flatMap((address) => {
      const rect = safeRect(address);
      return rect ? [rect] : [];
    }),
    cell(row: number, col: number): CellView {
      const address = cellAddress(row, col);
      const stored = sheet.cells[address];
      const value = values[row]?.[col];
      const numberFormat = stored?.numberFormat ?? sheet.columnFormats[columnLetters(col)] ?? "General";
      const shown = cellText(value === "" ? null : value, numberFormat);
      const { style, align } = styleAt(row, col);
      return {
        address,
        text: shown.text,
        align: align ?? shown.align,
        style,
        input: stored?.formula ?? dateInputText(value === "" ? null : value, numberFormat) ?? inputText(value),
      };
    },
  };
}
