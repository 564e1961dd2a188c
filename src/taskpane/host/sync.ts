/**
 * Sync adapter: reads the Commitments table and the sync records, executes a
 * resolved plan chunk by chunk, logs every run on the SyncLog sheet, and undoes
 * the last run. The decisions are all made in src/sync; this module only moves
 * 2-D arrays in and out of the workbook.
 *
 * Guarantees, and how:
 *   - Whole rows only: a chunk (one request) holds whole rows, and Excel applies
 *     a request or fails it.
 *   - No silent overwrite: before a chunk is written, the rows it updates are
 *     read (in the previous request) and compared with what the preview showed;
 *     anything edited meanwhile stops the sync with "preview again".
 *   - Rerunnable: each chunk carries the sync records (fingerprints, ID origins)
 *     of exactly its rows, in the same request. After a failure or a cancel the
 *     next preview sees those rows as already synced, so running the same sync
 *     again completes it with no duplicates and no losses.
 */
import type { ExcelRun } from "../../office/run";
import { TABLE_NAME, resolveHeaders, timestampToSerialKst, type ColumnKey, type Language } from "../../schema";
import { amountKrwFormula } from "../../schema/formulas";
import {
  buildWritePlan,
  compactParts,
  mergeState,
  partToXml,
  planCounts,
  xmlToPart,
  SYNC_STATE_NAMESPACE,
  SYNCED_KEYS,
  fingerprint,
  toCellInput,
  jsonBytes,
  MAX_CHUNK_BYTES,
  type DeltaPart,
  type MergedState,
  type StoredPart,
  type SyncPlan,
  type WriteChunk,
  type ColumnMapping,
  type UndoUpdate,
  undoSummary,
  type UndoSummary,
} from "../../sync";
import type { LocalizedMessage } from "../../validation";
import { LocalizedError, withTable } from "./LocalizedError";

/** What the preview read: the table as a 2-D array (header first) and the sync records in force. */
export interface CurrentSnapshot {
  readonly values: unknown[][];
  readonly merged: MergedState;
  /** The Amount (KRW) formula new rows get: the table's own calculated formula when it has one. */
  readonly amountKrwFormula: string | null;
  readonly language: Language;
}

/**
 * Rows per read request are sized from the rows read so far so each response stays under
 * Excel's 5 MB (4 MB target, 25 % margin for longer rows further down; a block that still
 * overflows is retried at half the size).
 */
const READ_BUDGET_BYTES = 4 * 1024 * 1024;
const READ_MARGIN = 1.25;
const SAMPLE_ROWS = 500;

/**
 * Reads a table's header and body in as few requests as the 5 MB response cap
 * allows: one request learns the size and a sample, then blocks of rows sized
 * from the sample (with a 2x margin) follow.
 */
async function readTableValues(context: Excel.RequestContext, table: Excel.Table, first: () => void = () => undefined): Promise<unknown[][]> {
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("rowCount,columnCount");
  first();
  await context.sync();
  const total = body.rowCount;
  const width = body.columnCount;
  const rows: unknown[][] = [header.values[0]];
  let start = 0;
  let blockRows = Math.min(total, SAMPLE_ROWS);
  while (start < total) {
    const count = Math.min(blockRows, total - start);
    const block = table.getDataBodyRange().getCell(start, 0).getResizedRange(count - 1, width - 1).load("values");
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per block is how a table over 5 MB is read
      await context.sync();
    } catch (error) {
      // Rows further down were longer than the sample: read a smaller block instead of giving up.
      if (isPayloadTooLarge(error) && count > 1) {
        blockRows = Math.ceil(count / 2);
        continue;
      }
      throw error;
    }
    for (const row of block.values) rows.push(row);
    const perRow = Math.max(1, jsonBytes(block.values) / count);
    blockRows = Math.max(1, Math.floor(READ_BUDGET_BYTES / (perRow * READ_MARGIN)));
    start += count;
  }
  return rows;
}

function isPayloadTooLarge(error: unknown): boolean {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return (typeof code === "string" && /PayloadSizeLimitExceeded$/.test(code)) || /PayloadSizeLimitExceeded/.test(String(error));
}

