/**
 * Executes a resolved sync plan, one chunk per request. The decisions are all made in
 * src/sync (buildWritePlan); this module only moves 2-D arrays into the workbook.
 *
 * An Excel request is NOT a transaction: Excel applies the operations before a failing one
 * and skips the rest. So each request is ordered so that stopping after any operation leaves
 * a state the next sync (run again on the same source) completes, with no row lost or doubled:
 *
 *   1. checks (syncChecks.ts): every row the chunk updates still holds its ID at its position,
 *      and the table still ends where the last request left it. A failed check throws before
 *      anything is written, so a sort between requests can never send a write into another row;
 *   2. the cell writes: updates in place (null = leave the cell), blank rows at the end filled;
 *   3. the table grows by exactly the chunk's new rows (table.resize, ExcelApi 1.13, or one
 *      rows.add per chunk), never by Excel's auto-expansion (office-js #2097, #3191; off when
 *      AutoCorrect "include new rows" is off), then the new rows are written;
 *   4. a check that the body now ends with the chunk's last new row (the row count is right);
 *   5. the chunk's sync records and undo entries (one custom XML part), last: a request that
 *      stopped earlier leaves no record for a row that is not in the table.
 *
 * What a rerun then finds: rows written without their records match the incoming rows (by ID,
 * or by content for rows without IDs) and are recorded as already in sync; rows the table grew
 * but never filled are blank rows at its end, which the next run's new rows fill first.
 * The price: rows written without their record have no undo entry, so "Undo last sync" after
 * such a rerun leaves them as synced.
 */
import type { ExcelRun } from "../../office/run";
import type { Language } from "../../schema";
import {
  buildWritePlan,
  compactParts,
  partToXml,
  storedValue,
  MAX_CHUNK_BYTES,
  recordTuple,
  type DeltaPart,
  type SyncPlan,
  type WriteChunk,
} from "../../sync";
import type { LocalizedMessage } from "../../validation";
import { LocalizedError } from "./LocalizedError";
import { defaultGrowMethod, isPinFailure, queueEndPin, queueRowPin, trailingBlankRows, type GrowMethod } from "./syncChecks";
import { appendLogSafely, errorText, joinMessages, logLine, queueLogLine, SYNC_LOG_SHEET, type SyncOutcome } from "./syncLog";
import type { CurrentSnapshot } from "./syncRead";
import { syncTarget, withTargetTable } from "./syncTarget";

export interface SyncProgress {
  readonly chunksDone: number;
  readonly chunksTotal: number;
  readonly rowsDone: number;
  readonly rowsTotal: number;
}

export interface SyncResult {
  readonly outcome: SyncOutcome;
  readonly inserted: number;
  readonly updated: number;
  readonly chunksDone: number;
  readonly chunksTotal: number;
  /** Why it stopped, for anything but "completed" / "nothingToDo". */
  readonly message: LocalizedMessage | null;
  /** False when even the SyncLog line could not be written (the message says why). */
  readonly logged: boolean;
}

export interface ApplyOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: SyncProgress) => void;
  readonly now?: number;
  readonly maxChunkBytes?: number;
  /** How the table grows; by default table.resize where ExcelApi 1.13 is supported, else rows.add. */
  readonly growBy?: GrowMethod;
}

class StalePreviewError extends LocalizedError {}

function stale(ko: string, en: string): StalePreviewError {
  return new StalePreviewError({
    ko: `미리보기 이후 통합 문서가 바뀌었습니다: ${ko} 미리보기를 다시 하세요. 지금까지 적용한 행은 그대로 있고, 다시 동기화하면 나머지를 이어서 적용합니다.`,
    en: `The workbook changed since the preview: ${en} Preview again. Rows applied so far stay; syncing again completes the rest.`,
  });
}

function sameCells(a: readonly unknown[], b: readonly unknown[], skip: ReadonlySet<number>): boolean {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (skip.has(i)) continue;
    if ((a[i] ?? "") !== (b[i] ?? "")) return false;
  }
  return true;
}

