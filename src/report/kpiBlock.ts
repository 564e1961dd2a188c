/**
 * Block 1 of the report, the key figures: new agreements by Instrument and by Category, the
 * export, investment and jobs figures of the quarter and year to date, the realization rates,
 * and the 8-slot exports-by-country helper the column chart plots (a chart cannot follow a
 * spill that changes size). Criteria pass the period text itself ("Signed="&$C$4), never a
 * date formatted as text.
 */
import { CATEGORIES, INSTRUMENTS, type Language } from "../schema";
import { columnLetter, rangeAddress } from "./a1";
import { LayoutBuilder, str } from "./layoutBuilder";
import { REPORT_LABELS, type ReportLabelKey } from "./labels";
import { FORMAT, STYLE } from "./layoutStyle";
import type { KpiKey } from "./types";

export const TOP_COUNTRY_SLOTS = 8;

export interface KeyFiguresContext {
  readonly language: Language;
  /** `Commitments[[#Headers],[#Data]]`. */
  readonly table: string;
  /** The absolute period reading cell ($C$4). */
  readonly period: string;
  /** Native expression for the period's year (LEFT($C$4,4)). */
  readonly year: string;
  /**
   * `Progress[[#Headers],[#Data]]` (schema 2): the realization rates then count progress dated up
   * to the quarter's end, so an old quarter regenerated later shows what it showed then. Null
   * (schema 1): the cumulative Realized (KRW) column.
   */
  readonly progressTable: string | null;
  readonly lastColumn: number;
  readonly rows: { readonly section: number; readonly header: number; readonly first: number; readonly note: number; readonly exportPivot: number };
}

export interface KeyFigures {
  readonly kpis: Record<KpiKey, string>;
  readonly instrumentCells: { instrument: string; address: string }[];
  readonly categoryCells: { category: string; address: string }[];
  /** The row of the new-agreements total. */
  readonly totalRow: number;
  /** The exports-by-country helper with its header row: the column chart's source. */
  readonly topCountriesRange: string;
  /** The block's figure cells, as a SUM argument list for the status line. */
  readonly statusRefs: string;
}

