/**
 * The built-in quarterly report, as data. One structure, one label table: the
 * Korean and English sheets differ only in their text.
 *
 * Every figure is a live formula that depends on ONE named cell, `ReportPeriod`
 * (sheet-scoped, holding e.g. "2024-Q3"). The quarter's dates, the year-to-date
 * range and the next quarter are computed from it with native text/date
 * functions in a few visible "period" cells, so typing another quarter into that
 * one cell re-targets the whole sheet.
 *
 * The two lists (agreements signed in the quarter, follow-ups due next quarter)
 * use native FILTER/SORT. They need Excel 2021 or Microsoft 365 - but so does
 * COMMIT.PIVOT, which spills, and the add-in's shared runtime. Writing the lists
 * as values would go stale the moment a row is edited, and an officer expects
 * the printed sheet to match the table.
 */
import {
  CATEGORIES,
  INSTRUMENTS,
  columnLabel,
  resolveHeaders,
  serialToIso,
  timestampToSerialKst,
  type ColumnKey,
  type Language,
} from "../schema";
import { cellAddress, columnLetter, rangeAddress } from "./a1";
import { REPORT_LABELS, type ReportLabelKey } from "./labels";
import { formatQuarter, parseQuarter, quarterLabel, reportSheetName } from "./quarters";
import type {
  CellContent,
  CellStyle,
  KpiKey,
  NumberFormatRange,
  ReportCell,
  ReportChart,
  ReportLayout,
  ReportName,
  SpillArea,
  StyledRange,
} from "./types";

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
  kpiSection: 8,
  kpiHeader: 9,
  kpiFirst: 10,
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
  /** Closes the sheet, so every spill lies inside the used range (and the print area). */
  endNote: 148,
} as const;

/** Spill room (rows include the header and total rows of a pivot). */
export const SPILL_ROOM = {
  exportPivotRows: REPORT_ROWS.investmentPivotSection - 1 - REPORT_ROWS.exportPivot, // 17: up to 15 products
  investmentPivotRows: REPORT_ROWS.chartSection - 1 - REPORT_ROWS.investmentPivot, // 12: up to 10 countries
  signedListRows: REPORT_ROWS.followUpSection - 1 - REPORT_ROWS.signedList, // 40 agreements
  followUpRows: REPORT_ROWS.endNote - 1 - REPORT_ROWS.followUp, // 30 follow-ups
  /** Pivot columns before the spill leaves the printed width (label + 10 values + total). */
  pivotColumns: LAST_COLUMN,
} as const;

const TOP_COUNTRY_SLOTS = 8;

const FORMAT = {
  count: "#,##0",
  krw: "#,##0",
  percent: "0.0%",
  date: "yyyy-mm-dd",
  text: "@",
} as const;

const COLORS = {
  titleFill: "#1F4E79",
  white: "#FFFFFF",
  sectionFill: "#DDEBF7",
  sectionText: "#1F4E79",
  headerFill: "#F2F2F2",
  inputFill: "#FFF2CC",
  hint: "#7F7F7F",
} as const;

const STYLE = {
  title: { bold: true, size: 16, color: COLORS.white, fill: COLORS.titleFill },
  subtitle: { bold: true, size: 12 },
  section: { bold: true, size: 12, color: COLORS.sectionText, fill: COLORS.sectionFill },
  header: { bold: true, fill: COLORS.headerFill, horizontalAlignment: "Center" },
  label: { bold: true },
  input: { bold: true, size: 12, fill: COLORS.inputFill, horizontalAlignment: "Center" },
  hint: { italic: true, size: 9, color: COLORS.hint },
  total: { bold: true, fill: COLORS.headerFill },
  right: { horizontalAlignment: "Right" },
  center: { horizontalAlignment: "Center" },
} as const satisfies Record<string, CellStyle>;

/** Columns the two lists show, in order; text columns get &"" so blank cells print blank, not 0. */
const SIGNED_LIST_COLUMNS = ["id", "signed", "instrument", "category", "partner", "country", "amountKrw", "status"] as const;
const FOLLOW_UP_COLUMNS = ["id", "due", "partner", "country", "category", "amountKrw", "status", "owner"] as const;
const NON_TEXT_LIST_COLUMNS: ReadonlySet<ColumnKey> = new Set(["signed", "due", "amountKrw"]);