export function idText(value: unknown): string {
  return value === null || value === undefined ? "" : typeof value === "number" ? String(value) : String(value).trim();
}

/** The text a cell shows for a raw value (what Range.find matches). */
function cellText(value: unknown): string {
  return value === null || value === undefined ? "" : typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value);
}

/**
 * Executes a resolved plan. Returns what happened (also written to SyncLog);
 * never leaves half a row. Cancelling stops between chunks.
 */
export async function applyPlan(run: ExcelRun, snapshot: CurrentSnapshot, plan: SyncPlan, options: ApplyOptions = {}): Promise<SyncResult> {
  const now = options.now ?? Date.now();
  const writes = buildWritePlan(plan, {
    now,
    amountKrwFormula: snapshot.amountKrwFormula,
    progressFormulas: snapshot.progressFormulas,
    maxChunkBytes: options.maxChunkBytes ?? MAX_CHUNK_BYTES,
    blankRows: trailingBlankRows(snapshot.values, plan.tableColumns),
  });
  const chunks = writes.chunks;
  const width = plan.tableColumns.length;
  const rowsTotal = plan.inserts.length + plan.updates.length;
  const merged = snapshot.merged;
  const runNumber = merged.nextRun;
  const growBy = options.growBy ?? defaultGrowMethod();
  const language: Language = snapshot.language;
  let chunksDone = 0;
  let inserted = 0;
  let updated = 0;

  const written = () => ({ inserted, updated, chunksDone, chunksTotal: chunks.length });
  const result = (outcome: SyncOutcome, message: LocalizedMessage | null, logged: boolean): SyncResult => ({
    outcome,
    ...written(),
    message,
    logged,
  });

  if (chunks.length === 0) {
    const logged = await appendLogSafely(run, language, logLine(plan, language, now, "nothingToDo", written()));
    return result("nothingToDo", logged.message, logged.ok);
  }

  const amountKrwIndex = plan.tableColumns.indexOf("amountKrw");
  const skipOnCompare = new Set<number>(amountKrwIndex >= 0 ? [amountKrwIndex] : []);
  const updateAt = new Map(plan.updates.map((u) => [u.position, u]));
  const target = syncTarget(plan.table);
  const idIndex = plan.tableColumns.indexOf(plan.table === "progress" ? "progressId" : "id");

  try {
    await run((context) =>
      withTargetTable(plan.table, async () => {
        const table = context.workbook.tables.getItem(target.tableName);

        /** Queues reads of the rows a chunk will update, to compare them with the preview before writing. */
        const readRowsOf = (chunk: WriteChunk | undefined) =>
          (chunk?.updates ?? [])
            .filter((range) => range.ids.some((id) => id !== null))
            .map((range) => ({
              range,
              read: table.getDataBodyRange().getCell(range.firstRow, 0).getResizedRange(range.values.length - 1, width - 1).load("values"),
            }));
        const checkRows = (reads: ReturnType<typeof readRowsOf>, chunk: WriteChunk) => {
          const ids = new Set(chunk.updatedIds);
          for (const { range, read } of reads) {
            read.values.forEach((row, offset) => {
              const expected = updateAt.get(range.firstRow + offset);
              if (!expected || !ids.has(expected.id)) return;
              if (!sameCells(row, expected.before, skipOnCompare)) {
                throw stale(`${expected.id} 행이 고쳐졌습니다.`, `row ${expected.id} was edited.`);
              }
            });
          }
        };

        // Request 1: check the table still is what the preview read, read chunk 1's rows.
        const header = table.getHeaderRowRange().load("values");
        const body = table.getDataBodyRange().load("rowCount");
        const idColumn = table.getDataBodyRange().getColumn(idIndex).load("values");
        table.load("showTotals");
        const appendCount = chunks.reduce((n, c) => n + (c.append?.length ?? 0), 0);
        // table.resize takes in the rows below the body: they must be empty. (rows.add shifts them down.)
        const below = appendCount > 0 ? table.getDataBodyRange().getRowsBelow(appendCount).getUsedRangeOrNullObject(true).load("address") : null;
        const parts = context.workbook.customXmlParts.getByNamespace(target.namespace).load("items/id");
        const logSheet = context.workbook.worksheets.getItemOrNullObject(SYNC_LOG_SHEET).load("name");
        let firstReads = readRowsOf(chunks[0]);
        await context.sync();

        if (JSON.stringify(header.values[0]) !== JSON.stringify(snapshot.values[0])) throw stale("열 제목이 바뀌었습니다.", "the column headers changed.");
        if (body.rowCount !== plan.tableRowCount) throw stale(`행 수가 ${plan.tableRowCount}에서 ${body.rowCount}(으)로 바뀌었습니다.`, `the row count went from ${plan.tableRowCount} to ${body.rowCount}.`);
        const rawIds = idColumn.values.map((r) => r[0]);
        const ids = rawIds.map(idText);
        for (const update of plan.updates) {
          if (ids[update.position] !== update.id) throw stale(`${update.id} 행의 위치가 바뀌었습니다(정렬?).`, `row ${update.id} moved (sorted?).`);
        }
        const present = new Set(ids);
        for (const insert of plan.inserts) if (present.has(insert.id)) throw stale(`${insert.id} 행이 이미 있습니다.`, `row ${insert.id} already exists.`);
        const grow: GrowMethod = table.showTotals ? "rowsAdd" : growBy;
        if (grow === "resize" && below && !below.isNullObject) {
          throw new LocalizedError({
            ko: `표 바로 아래(${below.address})에 다른 데이터가 있어 새 행 ${appendCount}개를 추가하면 표에 섞이게 됩니다. 그 데이터를 옮긴 뒤 다시 하세요.`,
            en: `There is data right below the table (${below.address}); appending ${appendCount} rows would take it into the table. Move it and try again.`,
          });
        }
        const partIds = parts.items.map((p) => p.id).sort();
        if (JSON.stringify(partIds) !== JSON.stringify([...merged.allPartIds].sort())) {
          throw stale("다른 동기화가 그사이에 실행되었습니다.", "another sync ran in the meantime.");
        }
        checkRows(firstReads, chunks[0]);

        // Fold the older records into a new base generation: each base part in its own request, the
        // folded parts deleted with the last one (an unfinished generation is ignored on read). The
        // last sync that wrote cells stays as deltas: it is what "Undo last sync" reverts.
        const baseParts = merged.needsCompaction ? compactParts(merged.foldable.state, merged.nextGen, merged.foldable.coversRun) : [];
        const folded = new Set(merged.foldable.partIds);
        for (let i = 0; i < baseParts.length; i++) {
          context.workbook.customXmlParts.add(partToXml(baseParts[i], target.namespace));
          if (i === baseParts.length - 1) {
            for (const part of parts.items) if (folded.has(part.id)) part.delete();
            firstReads = readRowsOf(chunks[0]);
          }
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a base part may be close to a megabyte
          await context.sync();
        }
        if (baseParts.length > 0) checkRows(firstReads, chunks[0]);

        let bodyCount = plan.tableRowCount;
        // The ID the table's last body row shows (for the check that the table still ends there), or null when blank.
        let lastText: string | null = bodyCount > 0 && ids[bodyCount - 1] !== "" ? cellText(rawIds[bodyCount - 1]) : null;
        for (let index = 0; index < chunks.length; index++) {
          if (options.signal?.aborted) return;
          const chunk = chunks[index];
          context.application.suspendApiCalculationUntilNextSync();
          const bodyRange = table.getDataBodyRange();
          // 1. Checks first: nothing below runs unless every target row is where the preview saw it.
          for (const range of chunk.updates) {
            range.ids.forEach((id, offset) => {
              if (id !== null) queueRowPin(bodyRange, range.firstRow + offset, idIndex, cellText(rawIds[range.firstRow + offset]));
            });
          }
          const append = chunk.append;
          if (append && lastText !== null) queueEndPin(table, bodyCount - 1, idIndex, lastText);
          // 2. Cell writes in place.
          for (const range of chunk.updates) {
            bodyRange.getCell(range.firstRow, 0).getResizedRange(range.values.length - 1, width - 1).values = range.values as unknown[][];
          }
          // 3. Grow by exactly the new rows, then write them; 4. check the body ends with the last of them.
          // A blank last row filled by this chunk now ends the table with that row's ID.
          const lastFill = chunk.updates.find((range) => range.ids[0] === null && range.firstRow === bodyCount - 1);
          let newLastText = lastFill ? cellText(storedValue(lastFill.values[0][idIndex], "")) : lastText;
          if (append) {
            const n = append.length;
            if (grow === "resize") {
              table.resize(table.getRange().getResizedRange(n, 0));
              table.getDataBodyRange().getCell(bodyCount, 0).getResizedRange(n - 1, width - 1).values = append as unknown[][];
            } else {
              // rows.add takes no null: "" is the same in a new, blank row.
              table.rows.add(undefined, append.map((row) => row.map((cell) => cell ?? "")) as (string | number | boolean)[][]);
            }
            newLastText = cellText(storedValue(append[n - 1][idIndex], ""));
            queueEndPin(table, bodyCount + n - 1, idIndex, newLastText);
          }
          // 5. The records of exactly these rows, last.
          const delta: DeltaPart = {
            kind: "delta",
            run: runNumber,
            seq: index,
            source: plan.sourceName,
            at: now,
            tableColumns: plan.tableColumns,
            records: chunk.records.map(([id, record]) => recordTuple(id, record)),
            origins: chunk.origins,
            undoUpdates: chunk.undoUpdates,
            appendedIds: chunk.appendedIds,
          };
          context.workbook.customXmlParts.add(partToXml(delta, target.namespace));
          const last = index === chunks.length - 1;
          // The log line of a completed sync travels with the last chunk: no extra request.
          if (last) {
            const line = logLine(plan, language, now, "completed", {
              inserted: inserted + chunk.appendedIds.length,
              updated: updated + chunk.updatedIds.length,
              chunksDone: chunks.length,
              chunksTotal: chunks.length,
            });
            queueLogLine(context, !logSheet.isNullObject, language, line);
          }
          const nextReads = readRowsOf(chunks[index + 1]);
          try {
            // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per chunk, each under 4 MB, is the point
            await context.sync();
          } catch (error) {
            if (isPinFailure(error)) {
              throw stale(
                "동기화하는 행의 위치가 바뀌었거나(정렬?) 표 끝이 달라졌습니다. 이번 묶음은 아무것도 쓰지 않았습니다.",
                "a row the sync writes moved (sorted?) or the end of the table changed. This chunk wrote nothing.",
              );
            }
            throw error;
          }
          chunksDone = index + 1;
          inserted += chunk.appendedIds.length;
          updated += chunk.updatedIds.length;
          bodyCount += append?.length ?? 0;
          lastText = newLastText;
          options.onProgress?.({ chunksDone, chunksTotal: chunks.length, rowsDone: inserted + updated, rowsTotal });
          if (chunks[index + 1]) checkRows(nextReads, chunks[index + 1]);
        }
      }),
    );
  } catch (error) {
    const outcome: SyncOutcome = error instanceof StalePreviewError ? "stale" : "failed";
    const message = error instanceof LocalizedError ? error.localized : { ko: `동기화 중 오류: ${errorText(error)}`, en: `Sync failed: ${errorText(error)}` };
    const logged = await appendLogSafely(run, language, logLine(plan, language, now, outcome, written()));
    return result(outcome, joinMessages(message, logged.message), logged.ok);
  }

  if (chunksDone === chunks.length) return result("completed", null, true);
  const logged = await appendLogSafely(run, language, logLine(plan, language, now, "cancelled", written()));
  return result("cancelled", logged.message, logged.ok);
}