async function readStateParts(context: Excel.RequestContext): Promise<StoredPart[]> {
  const parts = context.workbook.customXmlParts.getByNamespace(SYNC_STATE_NAMESPACE).load("items/id");
  await context.sync();
  const stored: StoredPart[] = [];
  // Parts are at most 3 MB each: read them one request at a time to stay under the response cap.
  for (const item of parts.items) {
    const xml = item.getXml();
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- each part may be megabytes; one per request
    await context.sync();
    // eslint-disable-next-line office-addins/load-object-before-read -- getXml() returns a ClientResult, filled by the sync above
    stored.push({ partId: item.id, part: xmlToPart(xml.value) });
  }
  return stored;
}

/** Reads the Commitments table and the sync records (the preview's one read). */
export async function readCurrent(run: ExcelRun): Promise<CurrentSnapshot> {
  return run((context) =>
    withTable(async () => {
      const table = context.workbook.tables.getItem(TABLE_NAME);
      let firstRowFormulas: Excel.Range | null = null;
      const values = await readTableValues(context, table, () => {
        firstRowFormulas = table.getDataBodyRange().getRow(0).load("formulas");
      });
      const merged = mergeState(await readStateParts(context));
      const headers = resolveHeaders(values[0]);
      const index = headers.indexOf.amountKrw;
      const formulas = (firstRowFormulas as Excel.Range | null)?.formulas?.[0] ?? [];
      const tableFormula = index !== undefined && typeof formulas[index] === "string" && String(formulas[index]).startsWith("=") ? String(formulas[index]) : null;
      return { values, merged, amountKrwFormula: index === undefined ? null : (tableFormula ?? amountKrwFormula(headers.language)), language: headers.language };
    }),
  );
}

export interface SourceChoice {
  readonly kind: "table" | "sheet";
  readonly name: string;
}

/** Tables and visible sheets the officer can sync from: everything but the Commitments table, its sheet and SyncLog (2 syncs). */
export async function listSources(run: ExcelRun): Promise<SourceChoice[]> {
  return run(async (context) => {
    const tables = context.workbook.tables.load("items/name");
    const sheets = context.workbook.worksheets.load("items/name,items/visibility");
    const home = context.workbook.tables.getItemOrNullObject(TABLE_NAME);
    home.load("name");
    await context.sync();
    let homeSheet: string | null = null;
    if (!home.isNullObject) {
      const sheet = home.worksheet.load("name");
      await context.sync();
      homeSheet = sheet.name;
    }
    return [
      ...tables.items.filter((t) => t.name !== TABLE_NAME).map((t) => ({ kind: "table" as const, name: t.name })),
      ...sheets.items
        .filter((s) => s.visibility === "Visible" && s.name !== SYNC_LOG_SHEET && s.name !== homeSheet)
        .map((s) => ({ kind: "sheet" as const, name: s.name })),
    ];
  });
}

/** Another table in the workbook, header row first. */
export async function readSourceTable(run: ExcelRun, name: string): Promise<unknown[][]> {
  return run(async (context) => readTableValues(context, context.workbook.tables.getItem(name)));
}

/** The used range of another sheet (values only), header row first. */
export async function readSourceSheet(run: ExcelRun, name: string): Promise<unknown[][]> {
  return run(async (context) => {
    const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true).load("values");
    await context.sync();
    if (used.isNullObject) {
      throw new LocalizedError({ ko: `'${name}' 시트가 비어 있습니다.`, en: `Sheet '${name}' is empty.` });
    }
    return used.values;
  });
}

const MAPPINGS_SETTING = "commitmentTracker.syncMappings";
const MAX_REMEMBERED_SOURCES = 50;

type StoredMappings = Record<string, { mapping: ColumnMapping; at: number }>;

async function readMappings(context: Excel.RequestContext): Promise<StoredMappings> {
  const setting = context.workbook.settings.getItemOrNullObject(MAPPINGS_SETTING).load("value");
  await context.sync();
  if (setting.isNullObject) return {};
  try {
    const parsed = typeof setting.value === "string" ? JSON.parse(setting.value) : setting.value;
    return parsed && typeof parsed === "object" ? (parsed as StoredMappings) : {};
  } catch {
    // A damaged setting only loses remembered mappings; auto-mapping still works and the next save rewrites it.
    return {};
  }
}

/** The mapping the officer chose for this source name last time, or null. */
export async function loadMapping(run: ExcelRun, sourceName: string): Promise<ColumnMapping | null> {
  return run(async (context) => (await readMappings(context))[sourceName]?.mapping ?? null);
}

