/**
 * Sync adapter: reads the Commitments table and the sync records, executes a resolved
 * plan chunk by chunk, logs every run on the SyncLog sheet, and undoes the last run.
 * The decisions are all made in src/sync; these modules only move 2-D arrays in and out
 * of the workbook. One concept per module:
 *
 *   - syncRead.ts: the table in blocks under the 5 MB response cap, the records, sources;
 *   - syncApply.ts: chunk writes, ordered so a request stopped after any operation is
 *     completed by running the same sync again (Excel requests are not transactions);
 *   - syncChecks.ts: the in-request checks (row IDs at their positions, the table's end);
 *   - syncUndo.ts: "Undo last sync";
 *   - syncLog.ts: the SyncLog sheet.
 *
 * Guarantees, and how (docs/sync.md, "How a sync writes"):
 *   - Whole rows only: a chunk holds whole rows; its checks run before its writes, and its
 *     records are written last, so a request that stops midway leaves rows without records,
 *     never records without rows.
 *   - No write into the wrong row: each updated row's ID is checked at its position inside
 *     the request that writes it; a sort in between stops the sync before that chunk writes.
 *   - Every new row lands inside the table: the table grows by exactly the chunk's rows
 *     (table.resize or rows.add), never by Excel's auto-expansion, and the request checks the
 *     new end of the table before writing the records.
 *   - No silent overwrite: the rows a chunk updates are compared with the preview first.
 *   - Rerunnable: the same sync run again completes an interrupted one, with no duplicates and
 *     no losses (property-tested with a fault at every operation, sync.faults.test.ts).
 */
export { readCurrent, listSources, readSourceTable, readSourceSheet, readTableValues, planContext, type CurrentSnapshot, type SourceChoice } from "./syncRead";
export { applyPlan, type ApplyOptions, type SyncProgress, type SyncResult } from "./syncApply";
export { SYNC_LOG_SHEET, type SyncOutcome } from "./syncLog";
export { undoLastSync, readLastSync, EditedSinceSyncError, FILTERED_TABLE, type UndoOptions } from "./syncUndo";
export { type GrowMethod } from "./syncChecks";
export { syncTarget, type SyncTarget, type SyncTargetInfo } from "./syncTarget";
export { undoSummary, type UndoSummary } from "../../sync";
