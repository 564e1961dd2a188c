/**
 * The columns sync can write: a Commitments column, or a Progress (이행실적) column. The two tables
 * share the names of the columns they have in common (Amount, Currency, Amount (KRW), Jobs, Notes,
 * Updated), with the same labels, so one key type serves both.
 */
import { columnSpec, COLUMNS, progressColumnSpec, type ColumnType, type ColumnKey, type Language, type ProgressColumnKey } from "../schema";
import type { CellValue } from "../validation/normalizeRow";

export type SyncKey = ColumnKey | ProgressColumnKey;

/** A row sync compares and writes, canonical, keyed by column (the table's columns only). */
export type SyncRow = Partial<Record<SyncKey, CellValue>>;

/** A row's fields as read or supplied, not yet normalised. */
export type SyncFields = Readonly<Partial<Record<SyncKey, unknown>>>;

const COMMITMENT_KEYS: ReadonlySet<string> = new Set(COLUMNS.map((column) => column.key));

export function isCommitmentKey(key: SyncKey): key is ColumnKey {
  return COMMITMENT_KEYS.has(key);
}

/** A column's labels and cell type: the Commitments column's, or the Progress one's for a ledger-only column. */
export function syncColumnSpec(key: SyncKey): { readonly ko: string; readonly en: string; readonly type: ColumnType } {
  return isCommitmentKey(key) ? columnSpec(key) : progressColumnSpec(key as ProgressColumnKey);
}

/** A column's header in a language. */
export function syncColumnLabel(key: SyncKey, language: Language): string {
  return syncColumnSpec(key)[language];
}
