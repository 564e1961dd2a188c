/**
 * Rejected rows written to a new sheet of the workbook. The CSV download is a
 * Blob, and Blob downloads do nothing in Office for Mac (office-js #2700), so
 * this is the way out that works in every Excel. The rows are hostile by
 * assumption: every text is written as a value through `toCellInput`, so text
 * that starts like a formula (or that Excel would re-type, such as `0303`) is
 * stored as the literal text, never run.
 */
import type { ExcelRun } from "../../office/run";
import type { Language } from "../../schema";
import { jsonBytes, MAX_CHUNK_BYTES, rejectedTable, toCellInput, type RejectedRow } from "../../sync";
import { columnLetters } from "../../a1/columns";

/** Excel's limit on the text in one cell. */
export const MAX_CELL_CHARACTERS = 32_767;

export interface RejectedSheetInput {
  readonly sourceName: string;
  readonly sourceHeaders: readonly string[];
  readonly rejected: readonly RejectedRow[];
  readonly language: Language;
}

export interface RejectedSheetResult {
  readonly sheetName: string;
  readonly rows: number;
  /** Cells longer than Excel allows, cut (the CSV download keeps them whole). */
  readonly truncatedCells: number;
}

type Cell = string | number | boolean;

/** "제외된 행", or "제외된 행 (2)" when taken; compared case-insensitively, as Excel does. */
export function uniqueSheetName(base: string, taken: readonly string[]): string {
  const names = new Set(taken.map((name) => name.toLowerCase()));
  if (!names.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!names.has(candidate.toLowerCase())) return candidate;
  }
}

/** The sheet's rows as cell inputs: text neutralised, row numbers as numbers, over-long text cut with a marker. */
export function rejectedSheetRows(input: RejectedSheetInput): { rows: Cell[][]; truncatedCells: number } {
  const table = rejectedTable(input.rejected, input.sourceHeaders, input.language);
  let truncatedCells = 0;
  const cell = (text: string): Cell => {
    const cut = input.language === "ko" ? ` …(잘림: ${text.length}자)` : ` …(cut: ${text.length} characters)`;
    // One character is kept for the text prefix toCellInput may add.
    const fitted = text.length < MAX_CELL_CHARACTERS ? text : text.slice(0, MAX_CELL_CHARACTERS - 1 - cut.length) + cut;
    if (fitted !== text) truncatedCells++;
    return toCellInput(fitted);
  };
  const rows: Cell[][] = [table.header.map(cell)];
  for (const row of table.rows) rows.push([...row.cells.map(cell), row.sourceRow, cell(row.reasons)]);
  return { rows, truncatedCells };
}

/** Writes the rejected rows to a new sheet, in requests under Excel on the web's 5 MB limit, and shows it. */
export async function writeRejectedSheet(run: ExcelRun, input: RejectedSheetInput): Promise<RejectedSheetResult> {
  const { rows, truncatedCells } = rejectedSheetRows(input);
  const width = rows[0].length;
  const lastColumn = columnLetters(width - 1);
  const chunks: { start: number; rows: Cell[][] }[] = [];
  let current: Cell[][] = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((row, index) => {
    const size = jsonBytes(row);
    if (current.length > 0 && bytes + size > MAX_CHUNK_BYTES) {
      chunks.push({ start, rows: current });
      current = [];
      start = index;
      bytes = 0;
    }
    current.push(row);
    bytes += size;
  });
  chunks.push({ start, rows: current });

  const sheetName = await run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const base = input.language === "ko" ? "제외된 행" : "Rejected rows";
    const name = uniqueSheetName(base, sheets.items.map((s) => s.name));
    sheets.add(name);
    await context.sync();
    return name;
  });
  for (const chunk of chunks) {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.getRange(`A${chunk.start + 1}:${lastColumn}${chunk.start + chunk.rows.length}`).values = chunk.rows;
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per chunk, each under 4 MB, is the point
      await context.sync();
    });
  }
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.getRange(`A1:${lastColumn}1`).format.font.bold = true;
    sheet.freezePanes.freezeRows(1);
    sheet.activate();
    await context.sync();
  });
  return { sheetName, rows: rows.length - 1, truncatedCells };
}
