/**
 * What the demo grid does when a user types into it, done through the Excel API
 * like any other client of the workbook: text written to `values` behaves as it
 * does in Excel ("=..." becomes a formula, "'..." stays text, numbers parse).
 */
import type { ExcelRun } from "../../office/run";

/** Writes what the user typed into one cell. */
export async function writeUserInput(run: ExcelRun, sheet: string, address: string, text: string): Promise<void> {
  await run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).values = [[text]];
    await context.sync();
  });
}

/** Delete key: clears the contents (not the formats) of the selected cells. */
export async function clearContents(run: ExcelRun, sheet: string, address: string): Promise<void> {
  await run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).clear("Contents");
    await context.sync();
  });
}