export function addKeyFigures(b: LayoutBuilder, context: KeyFiguresContext): KeyFigures {
  const { language, table, year, rows, lastColumn } = context;
  const Q = context.period;
  const label = (key: ReportLabelKey) => REPORT_LABELS[key][language];
  const inQuarter = `"Signed="&${Q}`;
  const yearToDate = `${year}&"~"&${Q}`;
  const toQuarterEnd = `"Signed<="&${Q}`;

  b.value(rows.section, 1, label("kpiSection"));
  b.merge(rangeAddress(rows.section, 1, rows.section, lastColumn));
  b.style(rangeAddress(rows.section, 1, rows.section, lastColumn), STYLE.section);
  b.value(rows.header, 1, label("byInstrument"));
  b.value(rows.header, 2, label("newAgreements"));
  b.value(rows.header, 4, label("byCategory"));
  b.value(rows.header, 5, label("newAgreements"));
  b.value(rows.header, 7, label("indicator"));
  b.merge(rangeAddress(rows.header, 7, rows.header, 8));
  b.value(rows.header, 9, label("value"));
  b.merge(rangeAddress(rows.header, 9, rows.header, 10));
  b.value(rows.header, 11, label("country"));
  b.value(rows.header, 12, label("exportValue"));
  for (const range of [[1, 2], [4, 5], [7, 10], [11, 12]] as const) {
    b.style(rangeAddress(rows.header, range[0], rows.header, range[1]), STYLE.header);
  }

  const instrumentCells = INSTRUMENTS.map((instrument, i) => {
    const row = rows.first + i;
    b.value(row, 1, instrument[language]);
    const address = b.formula(row, 2, `=COMMIT.COUNT(${table},${str(`Instrument=${instrument.en}`)},${inQuarter})`);
    return { instrument: instrument.value as string, address };
  });
  const totalRow = rows.first + INSTRUMENTS.length;
  b.value(totalRow, 1, label("total"));
  const newAgreements = b.formula(totalRow, 2, `=COMMIT.COUNT(${table},${inQuarter})`);
  b.style(rangeAddress(totalRow, 1, totalRow, 2), STYLE.total);
  b.format(rangeAddress(rows.first, 2, totalRow, 2), FORMAT.count);

  const categoryCells = CATEGORIES.map((category, i) => {
    const row = rows.first + i;
    b.value(row, 4, category[language]);
    const address = b.formula(row, 5, `=COMMIT.COUNT(${table},${str(`Category=${category.en}`)},${inQuarter})`);
    return { category: category.value as string, address };
  });
  b.format(rangeAddress(rows.first, 5, rows.first + CATEGORIES.length - 1, 5), FORMAT.count);

  // A rate over nothing is not a number: "–" and a note, never #DIV/0!. A real error (bad data) still shows.
  // With a Progress table the rate counts progress dated up to the quarter's end, so an old
  // quarter regenerated later shows what it showed then; without one, the cumulative column.
  const notComputed = str(label("notComputed"));
  const realizedTo = context.progressTable ? `${context.progressTable},${Q},` : "";
  const rate = (criteria: string) =>
    `=IF(COMMIT.TOTAL(${table},"Amount (KRW)",${criteria})=0,${notComputed},COMMIT.REALIZATION(${table},${realizedTo}${criteria}))`;
  const kpiRows: { key: Exclude<KpiKey, "newAgreements">; formula: string; format: string }[] = [
    { key: "exportQuarter", formula: `=COMMIT.EXPORTVALUE(${table},,,${Q})`, format: FORMAT.krw },
    { key: "exportYtd", formula: `=COMMIT.EXPORTVALUE(${table},,,${yearToDate})`, format: FORMAT.krw },
    { key: "investmentQuarter", formula: `=COMMIT.INVESTMENTVALUE(${table},,,${Q})`, format: FORMAT.krw },
    { key: "investmentYtd", formula: `=COMMIT.INVESTMENTVALUE(${table},,,${yearToDate})`, format: FORMAT.krw },
    { key: "jobsQuarter", formula: `=COMMIT.TOTAL(${table},"Jobs",${inQuarter})`, format: FORMAT.count },
    { key: "realizationYtd", formula: rate(`"Signed="&${yearToDate}`), format: FORMAT.percent },
    { key: "realizationCumulative", formula: rate(toQuarterEnd), format: FORMAT.percent },
  ];
  const kpis = { newAgreements } as Record<KpiKey, string>;
  kpiRows.forEach(({ key, formula, format }, i) => {
    const row = rows.first + i;
    b.value(row, 7, label(key));
    b.merge(rangeAddress(row, 7, row, 8));
    kpis[key] = b.formula(row, 9, formula);
    b.merge(rangeAddress(row, 9, row, 10));
    b.format(rangeAddress(row, 9, row, 10), format);
    b.style(rangeAddress(row, 9, row, 10), STYLE.right);
  });
  const kpiNoteRange = rangeAddress(rows.note, 7, rows.note, lastColumn);
  b.formula(
    rows.note,
    7,
    `=IFERROR(IF(OR(${kpis.realizationYtd}=${notComputed},${kpis.realizationCumulative}=${notComputed}),${str(label("realizationNote"))},""),"")`,
  );
  b.merge(kpiNoteRange);
  b.style(kpiNoteRange, STYLE.hint);

  // Chart helper: the export pivot's first row lists countries by export value,
  // then its Total column. Slot i is a country only when a cell follows it.
  const pivotHeaderRow = `$A$${rows.exportPivot}:$${columnLetter(lastColumn)}$${rows.exportPivot}`;
  for (let slot = 1; slot <= TOP_COUNTRY_SLOTS; slot++) {
    const row = rows.first + slot - 1;
    const countryCell = b.formula(
      row,
      11,
      `=IF(INDEX(${pivotHeaderRow},1,${slot + 2})="","",INDEX(${pivotHeaderRow},1,${slot + 1}))`,
    );
    b.formula(row, 12, `=IF(${countryCell}="","",COMMIT.EXPORTVALUE(${table},,${countryCell},${Q}))`);
  }
  const topCountriesRange = rangeAddress(rows.header, 11, rows.first + TOP_COUNTRY_SLOTS - 1, 12);
  b.format(rangeAddress(rows.first, 12, rows.first + TOP_COUNTRY_SLOTS - 1, 12), FORMAT.krw);
  b.style(rangeAddress(rows.first, 11, rows.first + TOP_COUNTRY_SLOTS - 1, 11), STYLE.center);

  const statusRefs = [
    rangeAddress(rows.first, 2, totalRow, 2),
    rangeAddress(rows.first, 5, rows.first + CATEGORIES.length - 1, 5),
    rangeAddress(rows.first, 9, rows.first + kpiRows.length - 1, 9),
    rangeAddress(rows.first, 11, rows.first + TOP_COUNTRY_SLOTS - 1, 12),
  ].join(",");
  return { kpis, instrumentCells, categoryCells, totalRow, topCountriesRange, statusRefs };
}