/** Escapes a column header for a structured reference: [ ] # ' take a leading '. */
export function structuredColumn(tableName: string, header: string): string {
  return `${tableName}[[${header.replace(/(['#[\]])/g, "'$1")}]]`;
}

/** Excel string literal. */
function str(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Print header/footer text: a literal & must be doubled. */
function headerText(text: string): string {
  return text.replace(/&/g, "&&");
}

function formatGeneratedDate(at: Date): string {
  return serialToIso(Math.floor(timestampToSerialKst(at.getTime())));
}

class LayoutBuilder {
  readonly cells = new Map<string, { row: number; column: number; content: CellContent }>();
  readonly numberFormats: NumberFormatRange[] = [];
  readonly styles: StyledRange[] = [];
  readonly merges: string[] = [];

  set(row: number, column: number, content: CellContent): string {
    const address = cellAddress(row, column);
    this.cells.set(address, { row, column, content });
    return address;
  }

  style(range: string, style: CellStyle): void {
    this.styles.push({ range, style });
  }

  format(range: string, format: string): void {
    this.numberFormats.push({ range, format });
  }

  merge(range: string): void {
    this.merges.push(range);
  }

  orderedCells(): ReportCell[] {
    return [...this.cells.values()]
      .sort((a, b) => a.row - b.row || a.column - b.column)
      .map(({ row, column, content }) => ({ address: cellAddress(row, column), content }));
  }

  bottomRow(): number {
    return Math.max(...[...this.cells.values()].map((c) => c.row));
  }
}

export function buildReportLayout(options: ReportLayoutOptions): ReportLayout {
  const { language, tableName, agency } = options;
  const quarter = parseQuarter(options.quarter);
  const label = (key: ReportLabelKey) => REPORT_LABELS[key][language];
  const headers = resolveHeaders(options.tableHeaders, {
    require: [...new Set<ColumnKey>([...SIGNED_LIST_COLUMNS, ...FOLLOW_UP_COLUMNS])],
  });
  const column = (key: ColumnKey) => structuredColumn(tableName, String(options.tableHeaders[headers.indexOf[key]!]));
  const table = `${tableName}[#All]`;
  const b = new LayoutBuilder();
  const R = REPORT_ROWS;
  const fullWidth = (row: number) => rangeAddress(row, 1, row, LAST_COLUMN);

  // Title block.
  b.set(R.title, 1, label("title"));
  b.merge(fullWidth(R.title));
  b.style(fullWidth(R.title), STYLE.title);
  b.set(R.agency, 1, agency);
  b.merge(rangeAddress(R.agency, 1, R.agency, 3));
  b.style(rangeAddress(R.agency, 1, R.agency, 3), STYLE.subtitle);
  const P = PERIOD_NAME;
  b.set(
    R.agency,
    4,
    `=LEFT(${P},4)&${str(label("periodCaptionAfterYear"))}&RIGHT(${P},1)&${str(label("periodCaptionAfterQuarter"))}`,
  );
  b.merge(rangeAddress(R.agency, 4, R.agency, 6));
  b.style(rangeAddress(R.agency, 4, R.agency, 6), STYLE.subtitle);
  b.set(R.agency, 10, `${label("generatedOn")} ${formatGeneratedDate(options.generatedAt)}`);
  b.merge(rangeAddress(R.agency, 10, R.agency, LAST_COLUMN));
  b.style(rangeAddress(R.agency, 10, R.agency, LAST_COLUMN), { ...STYLE.right, ...STYLE.hint, size: 10 });

  // The period cell and the cells derived from it.
  b.set(R.period, 1, label("periodCell"));
  b.style(cellAddress(R.period, 1), STYLE.label);
  const periodAddress = b.set(R.period, 2, formatQuarter(quarter));
  b.format(periodAddress, FORMAT.text);
  b.style(periodAddress, STYLE.input);
  b.set(R.period, 3, label("periodHint"));
  b.merge(rangeAddress(R.period, 3, R.period, LAST_COLUMN));
  b.style(rangeAddress(R.period, 3, R.period, LAST_COLUMN), STYLE.hint);

  const year = `LEFT(${P},4)`;
  const q = `RIGHT(${P},1)`;
  b.set(R.quarterRange, 1, label("quarterRange"));
  const quarterStart = b.set(R.quarterRange, 2, `=DATE(${year},${q}*3-2,1)`);
  const quarterEnd = b.set(R.quarterRange, 3, `=DATE(${year},${q}*3+1,0)`);
  b.set(R.quarterRange, 5, label("yearToDate"));
  const ytdRange = b.set(R.quarterRange, 6, `=${year}&"-01-01~"&TEXT(${abs(quarterEnd)},"yyyy-mm-dd")`);
  b.merge(rangeAddress(R.quarterRange, 6, R.quarterRange, 7));
  b.set(R.nextQuarter, 1, label("nextQuarter"));
  const nextStart = b.set(R.nextQuarter, 2, `=DATE(${year},${q}*3+1,1)`);
  const nextEnd = b.set(R.nextQuarter, 3, `=DATE(${year},${q}*3+4,0)`);
  const nextLabel = b.set(R.nextQuarter, 4, `=IF(${q}="4",(${year}+1)&"-Q1",${year}&"-Q"&(${q}+1))`);
  for (const row of [R.quarterRange, R.nextQuarter]) {
    b.style(cellAddress(row, 1), STYLE.label);
    b.style(cellAddress(row, 5), STYLE.label);
  }
  b.format(rangeAddress(R.quarterRange, 2, R.nextQuarter, 3), FORMAT.date);
  b.style(rangeAddress(R.quarterRange, 2, R.nextQuarter, 4), STYLE.center);
  const periodDerivedAddresses = [quarterStart, quarterEnd, ytdRange, nextStart, nextEnd, nextLabel];

  const signedFrom = (cell: string) => `"Signed>="&TEXT(${abs(cell)},"yyyy-mm-dd")`;
  const signedTo = (cell: string) => `"Signed<="&TEXT(${abs(cell)},"yyyy-mm-dd")`;
  const inQuarter = `${signedFrom(quarterStart)},${signedTo(quarterEnd)}`;

  // 1. Key figures.
  b.set(R.kpiSection, 1, label("kpiSection"));
  b.merge(fullWidth(R.kpiSection));
  b.style(fullWidth(R.kpiSection), STYLE.section);
  b.set(R.kpiHeader, 1, label("byInstrument"));
  b.set(R.kpiHeader, 2, label("newAgreements"));
  b.set(R.kpiHeader, 4, label("byCategory"));
  b.set(R.kpiHeader, 5, label("newAgreements"));
  b.set(R.kpiHeader, 7, label("indicator"));
  b.merge(rangeAddress(R.kpiHeader, 7, R.kpiHeader, 8));
  b.set(R.kpiHeader, 9, label("value"));
  b.merge(rangeAddress(R.kpiHeader, 9, R.kpiHeader, 10));
  b.set(R.kpiHeader, 11, label("country"));
  b.set(R.kpiHeader, 12, label("exportValue"));
  for (const range of [[1, 2], [4, 5], [7, 10], [11, 12]] as const) {
    b.style(rangeAddress(R.kpiHeader, range[0], R.kpiHeader, range[1]), STYLE.header);
  }

  const instrumentCells = INSTRUMENTS.map((instrument, i) => {
    const row = R.kpiFirst + i;
    b.set(row, 1, instrument[language]);
    const address = b.set(row, 2, `=COMMIT.COUNT(${table},${str(`Instrument=${instrument.en}`)},${inQuarter})`);
    return { instrument: instrument.value as string, address };
  });
  const totalRow = R.kpiFirst + INSTRUMENTS.length;
  b.set(totalRow, 1, label("total"));
  const newAgreements = b.set(totalRow, 2, `=COMMIT.COUNT(${table},${inQuarter})`);
  b.style(rangeAddress(totalRow, 1, totalRow, 2), STYLE.total);
  b.format(rangeAddress(R.kpiFirst, 2, totalRow, 2), FORMAT.count);

  const categoryCells = CATEGORIES.map((category, i) => {
    const row = R.kpiFirst + i;
    b.set(row, 4, category[language]);
    const address = b.set(row, 5, `=COMMIT.COUNT(${table},${str(`Category=${category.en}`)},${inQuarter})`);
    return { category: category.value as string, address };
  });
  b.format(rangeAddress(R.kpiFirst, 5, R.kpiFirst + CATEGORIES.length - 1, 5), FORMAT.count);

  const kpiRows: { key: Exclude<KpiKey, "newAgreements">; formula: string; format: string }[] = [
    { key: "exportQuarter", formula: `=COMMIT.EXPORTVALUE(${table},,,${P})`, format: FORMAT.krw },
    { key: "exportYtd", formula: `=COMMIT.EXPORTVALUE(${table},,,${abs(ytdRange)})`, format: FORMAT.krw },
    { key: "investmentQuarter", formula: `=COMMIT.INVESTMENTVALUE(${table},,,${P})`, format: FORMAT.krw },
    { key: "investmentYtd", formula: `=COMMIT.INVESTMENTVALUE(${table},,,${abs(ytdRange)})`, format: FORMAT.krw },
    { key: "jobsQuarter", formula: `=COMMIT.TOTAL(${table},"Jobs",${inQuarter})`, format: FORMAT.count },
    {
      key: "realizationYtd",
      formula: `=COMMIT.REALIZATION(${table},"Signed>="&${year}&"-01-01",${signedTo(quarterEnd)})`,
      format: FORMAT.percent,
    },
    { key: "realizationCumulative", formula: `=COMMIT.REALIZATION(${table},${signedTo(quarterEnd)})`, format: FORMAT.percent },
  ];
  const kpis = { newAgreements } as Record<KpiKey, string>;
  kpiRows.forEach(({ key, formula, format }, i) => {
    const row = R.kpiFirst + i;
    b.set(row, 7, label(key));
    b.merge(rangeAddress(row, 7, row, 8));
    kpis[key] = b.set(row, 9, formula);
    b.merge(rangeAddress(row, 9, row, 10));
    b.format(rangeAddress(row, 9, row, 10), format);
    b.style(rangeAddress(row, 9, row, 10), STYLE.right);
  });

  // Chart helper: the export pivot's first row lists countries by export value,
  // then its Total column. Slot i is a country only when a cell follows it.
  const pivotHeaderRow = `$A$${R.exportPivot}:$${columnLetter(LAST_COLUMN)}$${R.exportPivot}`;
  for (let slot = 1; slot <= TOP_COUNTRY_SLOTS; slot++) {
    const row = R.kpiFirst + slot - 1;
    const countryCell = b.set(
      row,
      11,
      `=IF(INDEX(${pivotHeaderRow},1,${slot + 2})="","",INDEX(${pivotHeaderRow},1,${slot + 1}))`,
    );
    b.set(row, 12, `=IF(${countryCell}="","",COMMIT.EXPORTVALUE(${table},,${countryCell},${P}))`);
  }
  const topCountriesRange = rangeAddress(R.kpiHeader, 11, R.kpiFirst + TOP_COUNTRY_SLOTS - 1, 12);
  b.format(rangeAddress(R.kpiFirst, 12, R.kpiFirst + TOP_COUNTRY_SLOTS - 1, 12), FORMAT.krw);
  b.style(rangeAddress(R.kpiFirst, 11, R.kpiFirst + TOP_COUNTRY_SLOTS - 1, 11), STYLE.center);

  // 2-3. Pivots. They spill from their anchor; the room below is kept empty.
  const section = (row: number, key: ReportLabelKey) => {
    b.set(row, 1, label(key));
    b.merge(fullWidth(row));
    b.style(fullWidth(row), STYLE.section);
  };
  section(R.exportPivotSection, "exportPivotSection");
  const exportPivot = b.set(
    R.exportPivot,
    1,
    `=COMMIT.PIVOT(${table},"Product","Country",,${P},"Category=Export")`,
  );
  b.format(rangeAddress(R.exportPivot, 2, R.exportPivot + SPILL_ROOM.exportPivotRows - 1, LAST_COLUMN), FORMAT.krw);
  b.style(fullWidth(R.exportPivot), STYLE.header);
  section(R.investmentPivotSection, "investmentPivotSection");
  const investmentPivot = b.set(
    R.investmentPivot,
    1,
    `=COMMIT.PIVOT(${table},"Country","Sector",,${P},"Category=Investment")`,
  );
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
  const list = (
    sectionRow: number,
    sectionKey: ReportLabelKey,
    headerRow: number,
    anchorRow: number,
    formattedRows: number,
    keys: readonly ColumnKey[],
    condition: string,
  ): string => {
    section(sectionRow, sectionKey);
    keys.forEach((key, i) => b.set(headerRow, i + 1, columnLabel(key, language)));
    b.style(rangeAddress(headerRow, 1, headerRow, keys.length), STYLE.header);
    const sources = keys.map((key) => (NON_TEXT_LIST_COLUMNS.has(key) ? column(key) : `${column(key)}&""`));
    const indexes = keys.map((_, i) => i + 1).join(",");
    const empty = keys.map((_, i) => (i === 0 ? str(label("noneFound")) : '""')).join(",");
    const formula = `=SORT(FILTER(CHOOSE({${indexes}},${sources.join(",")}),${condition},{${empty}}),2,1)`;
    const anchor = b.set(anchorRow, 1, formula);
    const lastRow = anchorRow + formattedRows - 1;
    keys.forEach((key, i) => {
      if (key === "signed" || key === "due") b.format(rangeAddress(anchorRow, i + 1, lastRow, i + 1), FORMAT.date);
      if (key === "amountKrw") b.format(rangeAddress(anchorRow, i + 1, lastRow, i + 1), FORMAT.krw);
    });
    return anchor;
  };
  const status = column("status");
  const notCancelled = `(${status}<>"취소")*(${status}<>"Cancelled")`;
  const signedList = list(
    R.signedListSection,
    "signedListSection",
    R.signedListHeader,
    R.signedList,
    SPILL_ROOM.signedListRows,
    SIGNED_LIST_COLUMNS,
    `(${column("signed")}>=${abs(quarterStart)})*(${column("signed")}<=${abs(quarterEnd)})*${notCancelled}`,
  );
  const followUpList = list(
    R.followUpSection,
    "followUpSection",
    R.followUpHeader,
    R.followUp,
    SPILL_ROOM.followUpRows,
    FOLLOW_UP_COLUMNS,
    `(${column("due")}>=${abs(nextStart)})*(${column("due")}<=${abs(nextEnd)})*(${status}<>"완료")*(${status}<>"Completed")*${notCancelled}`,
  );

  const spills: SpillArea[] = [
    { anchor: exportPivot, description: "exportPivot", maxRows: SPILL_ROOM.exportPivotRows, maxColumns: null },
    { anchor: investmentPivot, description: "investmentPivot", maxRows: SPILL_ROOM.investmentPivotRows, maxColumns: null },
    { anchor: signedList, description: "signedList", maxRows: SPILL_ROOM.signedListRows, maxColumns: SIGNED_LIST_COLUMNS.length },
    { anchor: followUpList, description: "followUpList", maxRows: SPILL_ROOM.followUpRows, maxColumns: FOLLOW_UP_COLUMNS.length },
  ];

  b.set(R.endNote, 1, label("spillNote"));
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

  const title = `${agency} ${label("title")}`;
  const cells = b.orderedCells();
  return {
    sheetName: reportSheetName(quarter, language),
    language,
    quarter: formatQuarter(quarter),
    periodName: PERIOD_NAME,
    periodAddress,
    periodDerivedAddresses,
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
      centerHeader: `&B${headerText(title)}&B`,
      rightHeader: headerText(quarterLabel(quarter, language)),
      centerFooter: "&P / &N",
      printTitleRows: `$${R.title}:$${R.agency}`,
    },
    kpis,
    instrumentCells,
    categoryCells,
  };
}

/** $B$5 from B5, so formulas keep pointing at the period cells when copied. */
function abs(address: string): string {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  return match ? `$${match[1]}$${match[2]}` : address;
}
