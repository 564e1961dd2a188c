/**
 * The reference semantics of a write plan, on plain arrays: what the adapter's
 * chunks do to the table and to the sync records, minus Excel. Property tests
 * use it to check idempotence and that no row is lost or duplicated; the
 * simulator tests then check the adapter produces the same table.
 */
import type { CellInput, SyncWritePlan } from "./writePlan";
import type { RowRecord, SyncState } from "./syncState";

/** What a cell holds after `input` is written to it (the apostrophe text prefix is not stored). */
export function storedValue(input: CellInput, previous: unknown): unknown {
  if (input === null) return previous;
  if (typeof input === "string" && input.startsWith("'")) return input.slice(1);
  return input;
}

export interface InMemoryWorkbook {
  /** Header row first. */
  readonly table: unknown[][];
  readonly state: SyncState;
}

/** Applies the first `chunkCount` chunks (all by default), as a sync interrupted after that many requests would. */
export function applyInMemory(workbook: InMemoryWorkbook, writes: SyncWritePlan, chunkCount = writes.chunks.length): InMemoryWorkbook {
  const table = workbook.table.map((row) => [...row]);
  const records = new Map<string, RowRecord>(workbook.state.records);
  const origins = new Map<string, string>(workbook.state.origins);
  for (const chunk of writes.chunks.slice(0, chunkCount)) {
    for (const range of chunk.updates) {
      range.values.forEach((values, offset) => {
        const row = table[range.firstRow + 1 + offset];
        values.forEach((input, column) => (row[column] = storedValue(input, row[column])));
      });
    }
    for (const values of chunk.append ?? []) table.push(values.map((input) => storedValue(input, "")));
    for (const [id, record] of chunk.records) records.set(id, record);
    for (const [key, id] of chunk.origins) origins.set(key, id);
  }
  return { table, state: { records, origins } };
}
