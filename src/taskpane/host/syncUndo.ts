/**
 * "Undo last sync": restores the cells the last sync that wrote cells overwrote, removes
 * the rows it appended, and deletes its records (so the records in force are those from
 * before it). Works for partial runs too.
 *
 * Requests are not atomic, so the order makes every prefix recoverable by running undo
 * again: restores first (a restored row is recognised and skipped), then the appended rows
 * are deleted and the ID column read back in the same request, and only once that read
 * shows them gone are the records deleted (records-only runs after it first, the run's own
 * parts last, so an interrupted deletion never exposes an older run as "the last sync").
 * A filtered table is refused before anything changes: Excel's row deletion silently does
 * nothing while a filter is on (office-js #994).
 */
import type { ExcelRun } from "../../office/run";
import { resolveHeaders, resolveProgressHeaders, timestampToSerialKst, type Language } from "../../schema";
import {
  fingerprint,
  PROGRESS_SYNCED_KEYS,
  jsonBytes,
  mergeState,
  toCellInput,
  undoSummary,
  MAX_CHUNK_BYTES,
  SYNCED_KEYS,
  SYNCED_KEYS_COMPUTED_REALIZED,
  type DeltaPart,
  type UndoSummary,
  type SyncKey,
  type UndoUpdate,
} from "../../sync";
import { LocalizedError } from "./LocalizedError";
import { idText } from "./syncApply";
import { appendLogSafely } from "./syncLog";
import { readStateParts, readTableValues } from "./syncRead";
import { syncTarget, withTargetTable, type SyncTarget } from "./syncTarget";

/** What "Undo last sync" of a table would revert (reads only its sync records), or null. */
export async function readLastSync(run: ExcelRun, target: SyncTarget = "commitments"): Promise<UndoSummary | null> {
  return run(async (context) => undoSummary(mergeState(await readStateParts(context, syncTarget(target).namespace))));
}

export class EditedSinceSyncError extends LocalizedError {
  readonly ids: readonly string[];
  constructor(ids: readonly string[]) {
    const shown = ids.slice(0, 10).join(", ") + (ids.length > 10 ? ` …(+${ids.length - 10})` : "");
    super({
      ko: `마지막 동기화 이후 고친 행이 있습니다(${shown}). 되돌리면 그 수정도 사라집니다. 그래도 되돌리려면 '그래도 되돌리기'를 누르세요.`,
      en: `Some rows were edited after the last sync (${shown}). Undoing would discard those edits. Choose "Undo anyway" to go ahead.`,
    });
    this.name = "EditedSinceSyncError";
    this.ids = ids;
  }
}

/** Why nothing was undone on a filtered table (Excel does not delete rows while a filter is on), naming the table. */
export function filteredTable(label: { readonly ko: string; readonly en: string }): { ko: string; en: string } {
  return {
    ko: `${label.ko}에 필터가 걸려 있어 되돌리기를 하지 않았습니다(필터가 있으면 Excel이 행을 지우지 않습니다). 필터를 해제한 뒤 다시 되돌리세요.`,
    en: `The ${label.en} is filtered, so nothing was undone (Excel does not delete rows while a filter is on). Clear the filter and undo again.`,
  };
}

export const FILTERED_TABLE = filteredTable(syncTarget("commitments").label);

export interface UndoOptions {
  /** Undo even rows edited after the sync (the officer confirmed). */
  readonly force?: boolean;
  readonly now?: number;
  readonly maxChunkBytes?: number;
  /** Only undo this run (UndoSummary.run): a second click, or a rerun after a failure, never reaches an older run. */
  readonly expectRun?: number;
  /** The table whose last sync to undo: Commitments by default. */
  readonly target?: SyncTarget;
}

/**
 * Reverts the last sync run that wrote cells. Can be re-run after a failure: rows are found
 * by ID, so each step is idempotent. Returns what was reverted, or null when there was nothing.
 */
