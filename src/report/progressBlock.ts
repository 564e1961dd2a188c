/**
 * The report's progress blocks (issue 13, item 6): what was realized in the quarter,
 * counted by the progress Date, not by when the commitment was signed.
 *
 * 7. Realized in the quarter by Category (COMMIT.REALIZED per category, fixed rows plus a
 *    total) beside the same by partner country (COMMIT.PROGRESSPIVOT over the quarter, a
 *    spill one quarter wide).
 * 8. The quarter's progress records: native SORT(FILTER()) over the Progress table, like
 *    the two commitment lists, so the printed sheet matches the ledger after any edit.
 *
 * Every figure reads the period reading cell, so regenerating (or retargeting) an old
 * quarter shows exactly what that quarter's progress was, whatever was added later.
 * A workbook without a Progress table (schema 1) gets a sentence saying so, never a
 * formula that would show #REF! or #NAME?.
 */
import {
  CATEGORIES,
  progressColumnLabel,
  resolveProgressHeaders,
  progressColumnSpec,
  type Language,
  type ProgressColumnKey,
} from "../schema";
import { rangeAddress } from "./a1";
import { LayoutBuilder, str } from "./layoutBuilder";
import { REPORT_LABELS, type ReportLabelKey } from "./labels";
import { FORMAT, STYLE } from "./layoutStyle";
import type { SpillArea } from "./types";

/** The Progress table as the workbook has it (schema 2), or null (schema 1). */
export interface ReportProgressTable {
  /** Usually "Progress". */
  readonly tableName: string;
  /** Its header row as it is in the workbook (Korean or English). */
  readonly tableHeaders: readonly string[];
}

/** Columns of the quarter's progress list, in order; sorted by Date (the second). */
export const PROGRESS_LIST_COLUMNS = ["progressId", "date", "commitmentId", "kind", "amountKrw", "jobs", "evidence"] as const satisfies readonly ProgressColumnKey[];
const NON_TEXT: ReadonlySet<ProgressColumnKey> = new Set<ProgressColumnKey>(["date", "amountKrw", "jobs"]);

/** Columns the country pivot spills over: label, the quarter, total. */
export const PROGRESS_PIVOT_COLUMNS = 3;

export interface ProgressBlockRows {
  readonly section: number;
  readonly header: number;
  /** First category row; a total row follows the categories. */
  readonly firstCategory: number;
  /** The country pivot's anchor column (its header sits on the header row). */
  readonly countryColumn: number;
  readonly countryRows: number;
  readonly listSection: number;
  readonly listHeader: number;
  readonly list: number;
  readonly listRows: number;
}

export interface ProgressBlockContext {
  readonly language: Language;
  readonly lastColumn: number;
  /** `Commitments[[#Headers],[#Data]]`. */
  readonly commitments: string;
  /** The absolute period reading cell ($C$4). */
  readonly period: string;
  /** Absolute cells holding the quarter's first and last day. */
  readonly quarterStart: string;
  readonly quarterEnd: string;
  readonly section: (row: number, key: ReportLabelKey) => void;
}

export interface ProgressBlock {
  /** Null for a workbook without a Progress table. */
  readonly categoryCells: readonly { readonly category: string; readonly address: string }[] | null;
  readonly totalCell: string | null;
  readonly countryPivot: string | null;
  readonly list: string | null;
  /** The sentence shown instead of the figures in a schema 1 workbook. */
  readonly notice: string | null;
  readonly spills: readonly SpillArea[];
  /** SUM argument lists for the status line, one per block (empty without a Progress table). */
  readonly statusRefs: readonly { readonly label: ReportLabelKey; readonly refs: string }[];
}

/** The table argument of a COMMIT call over Progress: header and body, never a Total Row. */
export function progressTableArgument(tableName: string): string {
  return `${tableName}[[#Headers],[#Data]]`;
}

function escapeColumn(tableName: string, header: string): string {
  return `${tableName}[[${header.replace(/(['#[\]])/g, "'$1")}]]`;
}

