/**
 * A resolved sync plan → the writes that carry it out, as data. The adapter
 * executes one chunk per request; everything about what goes in a chunk is
 * decided here, so it can be tested without Excel.
 *
 *   - Updates are written in place by row position: contiguous rows become one
 *     range write; cells the update does not change are null, which Excel reads
 *     as "leave this cell alone", so a concurrent edit to another column survives.
 *     Each row carries its ID so the adapter can check, inside the same request and
 *     before writing, that the row still holds it (a sort between requests).
 *   - New rows fill the table's blank rows at its end first (a new table's one blank
 *     row; rows a failed request grew but never filled), then are appended as one
 *     block per chunk. Columns sync does not own are null in them, never "": Excel
 *     skips auto-expansion for a row whose first value is "" (office-js #2097), and the
 *     adapter grows the table itself anyway (table.resize / rows.add).
 *   - Chunks are cut by payload bytes (values, the in-request checks, and the sync-state
 *     record and undo entries that travel with them) so each request stays under
 *     Excel on the web's 5 MB, and so the chunk's delta part stays under MAX_PART_BYTES.
 *   - A chunk holds whole rows only, and carries the last-sync records, ID
 *     origins and undo entries for exactly its rows. The adapter writes them last in
 *     the request, after the cells and the checks, so a request that fails midway
 *     never leaves a record for a row that is not in the table.
 */
import type { SyncKey } from "./syncKey";
import { timestampToSerialKst } from "../schema";
import { jsonBytes, utf8Length } from "../payload/jsonBytes";
import type { SyncPlan } from "./planSync";
import { toCellInput } from "./neutralise";
import type { RowRecord } from "./syncState";
import { MAX_PART_BYTES, partEntryBytes, recordTuple } from "./stateParts";

export type CellInput = string | number | boolean | null;

/** Default payload budget per request: 4 MB of values, leaving a megabyte for the envelope under Excel's 5 MB. */
export const MAX_CHUNK_BYTES = 4 * 1024 * 1024;

export interface RangeWrite {
  /** 0-based first data row of the table. */
  readonly firstRow: number;
  /** Full table width; null = leave the cell as it is. */
  readonly values: CellInput[][];
  /** The ID each row must hold when the write lands; null for a blank row being filled. */
  readonly ids: readonly (string | null)[];
}

export interface UndoUpdate {
  readonly id: string;
  /** Table column indexes this sync wrote in the row. */
  readonly columns: readonly number[];
  /** The values those cells held before, as read. */
  readonly before: readonly unknown[];
}

export interface WriteChunk {
  readonly updates: readonly RangeWrite[];
  /** Rows to append below the table (full width), or null. */
  readonly append: CellInput[][] | null;
  readonly updatedIds: readonly string[];
  readonly appendedIds: readonly string[];
  readonly records: readonly (readonly [string, RowRecord])[];
  readonly origins: readonly (readonly [string, string])[];
  readonly undoUpdates: readonly UndoUpdate[];
  /** Approximate request payload of this chunk in bytes (values, checks and state). */
  readonly bytes: number;
  /** Approximate XML bytes of the chunk's delta part (kept under MAX_PART_BYTES). */
  readonly partBytes: number;
}

export interface SyncWritePlan {
  readonly chunks: readonly WriteChunk[];
  readonly tableColumns: readonly (SyncKey | null)[];
  readonly totalBytes: number;
}

export interface WritePlanOptions {
  /** Clock for the Updated column (ms since epoch). */
  readonly now: number;
  /** Formula for Amount (KRW) in new rows; null leaves the cell to the table's calculated column. */
  readonly amountKrwFormula: string | null;
  /**
   * Schema 2's calculated SUMIFS columns (Realized (KRW), Jobs created) as the table holds them:
   * new rows get the formula, updates never write them (their values come from Progress).
   */
  readonly progressFormulas?: ReadonlyMap<SyncKey, string>;
  readonly maxChunkBytes?: number;
  /** Cap on each chunk's delta part (XML bytes); MAX_PART_BYTES by default. */
  readonly maxPartBytes?: number;
  /**
   * Blank rows at the end of the table (0-based body positions, ascending) that new rows fill
   * before any is appended. Default: the new table's one blank row (plan.blankBodyRow).
   */
  readonly blankRows?: readonly number[];
}

/**
 * Request bytes of the in-request check that a row still holds its ID (two Range.find calls on
 * two-cell windows: eight actions with their arguments, the ID twice, escaped), so chunks that
 * carry many checks stay under 5 MB. Measured on the simulator's accounting with short ASCII IDs
 * (the worst case relative to the estimate), with a margin.
 */
export function rowCheckBytes(id: string): number {
  return 8 * 60 + 4 * utf8Length(id);
}

export class UnresolvedConflictsError extends Error {
  constructor(count: number) {
    super(`${count} conflict(s) still need a decision: keep the sheet or take the incoming row. (충돌 ${count}건을 먼저 결정하세요.)`);
    this.name = "UnresolvedConflictsError";
  }
}

type Item =
  | { kind: "update"; id: string; position: number; row: CellInput[]; undo: UndoUpdate; record: RowRecord; origin: string | null; bytes: number; part: number }
  | { kind: "insert"; id: string; row: CellInput[]; record: RowRecord; origin: string | null; bytes: number; part: number; fillPosition: number | null }
  | { kind: "state"; id: string; record: RowRecord | null; origin: string | null; bytes: number; part: number };

const RECORD_OVERHEAD = 48;