/** Remembers the mapping for this source name in the workbook settings (kept for the 50 most recent sources). */
export async function saveMapping(run: ExcelRun, sourceName: string, mapping: ColumnMapping, now: number = Date.now()): Promise<void> {
  await run(async (context) => {
    const all = await readMappings(context);
    all[sourceName] = { mapping, at: now };
    const kept = Object.entries(all)
      .sort((a, b) => b[1].at - a[1].at)
      .slice(0, MAX_REMEMBERED_SOURCES);
    context.workbook.settings.add(MAPPINGS_SETTING, JSON.stringify(Object.fromEntries(kept)));
    await context.sync();
  });
}

export const SYNC_LOG_SHEET = "SyncLog";

const LOG_HEADERS: Record<Language, string[]> = {
  ko: ["시각", "원본", "추가", "수정", "변경 없음", "충돌(시트 유지)", "제외", "결과", "적용 내용"],
  en: ["Time", "Source", "Inserted", "Updated", "Unchanged", "Conflicts (kept sheet)", "Rejected", "Result", "Applied"],
};

export type SyncOutcome = "completed" | "cancelled" | "failed" | "stale" | "nothingToDo";

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

function idText(value: unknown): string {
  return value === null || value === undefined ? "" : typeof value === "number" ? String(value) : String(value).trim();
}

/**
 * Executes a resolved plan. Returns what happened (also written to SyncLog);
 * never leaves half a row. Cancelling stops between chunks.
 */
