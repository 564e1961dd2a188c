/**
 * Writes the demo workbook through the Excel JavaScript API, so the same code
 * fills the simulator and would fill real Excel: a Commitments table with the
 * schema's Korean headers, number formats and widths (as an officer's own
 * sheet would have), Amount (KRW) as the live formula over the FxRates table,
 * the FxRates table, and (schema 2) the Progress ledger that Realized (KRW) and Jobs created
 * sum with SUMIFS. It records the schema version as setup would, so a
 * visitor's first screen says the workbook is current instead of asking to
 * "upgrade" a workbook that lacks nothing.
 */
import type { ExcelRun } from "../office/run";
import { COLUMNS, FX_TABLE_NAME, PROGRESS_COLUMNS, PROGRESS_TABLE_NAME, SCHEMA_VERSION, TABLE_NAME, type Language } from "../schema";
import { SCHEMA_VERSION_SETTING } from "../taskpane/host/setupPlan";
import { FX_COLUMNS, amountKrwFormula } from "../schema/formulas";
import { commitmentProgressFormulas, progressAmountKrwFormula } from "../schema/progressFormulas";
import { columnLetters } from "../a1/columns";
import { commitmentTableValues, fxTableValues, progressTableValues } from "./seedWorkbook";

export const SEED_SHEET_NAMES: Readonly<Record<Language, { commitments: string; fxRates: string; progress: string }>> = {
  ko: { commitments: "약정", fxRates: "환율", progress: "이행실적" },
  en: { commitments: "Commitments", fxRates: "FxRates", progress: "Progress" },
};

interface TableSpec {
  readonly values: (string | number | boolean)[][];
  readonly numberFormats: readonly string[];
  readonly widths: readonly number[];
}

function writeTable(sheet: Excel.Worksheet, tableName: string, spec: TableSpec): void {
  const rowCount = spec.values.length;
  const columnCount = spec.values[0].length;
  const address = `A1:${columnLetters(columnCount - 1)}${rowCount}`;
  const range = sheet.getRange(address);
  // Formats first: "081070" must land in a text-formatted cell to stay text.
  range.numberFormat = spec.values.map((_, row) => spec.numberFormats.map((format) => (row === 0 ? "@" : format)));
  range.values = spec.values;
  const table = sheet.tables.add(address, true);
  table.name = tableName;
  spec.widths.forEach((width, index) => {
    sheet.getRange(`${columnLetters(index)}:${columnLetters(index)}`).format.columnWidth = width;
  });
  sheet.freezePanes.freezeRows(1);
}

/**
 * Fills a fresh workbook (one empty sheet, as a new simulator starts) with the
 * seed commitments and rates in one batch and one sync.
 */
export async function writeSeedWorkbook(run: ExcelRun, language: Language = "ko"): Promise<void> {
  const names = SEED_SHEET_NAMES[language];
  await run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    if (sheets.items.length !== 1) {
      throw new Error(`The demo workbook is written into a fresh workbook with one sheet; this one has ${sheets.items.length}.`);
    }
    const commitments = sheets.items[0];
    commitments.name = names.commitments;
    const fxRates = sheets.add(names.fxRates);
    writeTable(fxRates, FX_TABLE_NAME, {
      values: fxTableValues(language),
      numberFormats: FX_COLUMNS.map((column) => column.numberFormat),
      widths: FX_COLUMNS.map((column) => column.width),
    });
    // Schema 2: the dated ledger, before the Commitments formulas that sum it.
    const progress = sheets.add(names.progress);
    const progressKrw = PROGRESS_COLUMNS.findIndex((column) => column.key === "amountKrw");
    const progressFormula = progressAmountKrwFormula(language);
    writeTable(progress, PROGRESS_TABLE_NAME, {
      values: progressTableValues(language).map((row, index) => (index === 0 ? row : row.map((cell, column) => (column === progressKrw ? progressFormula : cell)))),
      numberFormats: PROGRESS_COLUMNS.map((column) => column.numberFormat),
      widths: PROGRESS_COLUMNS.map((column) => column.width),
    });
    const formulas = new Map<number, string>([
      [COLUMNS.findIndex((column) => column.key === "amountKrw"), amountKrwFormula(language)],
      [COLUMNS.findIndex((column) => column.key === "realizedKrw"), commitmentProgressFormulas(language).realizedKrw],
      [COLUMNS.findIndex((column) => column.key === "jobsCreated"), commitmentProgressFormulas(language).jobsCreated],
    ]);
    writeTable(commitments, TABLE_NAME, {
      values: commitmentTableValues(language).map((row, index) => (index === 0 ? row : row.map((cell, column) => formulas.get(column) ?? cell))),
      numberFormats: COLUMNS.map((column) => column.numberFormat),
      widths: COLUMNS.map((column) => column.width),
    });
    context.workbook.settings.add(SCHEMA_VERSION_SETTING, SCHEMA_VERSION);
    commitments.activate();
    commitments.getRange("A2").select();
    await context.sync();
  });
}
