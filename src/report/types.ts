/** The report as data: what the adapter writes, and what the tests inspect. */
import type { Language } from "../schema";

/** A literal (text or number), or a formula (which starts with "=") when the cell says so. */
export type CellContent = string | number;

export interface ReportCell {
  readonly address: string;
  /** A formula the layout composed, or the exact value the cell holds (the adapter neutralises literals). */
  readonly content: CellContent;
  /** Only layout-composed formulas are formulas: a literal that looks like one (an imported agency "=HYPERLINK(…)") is text. */
  readonly isFormula: boolean;
}

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points. */
  readonly size?: number;
  /** Font colour, #RRGGBB. */
  readonly color?: string;
  /** Fill colour, #RRGGBB. */
  readonly fill?: string;
  readonly horizontalAlignment?: "Left" | "Center" | "Right";
  readonly wrapText?: boolean;
}

export interface StyledRange {
  readonly range: string;
  readonly style: CellStyle;
}

export interface NumberFormatRange {
  readonly range: string;
  readonly format: string;
}

/**
 * Room left empty below and to the right of a spilling formula. Anything in the
 * way makes Excel show #SPILL!, so these sizes are documented in the README.
 */
export interface SpillArea {
  readonly anchor: string;
  readonly description: string;
  /** Rows the spill may use, including a pivot's header and total rows. */
  readonly maxRows: number;
  readonly maxColumns: number | null;
}

export interface ReportChart {
  /** Stable id, also the chart's name in the workbook. */
  readonly name: string;
  /** Excel.ChartType value. */
  readonly type: "ColumnClustered" | "BarClustered" | "Pie";
  readonly title: string;
  /** Source range including its header row; series are in columns. */
  readonly source: string;
  /** Cell range the chart covers. */
  readonly position: string;
}

export interface ReportPageSetup {
  readonly orientation: "Landscape";
  readonly paperSize: "A4";
  readonly fitToPagesWide: 1;
  /** 0 = as many pages tall as needed. */
  readonly fitToPagesTall: 0;
  readonly centerHeader: string;
  readonly centerFooter: string;
  readonly rightHeader: string;
  /** Rows repeated at the top of every printed page. */
  readonly printTitleRows: string;
  /** The 12 printed columns down to the end note: a pivot spilling wider than the page is cut, not shrunk. */
  readonly printArea: string;
}

export interface ReportName {
  readonly name: string;
  /** Sheet-scoped, so copies of the sheet keep their own period cell. */
  readonly scope: "worksheet";
  readonly address: string;
  readonly comment: string;
}

/** The in-cell rule on the period cell: which forms it takes, said where the officer types. */
export interface PeriodValidation {
  readonly address: string;
  /** Custom rule formula, at most 255 characters (Excel's limit). */
  readonly formula: string;
  readonly title: string;
  readonly message: string;
}

export interface ReportLayout {
  readonly sheetName: string;
  readonly language: Language;
  readonly quarter: string;
  readonly periodName: string;
  readonly periodAddress: string;
  /** The cell that reads the period cell as the canonical quarter (2024-Q3), or #N/A; it alone references the name. */
  readonly periodReadingAddress: string;
  /** Cells whose formulas turn the period into dates and ranges (each reads the period reading cell). */
  readonly periodDerivedAddresses: readonly string[];
  /** The live line that says when figures are incomplete and where to look. */
  readonly statusAddress: string;
  readonly periodValidation: PeriodValidation;
  /** Every non-empty cell, row by row. */
  readonly cells: readonly ReportCell[];
  /** The rectangle that holds every written cell: one block for the adapter to write. */
  readonly usedRange: string;
  readonly numberFormats: readonly NumberFormatRange[];
  readonly styles: readonly StyledRange[];
  readonly merges: readonly string[];
  /** Column letter → width in points. */
  readonly columnWidths: Readonly<Record<string, number>>;
  readonly spills: readonly SpillArea[];
  readonly charts: readonly ReportChart[];
  readonly names: readonly ReportName[];
  readonly pageSetup: ReportPageSetup;
  /** KPI cells by meaning, for tests and the task pane's result message. */
  readonly kpis: Readonly<Record<KpiKey, string>>;
  /** New-agreement count cells, one per Instrument (enum value → address). */
  readonly instrumentCells: readonly { readonly instrument: string; readonly address: string }[];
  /** New-agreement count cells, one per Category; the category-mix chart plots them. */
  readonly categoryCells: readonly { readonly category: string; readonly address: string }[];
  /** The progress blocks (7-8); every address is null, and `notice` says why, without a Progress table. */
  readonly progress: ReportProgressCells;
}

export interface ReportProgressCells {
  /** Realized in the quarter, one cell per Category. */
  readonly categoryCells: readonly { readonly category: string; readonly address: string }[] | null;
  readonly totalCell: string | null;
  /** COMMIT.PROGRESSPIVOT by partner country, spilling. */
  readonly countryPivot: string | null;
  /** SORT(FILTER()) of the quarter's progress records, spilling. */
  readonly list: string | null;
  readonly notice: string | null;
}

export type KpiKey =
  | "newAgreements"
  | "exportQuarter"
  | "exportYtd"
  | "investmentQuarter"
  | "investmentYtd"
  | "jobsQuarter"
  | "realizationYtd"
  | "realizationCumulative";