export function addProgressBlock(b: LayoutBuilder, rows: ProgressBlockRows, progress: ReportProgressTable | null, context: ProgressBlockContext): ProgressBlock {
  const { language, lastColumn } = context;
  const label = (key: ReportLabelKey) => REPORT_LABELS[key][language];
  context.section(rows.section, "progressSection");
  context.section(rows.listSection, "progressListSection");

  if (progress === null) {
    for (const row of [rows.header, rows.listHeader]) {
      b.value(row, 1, label("noProgressTable"));
      b.merge(rangeAddress(row, 1, row, lastColumn));
      b.style(rangeAddress(row, 1, row, lastColumn), { ...STYLE.hint, size: 10, wrapText: true });
    }
    return { categoryCells: null, totalCell: null, countryPivot: null, list: null, notice: label("noProgressTable"), spills: [], statusRefs: [] };
  }

  const resolved = resolveProgressHeaders(progress.tableHeaders);
  const missing = PROGRESS_LIST_COLUMNS.filter((key) => !resolved.indexOf.has(key));
  if (missing.length > 0) {
    const names = missing.map((key) => `${progressColumnSpec(key).ko} (${progressColumnSpec(key).en})`).join(", ");
    throw new Error(`The ${progress.tableName} table has no column ${names}; the report's progress list needs it.`);
  }
  const column = (key: ProgressColumnKey) => escapeColumn(progress.tableName, String(progress.tableHeaders[resolved.indexOf.get(key)!]));
  const table = progressTableArgument(progress.tableName);
  const { commitments, period } = context;

  // 7. By category: fixed rows, so the block has the same shape every quarter.
  b.value(rows.header, 1, label("byCategory"));
  b.value(rows.header, 2, label("realizedQuarter"));
  b.style(rangeAddress(rows.header, 1, rows.header, 2), STYLE.header);
  const categoryCells = CATEGORIES.map((category, i) => {
    const row = rows.firstCategory + i;
    b.value(row, 1, category[language]);
    const address = b.formula(row, 2, `=COMMIT.REALIZED(${table},${commitments},${period},${str(`Category=${category.en}`)})`);
    return { category: category.value as string, address };
  });
  const totalRow = rows.firstCategory + CATEGORIES.length;
  b.value(totalRow, 1, label("total"));
  const totalCell = b.formula(totalRow, 2, `=COMMIT.REALIZED(${table},${commitments},${period})`);
  b.style(rangeAddress(totalRow, 1, totalRow, 2), STYLE.total);
  b.format(rangeAddress(rows.firstCategory, 2, totalRow, 2), FORMAT.krw);

  // By partner country: one spill, rows by total (largest first), one quarter column and the total.
  const countryPivot = b.formula(rows.header, rows.countryColumn, `=COMMIT.PROGRESSPIVOT(${table},${commitments},"Country",${period})`);
  const countryLast = rows.countryColumn + PROGRESS_PIVOT_COLUMNS - 1;
  b.style(rangeAddress(rows.header, rows.countryColumn, rows.header, countryLast), STYLE.header);
  b.format(rangeAddress(rows.header + 1, rows.countryColumn + 1, rows.header + rows.countryRows - 1, countryLast), FORMAT.krw);
  b.value(rows.header, countryLast + 2, label("progressNote"));
  b.merge(rangeAddress(rows.header, countryLast + 2, rows.header + 2, lastColumn));
  b.style(rangeAddress(rows.header, countryLast + 2, rows.header + 2, lastColumn), { ...STYLE.hint, wrapText: true });

  // 8. The quarter's records, by date. Text columns get &"" and the others IF(x="","",x), as the other lists.
  PROGRESS_LIST_COLUMNS.forEach((key, i) => b.value(rows.listHeader, i + 1, progressColumnLabel(key, language)));
  b.style(rangeAddress(rows.listHeader, 1, rows.listHeader, PROGRESS_LIST_COLUMNS.length), STYLE.header);
  const sources = PROGRESS_LIST_COLUMNS.map((key) => (NON_TEXT.has(key) ? `IF(${column(key)}="","",${column(key)})` : `${column(key)}&""`));
  const indexes = PROGRESS_LIST_COLUMNS.map((_, i) => i + 1).join(",");
  const empty = PROGRESS_LIST_COLUMNS.map((_, i) => (i === 0 ? str(label("noneFound")) : '""')).join(",");
  const date = column("date");
  const condition = `(${date}>=${context.quarterStart})*(${date}<=${context.quarterEnd})`;
  const list = b.formula(rows.list, 1, `=SORT(FILTER(CHOOSE({${indexes}},${sources.join(",")}),${condition},{${empty}}),2,1)`);
  const listLast = rows.list + rows.listRows - 1;
  PROGRESS_LIST_COLUMNS.forEach((key, i) => {
    if (key === "date") b.format(rangeAddress(rows.list, i + 1, listLast, i + 1), FORMAT.date);
    if (key === "amountKrw") b.format(rangeAddress(rows.list, i + 1, listLast, i + 1), FORMAT.krw);
    if (key === "jobs") b.format(rangeAddress(rows.list, i + 1, listLast, i + 1), FORMAT.count);
  });

  return {
    categoryCells,
    totalCell,
    countryPivot,
    list,
    notice: null,
    spills: [
      { anchor: countryPivot, description: "progressByCountry", maxRows: rows.countryRows, maxColumns: PROGRESS_PIVOT_COLUMNS },
      { anchor: list, description: "progressList", maxRows: rows.listRows, maxColumns: PROGRESS_LIST_COLUMNS.length },
    ],
    statusRefs: [
      { label: "statusProgress", refs: `${rangeAddress(rows.firstCategory, 2, totalRow, 2)},${countryPivot}` },
      { label: "statusProgressList", refs: list },
    ],
  };
}
