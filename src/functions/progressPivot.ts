/**
 * PROGRESSPIVOT: progress as a cross-tab in one spilled call, rows by a Commitments field of the
 * commitment each record belongs to (joined by ID), columns by the quarter of its Date, summing
 * Progress Amount (KRW). The choice over a PIVOT form: PIVOT takes one table, and the join and
 * the Date of another table would change what its arguments mean, so progress gets its own
 * function with REALIZED's selection (period on the progress Date, criteria on Commitments).
 *
 *   corner        | 2019-Q4 | 2020-Q1 | … | 합계
 *   row value 1   | sum     | sum     | … | row total
 *   합계          | …                       grand total
 *
 * Quarters run in time order, rows by total, largest first (ties by label).
 */
import { isBlank, serialToDate, serialToIso, type Language } from "../schema";
import { invalidValue } from "./errors";
import type { Period } from "./periods";
import { eachProgress, type ProgressGrid } from "./realized";
import type { TableColumn, TableModel } from "./table";

const TOTAL_LABEL: Readonly<Record<Language, string>> = { ko: "합계", en: "Total" };
const BLANK_LABEL: Readonly<Record<Language, string>> = { ko: "(미입력)", en: "(blank)" };
const QUARTER_LABEL: Readonly<Record<Language, string>> = { ko: "분기", en: "Quarter" };

export type PivotCell = string | number;

/** Excel's sheet has 16,384 columns; a spill wider than that is #SPILL!, so it is refused with the reason. */
const MAX_QUARTERS = 16_000;

function quarterOfSerial(serial: number): string {
  const { year, month } = serialToDate(serial);
  return `${year}-Q${Math.ceil(month / 3)}`;
}

/** How a row field's cell reads as a label: enum labels in the table's language, country codes, ISO dates, text as written. */
function labeller(model: TableModel, column: TableColumn): (row: number) => string {
  const blank = BLANK_LABEL[model.language];
  switch (column.type) {
    case "enum": {
      const enums = model.enums(column);
      return (r) => {
        const index = enums.at(r);
        return index < 0 ? blank : enums.options[index][model.language];
      };
    }
    case "country":
    case "currency": {
      const codes = model.codes(column);
      return (r) => codes.at(r) || blank;
    }
    case "date":
    case "datetime": {
      const dates = model.dates(column);
      return (r) => {
        const serial = dates.at(r);
        return Number.isNaN(serial) ? blank : serialToIso(serial);
      };
    }
    default:
      return (r) => {
        const cell = model.cell(r, column);
        return isBlank(cell) ? blank : String(cell).trim();
      };
  }
}

export function progressPivot(grid: ProgressGrid, model: TableModel, rowField: string, period: Period | null, criteria: readonly string[]): PivotCell[][] {
  const column = model.findColumn(rowField);
  if (!column) {
    const found = model.headers.map((h) => String(h ?? "")).join(", ");
    throw invalidValue(`rowField "${rowField}" is not a column of the Commitments table. Headers found: ${found}.`);
  }
  const label = labeller(model, column);
  const rowIds = new Map<string, number>();
  const quarterIds = new Map<string, number>();
  const sums = new Map<number, Map<number, number>>();
  const labelOfRow = new Map<number, string>();
  eachProgress(grid, model, period?.start ?? Number.NEGATIVE_INFINITY, period?.end ?? Number.POSITIVE_INFINITY, criteria, (commitmentRow, date, krw) => {
    let rowLabel = labelOfRow.get(commitmentRow);
    if (rowLabel === undefined) {
      rowLabel = label(commitmentRow);
      labelOfRow.set(commitmentRow, rowLabel);
    }
    let rowId = rowIds.get(rowLabel);
    if (rowId === undefined) rowIds.set(rowLabel, (rowId = rowIds.size));
    const quarter = quarterOfSerial(date);
    let quarterId = quarterIds.get(quarter);
    if (quarterId === undefined) quarterIds.set(quarter, (quarterId = quarterIds.size));
    let line = sums.get(rowId);
    if (!line) sums.set(rowId, (line = new Map()));
    line.set(quarterId, (line.get(quarterId) ?? 0) + krw);
  });
  if (quarterIds.size > MAX_QUARTERS) throw invalidValue(`The progress spans ${quarterIds.size} quarters, more columns than a sheet has. Pass a period.`);

  const language = model.language;
  const quarters = [...quarterIds.keys()].sort();
  const rowTotal = (rowId: number) => [...(sums.get(rowId)?.values() ?? [])].reduce((a, b) => a + b, 0);
  const rows = [...rowIds.entries()].sort((a, b) => rowTotal(b[1]) - rowTotal(a[1]) || a[0].localeCompare(b[0]));
  const header: PivotCell[] = [`${column.key ? column.header : rowField} / ${QUARTER_LABEL[language]}`, ...quarters, TOTAL_LABEL[language]];
  const body = rows.map(([rowLabel, rowId]) => {
    const line = sums.get(rowId)!;
    return [rowLabel, ...quarters.map((q) => line.get(quarterIds.get(q)!) ?? 0), rowTotal(rowId)];
  });
  const columnTotals = quarters.map((q) => rows.reduce((sum, [, rowId]) => sum + (sums.get(rowId)!.get(quarterIds.get(q)!) ?? 0), 0));
  const total: PivotCell[] = [TOTAL_LABEL[language], ...columnTotals, columnTotals.reduce((a, b) => a + b, 0)];
  return [header, ...body, total];
}
