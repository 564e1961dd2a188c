/**
 * A resolved sync plan → the writes that carry it out, as data. The adapter
 * executes one chunk per request; everything about what goes in a chunk is
 * decided here, so it can be tested without Excel.
 *
 *   - Updates are written in place by row position: contiguous rows become one
 *     range write; cells the update does not change are null, which Excel reads
 *     as "leave this cell alone", so a concurrent edit to another column survives.
 *   - New rows are appended as one block below the table per chunk (the table
 *     grows), never row by row.
 *   - Chunks are cut by payload bytes (the JSON of the values plus the sync-state
 *     and undo record that travel with them) so each request stays under the
 *     5 MB Excel-on-the-web limit with room for the request envelope.
 *   - A chunk holds whole rows only, and carries the last-sync records, ID
 *     origins and undo entries for exactly its rows: written in the same request,
 *     the table and the records can never disagree after a failure.
 */
import type { ColumnKey } from "../schema";
import { timestampToSerialKst } from "../schema";
import { jsonBytes, utf8Length } from "../payload/jsonBytes";
import type { SyncPlan } from "./planSync";
import { toCellInput } from "./neutralise";
import type { RowRecord } from "./syncState";

export type CellInput = string | number | boolean | null;

/** Default payload budget per request: 4 MB of values, leaving a megabyte for the envelope under Excel's 5 MB. */
export const MAX_CHUNK_BYTES = 4 * 1024 * 1024;

export interface RangeWrite {
  /** 0-based first data row of the table. */
  readonly firstRow: number;
  /** Full table width; null = leave the cell as it is. */
  readonly values: CellInput[][];
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
  /** Approximate request payload of this chunk in bytes (values + state). */
  readonly bytes: number;
}

export interface SyncWritePlan {
  readonly chunks: readonly WriteChunk[];
  readonly tableColumns: readonly (ColumnKey | null)[];
  readonly totalBytes: number;
}

export interface WritePlanOptions {
  /** Clock for the Updated column (ms since epoch). */
  readonly now: number;
  /** Formula for Amount (KRW) in new rows; null leaves the cell to the table's calculated column. */
  readonly amountKrwFormula: string | null;
  readonly maxChunkBytes?: number;
}

export class UnresolvedConflictsError extends Error {
  constructor(count: number) {
    super(`${count} conflict(s) still need a decision: keep the sheet or take the incoming row. (충돌 ${count}건을 먼저 결정하세요.)`);
    this.name = "UnresolvedConflictsError";
  }
}

type Item =
  | { kind: "update"; id: string; position: number; row: CellInput[]; undo: UndoUpdate; record: RowRecord; origin: string | null; bytes: number }
  | { kind: "insert"; id: string; row: CellInput[]; record: RowRecord; origin: string | null; bytes: number; fillsBlankRow: boolean }
  | { kind: "state"; id: string; record: RowRecord | null; origin: string | null; bytes: number };

const RECORD_OVERHEAD = 48;

export function buildWritePlan(plan: SyncPlan, options: WritePlanOptions): SyncWritePlan {
  if (plan.conflicts.length > 0) throw new UnresolvedConflictsError(plan.conflicts.length);
  const columns = plan.tableColumns;
  const updatedSerial = timestampToSerialKst(options.now);
  const limit = options.maxChunkBytes ?? MAX_CHUNK_BYTES;
  const items: Item[] = [];

  for (const update of plan.updates) {
    const changed = new Set(update.diffs.map((d) => d.column));
    const row: CellInput[] = [];
    const written: number[] = [];
    columns.forEach((key, index) => {
      if (key !== null && changed.has(key)) {
        row.push(toCellInput(update.cells[key] as CellInput));
        written.push(index);
      } else if (key === "updated") {
        row.push(updatedSerial);
        written.push(index);
      } else row.push(null);
    });
    const undo: UndoUpdate = { id: update.id, columns: written, before: written.map((index) => update.before[index] ?? "") };
    const bytes = jsonBytes(row) + jsonBytes(undo) + RECORD_OVERHEAD + utf8Length(update.id) * 2 + (update.originKey?.length ?? 0);
    items.push({ kind: "update", id: update.id, position: update.position, row, undo, record: update.record, origin: update.originKey, bytes });
  }
  plan.inserts.forEach((insert, index) => {
    const row: CellInput[] = columns.map((key) => {
      if (key === null) return "";
      if (key === "amountKrw") return options.amountKrwFormula ?? "";
      if (key === "updated") return updatedSerial;
      return toCellInput(insert.cells[key]);
    });
    const bytes = jsonBytes(row) + RECORD_OVERHEAD + utf8Length(insert.id) * 2 + (insert.originKey?.length ?? 0);
    const fillsBlankRow = plan.blankBodyRow && index === 0;
    items.push({ kind: "insert", id: insert.id, row, record: insert.record, origin: insert.originKey, bytes, fillsBlankRow });
  });
  for (const same of plan.unchanged) {
    if (same.record === null && same.originKey === null) continue;
    items.push({ kind: "state", id: same.id, record: same.record, origin: same.originKey, bytes: RECORD_OVERHEAD + utf8Length(same.id) * 2 + (same.originKey?.length ?? 0) });
  }

  const chunks: WriteChunk[] = [];
  let current: Item[] = [];
  let currentBytes = 0;
  const flush = () => {
    if (current.length > 0) chunks.push(toChunk(current, currentBytes));
    current = [];
    currentBytes = 0;
  };
  for (const item of items) {
    if (item.bytes > limit) {
      throw new Error(
        `Row "${item.id}" alone is ${item.bytes} bytes, over the ${limit}-byte request budget. Shorten its text. ` +
          `(관리번호 "${item.id}" 행 하나가 한 번에 보낼 수 있는 크기를 넘습니다.)`,
      );
    }
    if (currentBytes + item.bytes > limit) flush();
    current.push(item);
    currentBytes += item.bytes;
  }
  flush();
  return { chunks, tableColumns: columns, totalBytes: items.reduce((sum, item) => sum + item.bytes, 0) };
}

function toChunk(items: readonly Item[], bytes: number): WriteChunk {
  const updates: RangeWrite[] = [];
  const append: CellInput[][] = [];
  const updatedIds: string[] = [];
  const appendedIds: string[] = [];
  const records: [string, RowRecord][] = [];
  const origins: [string, string][] = [];
  const undoUpdates: UndoUpdate[] = [];
  let run: { firstRow: number; values: CellInput[][] } | null = null;
  for (const item of items) {
    if (item.record) records.push([item.id, item.record]);
    if (item.origin) origins.push([item.origin, item.id]);
    if (item.kind === "update") {
      updatedIds.push(item.id);
      undoUpdates.push(item.undo);
      if (run && run.firstRow + run.values.length === item.position) run.values.push(item.row);
      else {
        run = { firstRow: item.position, values: [item.row] };
        updates.push(run);
      }
    } else if (item.kind === "insert") {
      appendedIds.push(item.id);
      // The table's one blank body row takes the first new row; it is always in the first chunk.
      if (item.fillsBlankRow) updates.unshift({ firstRow: 0, values: [item.row] });
      else append.push(item.row);
    }
  }
  return { updates, append: append.length > 0 ? append : null, updatedIds, appendedIds, records, origins, undoUpdates, bytes };
}
