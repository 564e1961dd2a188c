/**
 * Row adapter: saves one commitment (append or update in place) and reads one table row for the
 * form. A save reads only the headers, the ID column and the first row's formulas, never the
 * whole body (over 5 MB at about 20,000 rows).
 */
import type { ExcelRun } from "../../office/run";
import { COLUMNS, TABLE_NAME, resolveHeaders, type ColumnKey } from "../../schema";
import type { CanonicalRow, CellValue } from "../../validation";
import { sheetRowOf } from "../i18n/sheetRow";
import { LocalizedError, withTable } from "./LocalizedError";
import { contiguousRuns, planRowWrite, resolveSaveColumns, type SaveRowInput } from "./rowPlan";
import { DUPLICATE_COLUMNS, likelyDuplicates, type DuplicateMatch, type ExistingRow } from "./likelyDuplicates";
import { readColumnsInBlocks, readRowsInBlocks, type BlockReadOptions } from "./tableReads";

export type { DuplicateMatch } from "./likelyDuplicates";

export type { SaveRowInput, RowTarget } from "./rowPlan";
export { RowProblemsError } from "./rowPlan";

export interface SavedRow {
  readonly mode: "update" | "append";
  readonly rowIndex: number;
  /** The 1-based sheet row the commitment landed on. */
  readonly sheetRow: number;
  readonly id: string;
  readonly row: CanonicalRow;
}

/**
 * Writes one row. Request 1 reads the headers, the body's position and the first row's formulas;
 * then the ID column (in blocks if it is large); the last request writes. A new row is added with
 * `rows.add`, which grows the table whatever the user's AutoCorrect setting, and the body's row
 * count is checked in the same request.
 */
export async function saveRow(run: ExcelRun, input: SaveRowInput, now: number = Date.now(), options: BlockReadOptions = {}): Promise<SavedRow> {
  return run((context) =>
    withTable(async () => {
      const table = context.workbook.tables.getItem(TABLE_NAME);
      const header = table.getHeaderRowRange().load("values");
      const body = table.getDataBodyRange().load("rowIndex,rowCount");
      const firstRow = table.getDataBodyRange().getRow(0).load("formulas");
      await context.sync();

      const headers = header.values[0];
      const { idIndex } = resolveSaveColumns(headers, input.values);
      const ids = (await readRowsInBlocks(context, () => table.getDataBodyRange().getColumn(idIndex), body.rowCount, 1, options)).map((cells) => cells[0]);

      const plan = planRowWrite({ headers, ids, firstRowFormulas: firstRow.formulas[0] }, input, now);
      let grown: Excel.Range | null = null;
      if (plan.mode === "update") {
        const target = table.getDataBodyRange();
        for (const run of contiguousRuns(plan.cells)) {
          target.getCell(plan.rowIndex, run.start).getResizedRange(0, run.values.length - 1).values = [run.values];
        }
      } else {
        // null leaves a cell alone (Office.js's value semantics); the typings only list filled cells.
        const added = table.rows.add(undefined, [plan.fullRow!.slice() as (string | number | boolean)[]]).getRange();
        for (const run of contiguousRuns(plan.numberFormats)) {
          added.getCell(0, run.start).getResizedRange(0, run.values.length - 1).numberFormat = [run.values];
        }
        grown = table.getDataBodyRange().load("rowCount");
      }
      await context.sync();
      if (grown && grown.rowCount !== body.rowCount + 1) {
        throw new LocalizedError({
          ko: `새 행을 표에 추가하지 못했습니다 (행 수 ${body.rowCount} → ${grown.rowCount}). 시트를 확인한 뒤 다시 저장하세요.`,
          en: `The new row did not land in the table (rows ${body.rowCount} → ${grown.rowCount}). Check the sheet, then save again.`,
        });
      }
      return { mode: plan.mode, rowIndex: plan.rowIndex, sheetRow: sheetRowOf(body.rowIndex, plan.rowIndex), id: plan.id, row: plan.row };
    }),
  );
}

/**
 * Rows that look like the commitment about to be saved (same agency, date, instrument, country;
 * similar partner), reading only those columns, in blocks. Nothing when the table lacks one.
 */
export async function findLikelyDuplicates(
  run: ExcelRun,
  values: SaveRowInput["values"],
  exceptId: string | null,
  options: BlockReadOptions = {},
): Promise<DuplicateMatch[]> {
  return run((context) =>
    withTable(async () => {
      const table = context.workbook.tables.getItem(TABLE_NAME);
      const header = table.getHeaderRowRange().load("values");
      const body = table.getDataBodyRange().load("rowIndex,rowCount");
      await context.sync();
      let indexOf: Partial<Record<ColumnKey, number>>;
      try {
        indexOf = resolveHeaders(header.values[0]).indexOf;
      } catch {
        return []; // ambiguous headers: saving explains them
      }
      const indexes = DUPLICATE_COLUMNS.map((key) => indexOf[key]);
      if (indexes.some((index) => index === undefined)) return [];
      const rows = await readColumnsInBlocks(
        context,
        indexes.map((index) => () => table.getDataBodyRange().getColumn(index!)),
        body.rowCount,
        options,
      );
      const existing: ExistingRow[] = rows.map((cells, rowIndex) => ({
        rowIndex,
        sheetRow: sheetRowOf(body.rowIndex, rowIndex),
        cells: Object.fromEntries(DUPLICATE_COLUMNS.map((key, i) => [key, cells[i]])) as ExistingRow["cells"],
      }));
      return likelyDuplicates(
        { agency: values.agency, signed: values.signed, instrument: values.instrument, country: values.country, partner: values.partner },
        existing,
        exceptId,
      );
    }),
  );
}

export interface TableRowValues {
  readonly rowIndex: number;
  /** The 1-based sheet row, for messages. */
  readonly sheetRow: number;
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
