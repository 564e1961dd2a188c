/**
 * Selection adapter: follows the user's selection in the sheet (a row of the Commitments table
 * loads into the form) and selects cells for the validation panel.
 */
import type { ExcelRun } from "../../office/run";
import { PROGRESS_TABLE_NAME, TABLE_NAME, columnSpec, progressColumnSpec, resolveHeaders, resolveProgressHeaders, isBlank, type ColumnKey, type ProgressColumnKey } from "../../schema";
import { LocalizedError, isItemNotFound, withTable } from "./LocalizedError";
import { createEventFeed } from "./eventFeed";
import { rowValuesByKey, type TableRowValues } from "./rows";
import { sheetRowOf, sheetRowText } from "../i18n/sheetRow";

export type RowSelectedListener = (row: TableRowValues | null) => void;
export type ErrorListener = (error: unknown) => void;

/**
 * Where the selection is, or null when it is not one range: Excel's getSelectedRange() throws
 * for a multi-area selection (Ctrl+click) and when a chart or shape is selected. The form then
 * simply loads nothing, as for a selection outside the table; it is not an error to show.
 */
async function selectedCell(context: Excel.RequestContext): Promise<{ sheet: string; rowIndex: number; columnIndex: number } | null> {
  const selected = context.workbook.getSelectedRange().load("rowIndex,columnIndex");
  const sheet = context.workbook.getSelectedRange().worksheet.load("name");
  try {
    await context.sync();
  } catch {
    return null;
  }
  return { sheet: sheet.name, rowIndex: selected.rowIndex, columnIndex: selected.columnIndex };
}

/** The table row under the current selection, or null when the selection is outside the table body. */
export async function readSelectedRow(run: ExcelRun): Promise<TableRowValues | null> {
  try {
    return await run(async (context) => {
      const selected = await selectedCell(context);
      if (!selected) return null;
      const table = context.workbook.tables.getItem(TABLE_NAME);
      const body = table.getDataBodyRange().load("rowIndex,rowCount,columnIndex,columnCount");
      const tableSheet = table.worksheet.load("name");
      const header = table.getHeaderRowRange().load("values");
      await context.sync();
      if (selected.sheet !== tableSheet.name) return null;
      const rowIndex = selected.rowIndex - body.rowIndex;
      const column = selected.columnIndex - body.columnIndex;
      if (rowIndex < 0 || rowIndex >= body.rowCount || column < 0 || column >= body.columnCount) return null;
      const row = table.getDataBodyRange().getRow(rowIndex).load("values");
      await context.sync();
      const values = rowValuesByKey(header.values[0], row.values[0]);
      return { rowIndex, sheetRow: sheetRowOf(body.rowIndex, rowIndex), id: isBlank(values.id) ? "" : String(values.id).trim(), values };
    });
  } catch (error) {
    // Before setup there is no table: a selection then simply loads nothing.
    if (isItemNotFound(error)) return null;
    throw error;
  }
}

/** One workbook-wide selection handler per host, fanned out to listeners (eventFeed.ts). */
export function createRowSelectionFeed(run: ExcelRun) {
  const feed = createEventFeed<{ onRow: RowSelectedListener; onError: ErrorListener }>(() =>
    run(async (context) => {
      context.workbook.worksheets.onSelectionChanged.add(handleSelectionChanged);
      await context.sync();
    }),
  );

  async function handleSelectionChanged(): Promise<void> {
    if (feed.listeners.size === 0) return;
    try {
      const row = await readSelectedRow(run);
      for (const listener of feed.listeners) listener.onRow(row);
    } catch (error) {
      for (const listener of feed.listeners) listener.onError(error);
    }
  }

  return {
    /** Calls `onRow` with the table row each time the selection moves (null outside the table). */
    onRowSelected(onRow: RowSelectedListener, onError: ErrorListener): () => void {
      return feed.subscribe({ onRow, onError });
    },
  };
}

/** Selects one body cell of the Commitments table (activating its sheet): 2 syncs. */
export async function selectCell(run: ExcelRun, rowIndex: number, column: ColumnKey): Promise<void> {
  await run((context) =>
    withTable(async () => {
      const table = context.workbook.tables.getItem(TABLE_NAME);
      const header = table.getHeaderRowRange().load("values");
      const body = table.getDataBodyRange().load("rowIndex,rowCount");
      await context.sync();
      const index = resolveHeaders(header.values[0]).indexOf[column];
      if (index === undefined) {
        const spec = columnSpec(column);
        throw new LocalizedError({ ko: `약정 표에 ${spec.ko} 열이 없습니다.`, en: `The Commitments table has no ${spec.en} column.` });
      }
      if (rowIndex < 0 || rowIndex >= body.rowCount) {
        const where = sheetRowText(sheetRowOf(body.rowIndex, rowIndex));
        throw new LocalizedError({
          ko: `${where.ko}은(는) 더 이상 약정 표 안에 없습니다. 검증을 다시 실행하세요.`,
          en: `${where.en[0].toUpperCase()}${where.en.slice(1)} is no longer in the Commitments table. Run validation again.`,
        });
      }
      table.worksheet.activate();
      table.getDataBodyRange().getCell(rowIndex, index).select();
      await context.sync();
    }),
  );
}

/**
 * Selects one cell of the Progress table (a ledger problem the validation panel lists): body row
 * `progressRow`, the column `column`, on its sheet (1 sync, plus 1 to select). Refuses, naming
 * it, a row that is no longer in the table.
 */
export async function selectProgressCell(run: ExcelRun, progressRow: number, column: ProgressColumnKey): Promise<void> {
  await run(async (context) => {
    try {
      const table = context.workbook.tables.getItem(PROGRESS_TABLE_NAME);
      const header = table.getHeaderRowRange().load("values");
      const body = table.getDataBodyRange().load("rowIndex,rowCount");
      await context.sync();
      const index = resolveProgressHeaders(header.values[0]).indexOf.get(column);
      if (index === undefined) {
        const spec = progressColumnSpec(column);
        throw new LocalizedError({ ko: `이행실적 표에 ${spec.ko} 열이 없습니다.`, en: `The Progress table has no ${spec.en} column.` });
      }
      if (progressRow < 0 || progressRow >= body.rowCount) {
        const where = sheetRowText(sheetRowOf(body.rowIndex, progressRow));
        throw new LocalizedError({
          ko: `${where.ko}은(는) 더 이상 이행실적 표 안에 없습니다. 검증을 다시 실행하세요.`,
          en: `${where.en[0].toUpperCase()}${where.en.slice(1)} is no longer in the Progress table. Run validation again.`,
        });
      }
      table.worksheet.activate();
      table.getDataBodyRange().getCell(progressRow, index).select();
      await context.sync();
    } catch (error) {
      if (isItemNotFound(error)) throw new LocalizedError({ ko: "이행실적 표(Progress)가 없습니다.", en: "There is no Progress table." }, { cause: error });
      throw error;
    }
  });
}
