/**
 * Row adapter: saves one commitment (append or update in place) in 2 syncs, and reads one
 * table row for the form.
 */
import type { ExcelRun } from "../../office/run";
import { COLUMNS, TABLE_NAME, resolveHeaders, type ColumnKey } from "../../schema";
import type { CanonicalRow, CellValue } from "../../validation";
import { withTable } from "./LocalizedError";
import { contiguousRuns, planRowWrite, type SaveRowInput } from "./rowPlan";

export type { SaveRowInput, RowTarget } from "./rowPlan";
export { RowProblemsError } from "./rowPlan";

export interface SavedRow {
  readonly mode: "update" | "append";
  readonly rowIndex: number;
  readonly id: string;
  readonly row: CanonicalRow;
}

/** Writes one row: sync 1 reads headers and the body (IDs, target row), sync 2 writes. */
export async function saveRow(run: ExcelRun, input: SaveRowInput, now: number = Date.now()): Promise<SavedRow> {
  return run((context) =>
    withTable(async () => {
      const table = context.workbook.tables.getItem(TABLE_NAME);
      const header = table.getHeaderRowRange().load("values");
      const body = table.getDataBodyRange().load("values");
      const firstRow = table.getDataBodyRange().getRow(0).load("formulas");
      await context.sync();

      const plan = planRowWrite({ headers: header.values[0], body: body.values, firstRowFormulas: firstRow.formulas[0] }, input, now);
      if (plan.mode === "update") {
        const target = table.getDataBodyRange();
        for (const run of contiguousRuns(plan.cells)) {
          target.getCell(plan.rowIndex, run.start).getResizedRange(0, run.values.length - 1).values = [run.values];
        }
      } else {
        const added = table.rows.add(undefined, [plan.fullRow!.slice()]).getRange();
        for (const run of contiguousRuns(plan.numberFormats)) {
          added.getCell(0, run.start).getResizedRange(0, run.values.length - 1).numberFormat = [run.values];
        }
      }
      await context.sync();
      return { mode: plan.mode, rowIndex: plan.rowIndex, id: plan.id, row: plan.row };
    }),
  );
}

export interface TableRowValues {
  readonly rowIndex: number;
  readonly id: string;
  /** Cells of the schema columns present in the table, by key. */
  readonly values: Partial<Record<ColumnKey, CellValue>>;
}

/** The schema cells of one row, by key (pure; used by the selection adapter). */
export function rowValuesByKey(headers: readonly unknown[], cells: readonly unknown[]): Partial<Record<ColumnKey, CellValue>> {
  const resolved = resolveHeaders(headers);
  const values: Partial<Record<ColumnKey, CellValue>> = {};
  for (const column of COLUMNS) {
    const index = resolved.indexOf[column.key];
    if (index !== undefined) values[column.key] = cells[index] as CellValue;
  }
  return values;
}