export async function undoLastSync(run: ExcelRun, options: UndoOptions = {}): Promise<UndoSummary | null> {
  const now = options.now ?? Date.now();
  const budget = options.maxChunkBytes ?? MAX_CHUNK_BYTES;
  let summary: UndoSummary | null = null;
  let language: Language = "ko";
  const target = syncTarget(options.target ?? "commitments");
  await run((context) =>
    withTargetTable(target.target, async () => {
      const table = context.workbook.tables.getItem(target.tableName);
      const filter = table.autoFilter.load("isDataFiltered");
      const values = await readTableValues(context, table);
      if (filter.isDataFiltered) throw new LocalizedError(filteredTable(target.label));
      const merged = mergeState(await readStateParts(context, target.namespace));
      summary = undoSummary(merged);
      if (!summary || (options.expectRun !== undefined && summary.run !== options.expectRun)) {
        summary = null;
        return;
      }
      // The table's columns by key, whichever table it is.
      const columnIndex = new Map<SyncKey, number>();
      if (target.target === "progress") {
        const progress = resolveProgressHeaders(values[0]);
        language = progress.language;
        for (const [key, index] of progress.indexOf) columnIndex.set(key, index);
      } else {
        const headers = resolveHeaders(values[0]);
        language = headers.language;
        for (const [key, index] of Object.entries(headers.indexOf) as [SyncKey, number][]) columnIndex.set(key, index);
      }
      const idIndex = columnIndex.get(target.target === "progress" ? "progressId" : "id")!;
      const positionOf = new Map<string, number>();
      values.slice(1).forEach((row, position) => {
        const id = idText(row[idIndex]);
        if (id !== "" && !positionOf.has(id)) positionOf.set(id, position);
      });
      const runParts = merged.lastRun.map((p) => p.part as DeltaPart);
      const written = new Map<string, string>();
      for (const part of runParts) for (const [id, fp] of part.records) written.set(id, fp);

      // A row counts as edited after the sync when it is neither as the sync wrote it nor already
      // restored (a rerun after an interrupted undo finds some rows restored).
      const rowOf = (id: string) => values[positionOf.get(id)! + 1];
      const restoredAlready = (undo: UndoUpdate) => undo.columns.every((column, i) => (rowOf(undo.id)[column] ?? "") === (undo.before[i] ?? ""));
      const asWritten = (id: string) => {
        const row = rowOf(id);
        const raw: Partial<Record<SyncKey, unknown>> = {};
        for (const [key, index] of columnIndex) raw[key] = row[index];
        const fp = written.get(id);
        if (target.target === "progress") return fingerprint(raw, PROGRESS_SYNCED_KEYS) === fp;
        // The record is in one of two layouts: with Realized (KRW), or (schema 2, where the
        // Progress ledger computes it) without. A hash matches only the layout it was made in.
        return fingerprint(raw, SYNCED_KEYS) === fp || fingerprint(raw, SYNCED_KEYS_COMPUTED_REALIZED) === fp;
      };
      const restores = runParts.flatMap((p) => p.undoUpdates).filter((u) => positionOf.has(u.id) && !restoredAlready(u));
      const appendedIds = runParts.flatMap((p) => p.appendedIds).filter((id) => positionOf.has(id));
      if (!options.force) {
        const edited = [...restores.map((u) => u.id), ...appendedIds].filter((id) => !asWritten(id));
        if (edited.length > 0) throw new EditedSinceSyncError(edited);
      }

      // Restores, in requests under the byte budget.
      const width = values[0].length;
      let batchBytes = 0;
      for (const undo of restores) {
        const row: unknown[] = new Array(width).fill(null);
        undo.columns.forEach((column, i) => (row[column] = toCellInput((undo.before[i] ?? "") as string | number | boolean)));
        table.getDataBodyRange().getCell(positionOf.get(undo.id)!, 0).getResizedRange(0, width - 1).values = [row];
        batchBytes += jsonBytes(row) + 64;
        if (batchBytes > budget) {
          context.application.suspendApiCalculationUntilNextSync();
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- keeps each request under the 5 MB cap
          await context.sync();
          batchBytes = 0;
        }
      }
      // Appended rows: delete bottom-up, contiguous positions as one range, so positions stay valid;
      // then read the ID column back in the same request to see they are gone.
      const positions = appendedIds.map((id) => positionOf.get(id)!).sort((a, b) => b - a);
      let i = 0;
      while (i < positions.length) {
        let j = i;
        while (j + 1 < positions.length && positions[j + 1] === positions[j] - 1) j++;
        const first = positions[j];
        table.getDataBodyRange().getCell(first, 0).getResizedRange(i === j ? 0 : j - i, width - 1).delete("Up");
        i = j + 1;
      }
      const after = positions.length > 0 ? table.getDataBodyRange().getColumn(idIndex).load("values") : null;
      context.application.suspendApiCalculationUntilNextSync();
      await context.sync();
      if (after) {
        const remaining = new Set(after.values.map((r) => idText(r[0])));
        const left = appendedIds.filter((id) => remaining.has(id));
        if (left.length > 0) {
          throw new LocalizedError({
            ko: `추가했던 행 ${left.length}개가 지워지지 않았습니다(${left.slice(0, 5).join(", ")}). 필터나 보호를 해제한 뒤 다시 되돌리세요. 동기화 기록은 그대로 두었습니다.`,
            en: `${left.length} added row(s) were not deleted (${left.slice(0, 5).join(", ")}). Clear any filter or protection and undo again. The sync records were kept.`,
          });
        }
      }
      // Records-only runs after it first, the run's own parts last (see the module comment).
      const own = new Set(merged.lastRun.map((p) => p.partId));
      for (const part of merged.undoParts) if (!own.has(part.partId)) context.workbook.customXmlParts.getItem(part.partId).delete();
      for (const part of merged.lastRun) context.workbook.customXmlParts.getItem(part.partId).delete();
      await context.sync();
    }),
  );
  if (summary) {
    const s = summary as UndoSummary;
    const line = [
      timestampToSerialKst(now),
      target.target === "progress" ? `${s.source} → ${language === "ko" ? "이행실적" : "Progress"}` : s.source,
      0,
      s.updated,
      0,
      0,
      0,
      language === "ko" ? "되돌림" : "Undone",
      language === "ko" ? `수정 ${s.updated}행 복원, 추가 ${s.appended}행 삭제` : `${s.updated} updated rows restored, ${s.appended} added rows removed`,
    ];
    const logged = await appendLogSafely(run, language, line, "undo");
    if (logged.message) throw new LocalizedError(logged.message);
  }
  return summary;
}