export async function applyPlan(run: ExcelRun, snapshot: CurrentSnapshot, plan: SyncPlan, options: ApplyOptions = {}): Promise<SyncResult> {
  const now = options.now ?? Date.now();
  const writes = buildWritePlan(plan, { now, amountKrwFormula: snapshot.amountKrwFormula, maxChunkBytes: options.maxChunkBytes ?? MAX_CHUNK_BYTES });
  const chunks = writes.chunks;
  const width = plan.tableColumns.length;
  const rowsTotal = plan.inserts.length + plan.updates.length;
  const merged = snapshot.merged;
  const runNumber = merged.nextRun;
  let chunksDone = 0;
  let inserted = 0;
  let updated = 0;

  const result = (outcome: SyncOutcome, message: LocalizedMessage | null, logged: boolean): SyncResult => ({
    outcome,
    inserted,
    updated,
    chunksDone,
    chunksTotal: chunks.length,
    message,
    logged,
  });

  if (chunks.length === 0) {
    const logged = await appendLogSafely(run, plan, snapshot.language, now, "nothingToDo", 0, 0, 0, 0);
    return result("nothingToDo", logged.message, logged.ok);
  }

  const amountKrwIndex = plan.tableColumns.indexOf("amountKrw" as ColumnKey);
  const skipOnCompare = new Set<number>(amountKrwIndex >= 0 ? [amountKrwIndex] : []);
  const updateAt = new Map(plan.updates.map((u) => [u.position, u]));

  try {
    await run((context) =>
      withTable(async () => {
        const table = context.workbook.tables.getItem(TABLE_NAME);

        /** Queues reads of the rows a chunk will update, to check them before writing. */
        const readRowsOf = (chunk: WriteChunk | undefined) =>
          (chunk?.updates ?? []).map((range) => ({
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

        // Request 1: check the table still is what the preview read, fold old records, read chunk 1's rows.
        const header = table.getHeaderRowRange().load("values");
        const body = table.getDataBodyRange().load("rowCount");
        const idIndex = plan.tableColumns.indexOf("id");
        const idColumn = table.getDataBodyRange().getColumn(idIndex).load("values");
        const appendCount = chunks.reduce((n, c) => n + (c.append?.length ?? 0), 0);
        const below = appendCount > 0 ? table.getDataBodyRange().getRowsBelow(appendCount).getUsedRangeOrNullObject(true).load("address") : null;
        const parts = context.workbook.customXmlParts.getByNamespace(SYNC_STATE_NAMESPACE).load("items/id");
        const logSheet = context.workbook.worksheets.getItemOrNullObject(SYNC_LOG_SHEET).load("name");
        let firstReads = readRowsOf(chunks[0]);
        const baseParts = merged.needsCompaction ? compactParts(merged.state, merged.nextGen, runNumber - 1) : [];
        await context.sync();

        if (JSON.stringify(header.values[0]) !== JSON.stringify(snapshot.values[0])) throw stale("열 제목이 바뀌었습니다.", "the column headers changed.");
        if (body.rowCount !== plan.tableRowCount) throw stale(`행 수가 ${plan.tableRowCount}에서 ${body.rowCount}(으)로 바뀌었습니다.`, `the row count went from ${plan.tableRowCount} to ${body.rowCount}.`);
        const ids = idColumn.values.map((r) => idText(r[0]));
        for (const update of plan.updates) {
          if (ids[update.position] !== update.id) throw stale(`${update.id} 행의 위치가 바뀌었습니다(정렬?).`, `row ${update.id} moved (sorted?).`);
        }
        const present = new Set(ids);
        for (const insert of plan.inserts) if (present.has(insert.id)) throw stale(`${insert.id} 행이 이미 있습니다.`, `row ${insert.id} already exists.`);
        if (below && !below.isNullObject) {
          throw new LocalizedError({
            ko: `표 바로 아래(${below.address})에 다른 데이터가 있어 새 행 ${appendCount}개를 추가하면 덮어쓰게 됩니다. 그 데이터를 옮긴 뒤 다시 하세요.`,
            en: `There is data right below the table (${below.address}); appending ${appendCount} rows would overwrite it. Move it and try again.`,
          });
        }
        const partIds = parts.items.map((p) => p.id).sort();
        if (JSON.stringify(partIds) !== JSON.stringify([...merged.allPartIds].sort())) {
          throw stale("다른 동기화가 그사이에 실행되었습니다.", "another sync ran in the meantime.");
        }
        checkRows(firstReads, chunks[0]);

        // Fold the stored records into a new base generation: each base part in its own request,
        // the old parts deleted with the last one (an unfinished generation is ignored on read).
        for (let i = 0; i < baseParts.length; i++) {
          context.workbook.customXmlParts.add(partToXml(baseParts[i]));
          if (i === baseParts.length - 1) for (const part of parts.items) part.delete();
          if (i === baseParts.length - 1) firstReads = readRowsOf(chunks[0]);
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a base part may be megabytes
          await context.sync();
        }
        if (baseParts.length > 0) checkRows(firstReads, chunks[0]);

        for (let index = 0; index < chunks.length; index++) {
          if (options.signal?.aborted) return;
          const chunk = chunks[index];
          context.application.suspendApiCalculationUntilNextSync();
          for (const range of chunk.updates) {
            table.getDataBodyRange().getCell(range.firstRow, 0).getResizedRange(range.values.length - 1, width - 1).values = range.values as unknown[][];
          }
          if (chunk.append) table.getDataBodyRange().getRowsBelow(chunk.append.length).values = chunk.append as unknown[][];
          const delta: DeltaPart = {
            kind: "delta",
            run: runNumber,
            seq: index,
            source: plan.sourceName,
            at: now,
            tableColumns: plan.tableColumns,
            records: chunk.records.map(([id, r]) => [id, r.fp, r.src] as const),
            origins: chunk.origins,
            undoUpdates: chunk.undoUpdates,
            appendedIds: chunk.appendedIds,
          };
          context.workbook.customXmlParts.add(partToXml(delta));
          const last = index === chunks.length - 1;
          // The log line of a completed sync travels with the last chunk: no extra request.
          if (last) {
            const line = logLine(plan, snapshot.language, now, "completed", inserted + chunk.appendedIds.length, updated + chunk.updatedIds.length, chunks.length, chunks.length);
            queueLogLine(context, !logSheet.isNullObject, snapshot.language, line);
          }
          const nextReads = readRowsOf(chunks[index + 1]);
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per chunk, each under 4 MB, is the point
          await context.sync();
          chunksDone = index + 1;
          inserted += chunk.appendedIds.length;
          updated += chunk.updatedIds.length;
          options.onProgress?.({ chunksDone, chunksTotal: chunks.length, rowsDone: inserted + updated, rowsTotal });
          if (chunks[index + 1]) checkRows(nextReads, chunks[index + 1]);
        }
      }),
    );
  } catch (error) {
    const outcome: SyncOutcome = error instanceof StalePreviewError ? "stale" : "failed";
    const message = error instanceof LocalizedError ? error.localized : { ko: `동기화 중 오류: ${errorText(error)}`, en: `Sync failed: ${errorText(error)}` };
    const logged = await appendLogSafely(run, plan, snapshot.language, now, outcome, inserted, updated, chunksDone, chunks.length);
    return result(outcome, joinMessages(message, logged.message), logged.ok);
  }

  if (chunksDone === chunks.length) return result("completed", null, true);
  const logged = await appendLogSafely(run, plan, snapshot.language, now, "cancelled", inserted, updated, chunksDone, chunks.length);
  return result("cancelled", logged.message, logged.ok);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function joinMessages(a: LocalizedMessage, b: LocalizedMessage | null): LocalizedMessage {
  return b ? { ko: `${a.ko} ${b.ko}`, en: `${a.en} ${b.en}` } : a;
}

const OUTCOME_TEXT: Record<SyncOutcome, LocalizedMessage> = {
  completed: { ko: "완료", en: "Completed" },
  cancelled: { ko: "취소됨(일부 적용)", en: "Cancelled (partly applied)" },
  failed: { ko: "실패(일부 적용)", en: "Failed (partly applied)" },
  stale: { ko: "중단: 미리보기 이후 변경", en: "Stopped: changed since preview" },
  nothingToDo: { ko: "바꿀 것 없음", en: "Nothing to change" },
};

/** One SyncLog line. Never throws: a log failure is reported in the result instead. */
function logLine(
  plan: SyncPlan,
  language: Language,
  now: number,
  outcome: SyncOutcome,
  inserted: number,
  updated: number,
  chunksDone: number,
  chunksTotal: number,
): unknown[] {
  const counts = planCounts(plan);
  const kept = plan.unchanged.filter((u) => u.reason === "keptSheet").length;
  const applied =
    language === "ko"
      ? `${chunksDone}/${chunksTotal} 묶음 적용: 추가 ${inserted}, 수정 ${updated}`
      : `${chunksDone}/${chunksTotal} chunks applied: ${inserted} inserted, ${updated} updated`;
  return [timestampToSerialKst(now), plan.sourceName, counts.inserts, counts.updates, counts.unchanged - kept, kept, counts.rejected, OUTCOME_TEXT[outcome][language], applied];
}

async function appendLogSafely(
  run: ExcelRun,
  plan: SyncPlan,
  language: Language,
  now: number,
  outcome: SyncOutcome,
  inserted: number,
  updated: number,
  chunksDone: number,
  chunksTotal: number,
): Promise<{ ok: boolean; message: LocalizedMessage | null }> {
  const line = logLine(plan, language, now, outcome, inserted, updated, chunksDone, chunksTotal);
  try {
    await appendLogLine(run, language, line);
    return { ok: true, message: null };
  } catch (error) {
    return {
      ok: false,
      message: { ko: `SyncLog 시트에 기록하지 못했습니다: ${errorText(error)}`, en: `Could not write the SyncLog line: ${errorText(error)}` },
    };
  }
}

/**
 * Queues one SyncLog line (creating the sheet with its header the first time).
 * The next free row is found by navigation (last used row + 1), so no read is needed.
 */
function queueLogLine(context: Excel.RequestContext, sheetExists: boolean, language: Language, line: readonly unknown[]): void {
  const cells = line.map((value) => toCellInput(value as string | number));
  if (!sheetExists) {
    const sheet = context.workbook.worksheets.add(SYNC_LOG_SHEET);
    const headerRange = sheet.getRangeByIndexes(0, 0, 1, LOG_HEADERS[language].length);
    headerRange.values = [LOG_HEADERS[language]];
    headerRange.format.font.bold = true;
    sheet.getRangeByIndexes(1, 0, 1, cells.length).values = [cells];
    sheet.getRangeByIndexes(1, 0, 1, 1).numberFormat = [["yyyy-mm-dd hh:mm:ss"]];
    sheet.freezePanes.freezeRows(1);
  } else {
    const next = context.workbook.worksheets.getItem(SYNC_LOG_SHEET).getUsedRange(true).getLastRow().getOffsetRange(1, 0).getCell(0, 0);
    next.getResizedRange(0, cells.length - 1).values = [cells];
    next.numberFormat = [["yyyy-mm-dd hh:mm:ss"]];
  }
}

async function appendLogLine(run: ExcelRun, language: Language, line: unknown[]): Promise<void> {
  await run(async (context) => {
    const existing = context.workbook.worksheets.getItemOrNullObject(SYNC_LOG_SHEET).load("name");
    await context.sync();
    queueLogLine(context, !existing.isNullObject, language, line);
    await context.sync();
  });
}

/** What "Undo last sync" would revert (reads only the sync records), or null. */
export async function readLastSync(run: ExcelRun): Promise<UndoSummary | null> {
  return run(async (context) => undoSummary(mergeState(await readStateParts(context))));
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

export interface UndoOptions {
  /** Undo even rows edited after the sync (the officer confirmed). */
  readonly force?: boolean;
  readonly now?: number;
  readonly maxChunkBytes?: number;
}

/**
 * Reverts the last sync run: restores the cells it overwrote to their previous
 * values, removes the rows it appended, and deletes its records (so the records
 * in force are those from before it). Works for partial runs too, and can be
 * re-run after a failure: rows are found by ID, so each step is idempotent.
 */
export async function undoLastSync(run: ExcelRun, options: UndoOptions = {}): Promise<UndoSummary | null> {
  const now = options.now ?? Date.now();
  const budget = options.maxChunkBytes ?? MAX_CHUNK_BYTES;
  let summary: UndoSummary | null = null;
  let language: Language = "ko";
  await run((context) =>
    withTable(async () => {
      const table = context.workbook.tables.getItem(TABLE_NAME);
      const values = await readTableValues(context, table);
      const merged = mergeState(await readStateParts(context));
      summary = undoSummary(merged);
      if (!summary) return;
      const headers = resolveHeaders(values[0]);
      language = headers.language;
      const idIndex = headers.indexOf.id!;
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
        const raw: Partial<Record<ColumnKey, unknown>> = {};
        for (const [key, index] of Object.entries(headers.indexOf) as [ColumnKey, number][]) raw[key] = row[index];
        return fingerprint(raw, SYNCED_KEYS) === written.get(id);
      };
      const restores = runParts.flatMap((p) => p.undoUpdates).filter((u) => positionOf.has(u.id) && !restoredAlready(u));
      const appendedIds = runParts.flatMap((p) => p.appendedIds).filter((id) => positionOf.has(id));
      if (!options.force) {
        const edited = [...restores.map((u) => u.id), ...appendedIds].filter((id) => !asWritten(id));
        if (edited.length > 0) throw new EditedSinceSyncError(edited);
      }

      // Restores, in requests under the byte budget; row deletions and the record removal go last.
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
      // Appended rows: delete bottom-up, contiguous positions as one range, so positions stay valid.
      const positions = appendedIds.map((id) => positionOf.get(id)!).sort((a, b) => b - a);
      let i = 0;
      while (i < positions.length) {
        let j = i;
        while (j + 1 < positions.length && positions[j + 1] === positions[j] - 1) j++;
        const first = positions[j];
        table.getDataBodyRange().getCell(first, 0).getResizedRange(i === j ? 0 : j - i, width - 1).delete("Up");
        i = j + 1;
      }
      for (const part of merged.lastRun) context.workbook.customXmlParts.getItem(part.partId).delete();
      context.application.suspendApiCalculationUntilNextSync();
      await context.sync();
    }),
  );
  if (summary) {
    const s = summary as UndoSummary;
    const line = [
      timestampToSerialKst(now),
      s.source,
      0,
      s.updated,
      0,
      0,
      0,
      language === "ko" ? "되돌림" : "Undone",
      language === "ko" ? `수정 ${s.updated}행 복원, 추가 ${s.appended}행 삭제` : `${s.updated} updated rows restored, ${s.appended} added rows removed`,
    ];
    const logged = await appendLogSafely2(run, language, line);
    if (logged) throw new LocalizedError(logged);
  }
  return summary;
}

async function appendLogSafely2(run: ExcelRun, language: Language, line: unknown[]): Promise<LocalizedMessage | null> {
  try {
    await appendLogLine(run, language, line);
    return null;
  } catch (error) {
    return {
      ko: `되돌리기는 끝났지만 SyncLog 시트에 기록하지 못했습니다: ${errorText(error)}`,
      en: `Undo finished, but the SyncLog line could not be written: ${errorText(error)}`,
    };
  }
}

export { undoSummary, type UndoSummary };
