/**
 * The built-in quarterly report, as data. One structure, one label table: the
 * Korean and English sheets differ only in their text.
 *
 * Every figure is a live formula that depends on ONE named cell, `ReportPeriod`
 * (sheet-scoped, holding e.g. "2024-Q3" or "2024년 3분기"). One visible reading cell
 * folds it into the canonical quarter (periodFormulas.ts); the quarter's dates, the
 * next quarter and every COMMIT criterion read that cell, so typing another quarter
 * into the period cell re-targets the whole sheet. No formula formats a date as
 * text: criteria pass the period itself ("Signed=2024-Q3").
 *
 * Literals (labels, the agency) and formulas are separate in the layout: only
 * formulas composed here are written as formulas; the adapter writes every literal
 * through the neutraliser, so imported text never runs.
 *
 * The two lists (agreements signed in the quarter, follow-ups due next quarter)
 * use native FILTER/SORT. They need Excel 2021 or Microsoft 365 - but so does
 * COMMIT.PIVOT, which spills, and the add-in's shared runtime. Writing the lists
 * as values would go stale the moment a row is edited, and an officer expects
 * the printed sheet to match the table.
 */
import {
  CATEGORIES,
  resolveHeaders,
  serialToIso,
  timestampToSerialKst,
  type ColumnKey,
  type Language,
} from "../schema";
import { cellAddress, columnLetter, rangeAddress } from "./a1";
import { LayoutBuilder, abs, str } from "./layoutBuilder";
import { REPORT_LABELS, type ReportLabelKey } from "./labels";
import { FORMAT, STYLE } from "./layoutStyle";
import { FOLLOW_UP_COLUMNS, SIGNED_LIST_COLUMNS, addList, type ListSpec } from "./listBlocks";
import { statusLineFormula } from "./statusLine";
import { addKeyFigures } from "./kpiBlock";
import { addProgressBlock, progressTableArgument, type ReportProgressTable } from "./progressBlock";
import { canonicalQuarterFormula, periodValidationFormula } from "./periodFormulas";
import { formatQuarter, parseQuarter, quarterLabel, reportSheetName, type Quarter } from "./quarters";
import type { ReportChart, ReportLayout, ReportName, SpillArea } from "./types";

export interface ReportLayoutOptions {
  /** "2024-Q3". */
  readonly quarter: string;
  readonly language: Language;
  /** Shown in the title block and the print header, e.g. 창원시. */
  readonly agency: string;
  /** Usually "Commitments". */
  readonly tableName: string;
  /** The table's header row as it is in the workbook (Korean or English). */
  readonly tableHeaders: readonly string[];
  /** The Progress table (schema 2), or null when the workbook has none (schema 1): the block says so. */
  readonly progress?: ReportProgressTable | null;
  readonly generatedAt: Date;
}

export const PERIOD_NAME = "ReportPeriod";

/** The page is 12 columns wide: A holds labels, B-L figures. */
const LAST_COLUMN = 12;

/** Rows of the sheet; each block starts where the previous one's reserved room ends. */
export const REPORT_ROWS = {
  title: 1,
  agency: 2,
  period: 4,
  quarterRange: 5,
  nextQuarter: 6,
  /** The live line that says when figures are incomplete. */
  status: 7,
  kpiSection: 8,
  kpiHeader: 9,
  kpiFirst: 10,
  /** The note under the key figures ("–" explained). */
  kpiNote: 18,
  exportPivotSection: 19,
  exportPivot: 20,
  investmentPivotSection: 38,
  investmentPivot: 39,
  chartSection: 52,
  chartTop: 53,
  chartBottom: 70,
  signedListSection: 72,
  signedListHeader: 73,
  signedList: 74,
  followUpSection: 115,
  followUpHeader: 116,
  followUp: 117,
  progressSection: 148,
  /** Category header and the country pivot's anchor (D); categories and their total below. */
  progressHeader: 149,
  progressFirstCategory: 150,
  progressListSection: 162,
  progressListHeader: 163,
  progressList: 164,
  /** Closes the sheet, so every spill lies inside the used range (and the print area). */
  endNote: 205,
} as const;

/** Spill room (rows include the header and total rows of a pivot). */
export const SPILL_ROOM = {
  exportPivotRows: REPORT_ROWS.investmentPivotSection - 1 - REPORT_ROWS.exportPivot, // 17: up to 15 products
  investmentPivotRows: REPORT_ROWS.chartSection - 1 - REPORT_ROWS.investmentPivot, // 12: up to 10 countries
  signedListRows: REPORT_ROWS.followUpSection - 1 - REPORT_ROWS.signedList, // 40 agreements
  followUpRows: REPORT_ROWS.progressSection - 1 - REPORT_ROWS.followUp, // 30 follow-ups
  progressCountryRows: REPORT_ROWS.progressListSection - 1 - REPORT_ROWS.progressHeader, // 12: up to 10 countries
  progressListRows: REPORT_ROWS.endNote - 1 - REPORT_ROWS.progressList, // 40 records
  /** Pivot columns before the spill leaves the printed width (label + 10 values + total). */
  pivotColumns: LAST_COLUMN,
} as const;

