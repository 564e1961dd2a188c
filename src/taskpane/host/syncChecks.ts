/**
 * Checks that run inside a write request, before its writes, so a request whose target
 * rows moved fails before it changes anything.
 *
 * An Excel request is not a transaction, but while it runs nobody can sort, insert or type
 * between its operations. So a check queued first in the request holds for the writes that
 * follow it. A check has to throw to stop the rest, and Range.find (ExcelApi 1.9) throws
 * ItemNotFound when nothing matches: looking for a row's ID in the two-cell windows
 * [position - 1, position] and [position, position + 1] of the ID column finds it in both
 * exactly when it sits at `position` (IDs are unique in the table; a one-cell find would
 * search the whole sheet, so never one cell).
 */
import type { SyncKey } from "../../sync";

/** Excel's find treats * ? ~ as wildcards; ~ escapes them. */
export function findText(id: string): string {
  return id.replace(/[~*?]/g, "~$&");
}

const EXACT: Excel.SearchCriteria = { completeMatch: true, matchCase: true };

/** The error a failed pin throws (Range.find's ItemNotFound). */
export function isPinFailure(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, debugInfo } = error as { code?: unknown; debugInfo?: { errorLocation?: unknown } };
  return code === "ItemNotFound" && (debugInfo?.errorLocation === undefined || /find/i.test(String(debugInfo.errorLocation)));
}

/**
 * Queues the check that the body row at `position` holds `cellText` in the ID column.
 * `cellText` is the ID as the cell shows it (untrimmed).
 */
export function queueRowPin(body: Excel.Range, position: number, idIndex: number, cellText: string): void {
  const cell = body.getCell(position, idIndex);
  // Loading a property makes Excel run the find (an object nobody uses is never sent).
  cell.getOffsetRange(-1, 0).getResizedRange(1, 0).find(findText(cellText), EXACT).load("rowIndex");
  cell.getResizedRange(1, 0).find(findText(cellText), EXACT).load("rowIndex");
}

/** Queues the check that the table's body ends with the row at `position` holding `cellText`. */
export function queueEndPin(table: Excel.Table, position: number, idIndex: number, cellText: string): void {
  const body = table.getDataBodyRange();
  queueRowPin(body, position, idIndex, cellText);
  // The last body row holds it too, so the body has exactly position + 1 rows.
  body.getLastRow().getCell(0, idIndex).getOffsetRange(-1, 0).getResizedRange(1, 0).find(findText(cellText), EXACT).load("rowIndex");
}

function blank(value: unknown): boolean {
  return value === null || value === undefined || value === "" || (typeof value === "string" && value.trim() === "");
}

/**
 * Body positions of the blank rows at the table's end, which new rows fill before any is
 * appended: a new table's one blank row, or rows a failed request grew but never filled.
 * Blank means every column sync owns is blank, except Amount (KRW), whose calculated
 * formula fills every new row; columns the officer keeps by hand (연번…) may hold anything.
 */
export function trailingBlankRows(values: readonly (readonly unknown[])[], columns: readonly (SyncKey | null)[]): number[] {
  const owned = columns.map((key, index) => (key !== null && key !== "amountKrw" ? index : -1)).filter((i) => i >= 0);
  const positions: number[] = [];
  for (let r = values.length - 1; r >= 1; r--) {
    const row = values[r];
    if (!owned.every((i) => blank(row[i]))) break;
    positions.unshift(r - 1);
  }
  return positions;
}

/** How the table grows: table.resize (ExcelApi 1.13) where Office supports it, else rows.add. */
export type GrowMethod = "resize" | "rowsAdd";

export function defaultGrowMethod(): GrowMethod {
  const office = (globalThis as { Office?: { context?: { requirements?: { isSetSupported(name: string, version: string): boolean } } } }).Office;
  const requirements = office?.context?.requirements;
  // No Office (the simulator, the demo): the simulator implements resize.
  if (!requirements) return "resize";
  return requirements.isSetSupported("ExcelApi", "1.13") ? "resize" : "rowsAdd";
}