/** What an item adds to its chunk's delta part: record, origin, undo entry, appended ID. */
function partShare(id: string, record: RowRecord | null, origin: string | null, undo: UndoUpdate | null, appended: boolean): number {
  return (
    (record ? partEntryBytes(recordTuple(id, record)) : 0) +
    (origin ? partEntryBytes([origin, id]) : 0) +
    (undo ? partEntryBytes(undo) : 0) +
    (appended ? partEntryBytes(id) : 0)
  );
}

export function buildWritePlan(plan: SyncPlan, options: WritePlanOptions): SyncWritePlan {
  if (plan.conflicts.length > 0) throw new UnresolvedConflictsError(plan.conflicts.length);
  const columns = plan.tableColumns;
  const updatedSerial = timestampToSerialKst(options.now);
  const limit = options.maxChunkBytes ?? MAX_CHUNK_BYTES;
  // The part's fixed fields: the envelope, table columns and source name.
  const partEnvelope = 512 + partEntryBytes(columns) + partEntryBytes(plan.sourceName);
  const partLimit = (options.maxPartBytes ?? MAX_PART_BYTES) - partEnvelope;
  const blankRows = options.blankRows ?? (plan.blankBodyRow ? [0] : []);
  const items: Item[] = [];

  for (const update of plan.updates) {
    const changed = new Set(update.diffs.map((d) => d.column));
    const row: CellInput[] = [];
    const written: number[] = [];
    columns.forEach((key, index) => {
      if (key !== null && changed.has(key) && !options.progressFormulas?.has(key)) {
        row.push(toCellInput(update.cells[key] as CellInput));
        written.push(index);
      } else if (key === "updated") {
        row.push(updatedSerial);
        written.push(index);
      } else row.push(null);
    });
    const undo: UndoUpdate = { id: update.id, columns: written, before: written.map((index) => update.before[index] ?? "") };
    const part = partShare(update.id, update.record, update.originKey, undo, false);
    const bytes = jsonBytes(row) + rowCheckBytes(update.id) + part + RECORD_OVERHEAD;
    items.push({ kind: "update", id: update.id, position: update.position, row, undo, record: update.record, origin: update.originKey, bytes, part });
  }
  plan.inserts.forEach((insert, index) => {
    const row: CellInput[] = columns.map((key) => {
      // A column the officer keeps by hand (연번, memos): never written, so a blank is never typed into it.
      if (key === null) return null;
      if (key === "amountKrw") return options.amountKrwFormula;
      const sumFormula = options.progressFormulas?.get(key);
      if (sumFormula !== undefined) return sumFormula;
      if (key === "updated") return updatedSerial;
      return toCellInput(insert.cells[key] ?? "");
    });
    const part = partShare(insert.id, insert.record, insert.originKey, null, true);
    const bytes = jsonBytes(row) + part + RECORD_OVERHEAD;
    const fillPosition = index < blankRows.length ? blankRows[index] : null;
    items.push({ kind: "insert", id: insert.id, row, record: insert.record, origin: insert.originKey, bytes, part, fillPosition });
  });
  for (const same of plan.unchanged) {
    if (same.record === null && same.originKey === null) continue;
    const part = partShare(same.id, same.record, same.originKey, null, false);
    items.push({ kind: "state", id: same.id, record: same.record, origin: same.originKey, bytes: part + RECORD_OVERHEAD, part });
  }

  const chunks: WriteChunk[] = [];
  let current: Item[] = [];
  let currentBytes = 0;
  let currentPart = 0;
  const flush = () => {
    if (current.length > 0) chunks.push(toChunk(current, currentBytes, currentPart + partEnvelope));
    current = [];
    currentBytes = 0;
    currentPart = 0;
  };
  for (const item of items) {
    if (item.bytes > limit || item.part > partLimit) {
      throw new Error(
        `Row "${item.id}" alone is ${item.bytes} bytes, over the ${limit}-byte request budget. Shorten its text. ` +
          `(관리번호 "${item.id}" 행 하나가 한 번에 보낼 수 있는 크기를 넘습니다.)`,
      );
    }
    if (currentBytes + item.bytes > limit || currentPart + item.part > partLimit) flush();
    current.push(item);
    currentBytes += item.bytes;
    currentPart += item.part;
  }
  flush();
  return { chunks, tableColumns: columns, totalBytes: items.reduce((sum, item) => sum + item.bytes, 0) };
}

function toChunk(items: readonly Item[], bytes: number, partBytes: number): WriteChunk {
  const updates: RangeWrite[] = [];
  const append: CellInput[][] = [];
  const updatedIds: string[] = [];
  const appendedIds: string[] = [];
  const records: [string, RowRecord][] = [];
  const origins: [string, string][] = [];
  const undoUpdates: UndoUpdate[] = [];
  let run: { firstRow: number; values: CellInput[][]; ids: (string | null)[] } | null = null;
  const fills: RangeWrite[] = [];
  for (const item of items) {
    if (item.record) records.push([item.id, item.record]);
    if (item.origin) origins.push([item.origin, item.id]);
    if (item.kind === "update") {
      updatedIds.push(item.id);
      undoUpdates.push(item.undo);
      if (run && run.firstRow + run.values.length === item.position) {
        run.values.push(item.row);
        run.ids.push(item.id);
      } else {
        run = { firstRow: item.position, values: [item.row], ids: [item.id] };
        updates.push(run);
      }
    } else if (item.kind === "insert") {
      appendedIds.push(item.id);
      // Blank rows at the table's end take the first new rows (they come before any append).
      if (item.fillPosition !== null) fills.push({ firstRow: item.fillPosition, values: [item.row], ids: [null] });
      else append.push(item.row);
    }
  }
  return { updates: [...fills, ...updates], append: append.length > 0 ? append : null, updatedIds, appendedIds, records, origins, undoUpdates, bytes, partBytes };
}