/** Escapes a column header for a structured reference: [ ] # ' take a leading '. */
export function structuredColumn(tableName: string, header: string): string {
  return `${tableName}[[${header.replace(/(['#[\]])/g, "'$1")}]]`;
}

/**
 * The table argument of every COMMIT call: header and body, never a shown Total Row
 * (`Table[#All]` would count the totals as a commitment: issue 10, item 4).
 */
export function tableArgument(tableName: string): string {
  return `${tableName}[[#Headers],[#Data]]`;
}

/** Print header/footer text: a literal & must be doubled. */
function headerText(text: string): string {
  return text.replace(/&/g, "&&");
}

/**
 * The print header, which Excel cannot compute from a cell: the host rewrites it
 * whenever the sheet is renamed for, or frozen at, the quarter it shows.
 */
export function reportPrintHeader(agency: string, quarter: Quarter, language: Language): { centerHeader: string; rightHeader: string } {
  return {
    centerHeader: `&B${headerText(`${agency} ${REPORT_LABELS.title[language]}`.trim())}&B`,
    rightHeader: headerText(quarterLabel(quarter, language)),
  };
}

function formatGeneratedDate(at: Date): string {
  return serialToIso(Math.floor(timestampToSerialKst(at.getTime())));
}

export function buildReportLayout(options: ReportLayoutOptions): ReportLayout {
  const { language, tableName, agency } = options;
  const quarter = parseQuarter(options.quarter);
  const label = (key: ReportLabelKey) => REPORT_LABELS[key][language];
  const headers = resolveHeaders(options.tableHeaders, {
    require: [...new Set<ColumnKey>([...SIGNED_LIST_COLUMNS, ...FOLLOW_UP_COLUMNS])],
  });
  const column = (key: ColumnKey) => structuredColumn(tableName, String(options.tableHeaders[headers.indexOf[key]!]));
  const table = tableArgument(tableName);
  const b = new LayoutBuilder();
  const R = REPORT_ROWS;
  const fullWidth = (row: number) => rangeAddress(row, 1, row, LAST_COLUMN);

  // Title block. The agency comes from the data: a literal, never a formula.
  b.value(R.title, 1, label("title"));
  b.merge(fullWidth(R.title));
  b.style(fullWidth(R.title), STYLE.title);
  b.value(R.agency, 1, agency);
  b.merge(rangeAddress(R.agency, 1, R.agency, 3));
  b.style(rangeAddress(R.agency, 1, R.agency, 3), STYLE.subtitle);

  // The period cell, and the one cell that reads it (the only formula naming ReportPeriod).
  b.value(R.period, 1, label("periodCell"));
  b.style(cellAddress(R.period, 1), STYLE.label);
  const periodAddress = b.value(R.period, 2, formatQuarter(quarter));
  b.format(periodAddress, FORMAT.text);
  b.style(periodAddress, STYLE.input);
  const reading = b.formula(R.period, 3, canonicalQuarterFormula(PERIOD_NAME));
  b.style(reading, { ...STYLE.hint, size: 10, horizontalAlignment: "Center" });
  b.value(R.period, 4, label("periodHint"));
  b.merge(rangeAddress(R.period, 4, R.period, LAST_COLUMN));
  b.style(rangeAddress(R.period, 4, R.period, LAST_COLUMN), STYLE.hint);
  const Q = abs(reading);

  b.formula(
    R.agency,
    4,
    `=LEFT(${Q},4)&${str(label("periodCaptionAfterYear"))}&RIGHT(${Q},1)&${str(label("periodCaptionAfterQuarter"))}`,
  );
  b.merge(rangeAddress(R.agency, 4, R.agency, 6));
  b.style(rangeAddress(R.agency, 4, R.agency, 6), STYLE.subtitle);
  b.value(R.agency, 10, `${label("generatedOn")} ${formatGeneratedDate(options.generatedAt)}`);
  b.merge(rangeAddress(R.agency, 10, R.agency, LAST_COLUMN));
  b.style(rangeAddress(R.agency, 10, R.agency, LAST_COLUMN), { ...STYLE.right, ...STYLE.hint, size: 10 });

  // Dates derived from the reading cell: numbers formatted as dates, never TEXT() (regional settings).
  const year = `LEFT(${Q},4)`;
  const q = `RIGHT(${Q},1)`;
  b.value(R.quarterRange, 1, label("quarterRange"));
  const quarterStart = b.formula(R.quarterRange, 2, `=DATE(${year},${q}*3-2,1)`);
  const quarterEnd = b.formula(R.quarterRange, 3, `=DATE(${year},${q}*3+1,0)`);
  b.value(R.quarterRange, 5, label("yearToDate"));
  const ytdStart = b.formula(R.quarterRange, 6, `=DATE(${year},1,1)`);
  const ytdEnd = b.formula(R.quarterRange, 7, `=${abs(quarterEnd)}`);
  b.value(R.nextQuarter, 1, label("nextQuarter"));
  const nextStart = b.formula(R.nextQuarter, 2, `=DATE(${year},${q}*3+1,1)`);
  const nextEnd = b.formula(R.nextQuarter, 3, `=DATE(${year},${q}*3+4,0)`);
  const nextLabel = b.formula(R.nextQuarter, 4, `=IF(${q}="4",(${year}+1)&"-Q1",${year}&"-Q"&(${q}+1))`);
  for (const row of [R.quarterRange, R.nextQuarter]) {
    b.style(cellAddress(row, 1), STYLE.label);
    b.style(cellAddress(row, 5), STYLE.label);
  }
  b.format(rangeAddress(R.quarterRange, 2, R.nextQuarter, 3), FORMAT.date);
  b.format(rangeAddress(R.quarterRange, 6, R.quarterRange, 7), FORMAT.date);
  b.style(rangeAddress(R.quarterRange, 2, R.nextQuarter, 4), STYLE.center);
  b.style(rangeAddress(R.quarterRange, 6, R.quarterRange, 7), STYLE.center);
  const periodDerivedAddresses = [quarterStart, quarterEnd, ytdStart, ytdEnd, nextStart, nextEnd, nextLabel];

  // COMMIT criteria take the period text itself ("Signed=2024-Q3" means within it), so no date
  // is ever formatted as text.
  const inQuarter = `"Signed="&${Q}`;

  // 1. Key figures.
  const keyFigures = addKeyFigures(b, {
    language,
    table,
    period: Q,
    year,
    progressTable: options.progress ? progressTableArgument(options.progress.tableName) : null,
    lastColumn: LAST_COLUMN,
    rows: { section: R.kpiSection, header: R.kpiHeader, first: R.kpiFirst, note: R.kpiNote, exportPivot: R.exportPivot },
  });
  const { kpis, instrumentCells, categoryCells, topCountriesRange } = keyFigures;

  // 2-3. Pivots. They spill from their anchor; the room below is kept empty.
  const section = (row: number, key: ReportLabelKey) => {
    b.value(row, 1, label(key));
    b.merge(fullWidth(row));
    b.style(fullWidth(row), STYLE.section);
  };
  section(R.exportPivotSection, "exportPivotSection");
  const exportPivot = b.formula(R.exportPivot, 1, `=COMMIT.PIVOT(${table},"Product","Country",,${Q},"Category=Export")`);
  b.format(rangeAddress(R.exportPivot, 2, R.exportPivot + SPILL_ROOM.exportPivotRows - 1, LAST_COLUMN), FORMAT.krw);
  b.style(fullWidth(R.exportPivot), STYLE.header);
  section(R.investmentPivotSection, "investmentPivotSection");
  const investmentPivot = b.formula(R.investmentPivot, 1, `=COMMIT.PIVOT(${table},"Country","Sector",,${Q},"Category=Investment")`);
  b.format(
    rangeAddress(R.investmentPivot, 2, R.investmentPivot + SPILL_ROOM.investmentPivotRows - 1, LAST_COLUMN),
    FORMAT.krw,
  );
  b.style(fullWidth(R.investmentPivot), STYLE.header);

  // 4. Charts.
  section(R.chartSection, "chartSection");
  const charts: ReportChart[] = [
    {
      name: "ReportExportsByCountry",
      type: "ColumnClustered",
      title: label("exportsByCountryChart"),
      source: topCountriesRange,
      position: rangeAddress(R.chartTop, 1, R.chartBottom, 6),
    },
    {
      name: "ReportCategoryMix",
      type: "Pie",
      title: label("categoryMixChart"),
      source: rangeAddress(R.kpiHeader, 4, R.kpiFirst + CATEGORIES.length - 1, 5),
      position: rangeAddress(R.chartTop, 7, R.chartBottom, LAST_COLUMN),
    },
  ];

  // 5-6. Lists.
  const list = (spec: ListSpec) => addList(b, spec, { language, column, section });
  const status = column("status");
  const notCancelled = `(${status}<>"취소")*(${status}<>"Cancelled")`;
  const signedList = list({
    sectionRow: R.signedListSection,
    sectionKey: "signedListSection",
    headerRow: R.signedListHeader,
    anchorRow: R.signedList,
    formattedRows: SPILL_ROOM.signedListRows,
    keys: SIGNED_LIST_COLUMNS,
    condition: `(${column("signed")}>=${abs(quarterStart)})*(${column("signed")}<=${abs(quarterEnd)})*${notCancelled}`,
  });
  const followUpList = list({
    sectionRow: R.followUpSection,
    sectionKey: "followUpSection",
    headerRow: R.followUpHeader,
    anchorRow: R.followUp,
    formattedRows: SPILL_ROOM.followUpRows,
    keys: FOLLOW_UP_COLUMNS,
    condition: `(${column("due")}>=${abs(nextStart)})*(${column("due")}<=${abs(nextEnd)})*(${status}<>"완료")*(${status}<>"Completed")*${notCancelled}`,
  });

  // 7-8. Progress in the quarter.
  const progress = addProgressBlock(
    b,
    {
      section: R.progressSection,
      header: R.progressHeader,
      firstCategory: R.progressFirstCategory,
      countryColumn: 4,
      countryRows: SPILL_ROOM.progressCountryRows,
      listSection: R.progressListSection,
      listHeader: R.progressListHeader,
      list: R.progressList,
      listRows: SPILL_ROOM.progressListRows,
    },
    options.progress ?? null,
    { language, lastColumn: LAST_COLUMN, commitments: table, period: Q, quarterStart: abs(quarterStart), quarterEnd: abs(quarterEnd), section },
  );

  const spills: SpillArea[] = [
    { anchor: exportPivot, description: "exportPivot", maxRows: SPILL_ROOM.exportPivotRows, maxColumns: null },
    { anchor: investmentPivot, description: "investmentPivot", maxRows: SPILL_ROOM.investmentPivotRows, maxColumns: null },
    { anchor: signedList, description: "signedList", maxRows: SPILL_ROOM.signedListRows, maxColumns: SIGNED_LIST_COLUMNS.length },
    { anchor: followUpList, description: "followUpList", maxRows: SPILL_ROOM.followUpRows, maxColumns: FOLLOW_UP_COLUMNS.length },
    ...progress.spills,
  ];

  // The live status line under the period block: blank when every figure computed, else what
  // is incomplete and where to look.
  const statusFormula = statusLineFormula(language, Q, [
    { label: "statusKpi", refs: keyFigures.statusRefs },
    { label: "statusExports", refs: exportPivot },
    { label: "statusInvestment", refs: investmentPivot },
    { label: "statusSigned", refs: signedList },
    { label: "statusFollowUp", refs: followUpList },
    ...progress.statusRefs,
  ], `COMMIT.COUNT(${table},"Amount (KRW)=","Amount<>","Currency<>KRW",${inQuarter})`);
  const statusAddress = b.formula(R.status, 1, statusFormula);
  b.merge(fullWidth(R.status));
  b.style(fullWidth(R.status), STYLE.warning);

  b.value(R.endNote, 1, label("spillNote"));
  b.merge(fullWidth(R.endNote));
  b.style(fullWidth(R.endNote), STYLE.hint);

  const names: ReportName[] = [
    {
      name: PERIOD_NAME,
      scope: "worksheet",
      address: periodAddress,
      comment: label("periodHint"),
    },
  ];

  const columnWidths: Record<string, number> = { A: 120 };
  for (let c = 2; c <= LAST_COLUMN; c++) columnWidths[columnLetter(c)] = 92;

  const cells = b.orderedCells();
  return {
    sheetName: reportSheetName(quarter, language),
    language,
    quarter: formatQuarter(quarter),
    periodName: PERIOD_NAME,
    periodAddress,
    periodReadingAddress: reading,
    periodDerivedAddresses,
    statusAddress,
    periodValidation: {
      address: periodAddress,
      formula: periodValidationFormula(periodAddress),
      title: label("periodRuleTitle"),
      message: label("periodRuleMessage"),
    },
    cells,
    usedRange: rangeAddress(1, 1, b.bottomRow(), LAST_COLUMN),
    numberFormats: b.numberFormats,
    styles: b.styles,
    merges: b.merges,
    columnWidths,
    spills,
    charts,
    names,
    pageSetup: {
      orientation: "Landscape",
      paperSize: "A4",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      ...reportPrintHeader(agency, quarter, language),
      centerFooter: "&P / &N",
      printTitleRows: `$${R.title}:$${R.agency}`,
      printArea: rangeAddress(1, 1, b.bottomRow(), LAST_COLUMN),
    },
    kpis,
    instrumentCells,
    categoryCells,
    progress: {
      categoryCells: progress.categoryCells,
      totalCell: progress.totalCell,
      countryPivot: progress.countryPivot,
      list: progress.list,
      notice: progress.notice,
    },
  };
}
