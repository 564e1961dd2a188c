/**
 * The shape of a sync plan: what planSync returns, resolveConflicts rewrites and the write
 * planner executes. Additive changes only: the host adapter and the progress ledger consume it.
 */
import { COLUMN_KEYS, PROGRESS_COLUMNS, type ColumnKey, type Language, type ProgressColumnKey } from "../../schema";
import type { CellValue, FieldProblem, LocalizedMessage, ProblemCode } from "../../validation/normalizeRow";
import type { ColumnMapping } from "../mapping";
import type { SyncKey, SyncRow } from "../syncKey";
import type { RowRecord, SyncState } from "../syncState";
import type { SyncTable } from "./syncTable";

/**
 * Columns whose values sync compares and fingerprints. Amount (KRW) is a formula
 * the workbook computes (its value moves with FxRates, not with edits) and Updated
 * is stamped by whoever writes the row, so neither says anything about edits.
 * Jobs created (schema 2) is computed from the Progress table. The list is the
 * fingerprint's layout, stored in every workbook's records: a column added to the
 * schema joins it only with a migration of the stored fingerprints.
 */
export const SYNCED_KEYS: readonly ColumnKey[] = COLUMN_KEYS.filter((key) => key !== "amountKrw" && key !== "updated" && key !== "jobsCreated");

/**
 * The fingerprint layout on a schema-2 table, whose Realized (KRW) is the SUMIFS over Progress:
 * that value moves with every progress record, so it says nothing about edits and is left out.
 * Records written before the upgrade (layout SYNCED_KEYS) stay valid: see MergeContext.legacyRealized.
 */
export const SYNCED_KEYS_COMPUTED_REALIZED: readonly ColumnKey[] = SYNCED_KEYS.filter((key) => key !== "realizedKrw");

/**
 * The fingerprint layout of Progress (이행실적) rows: every column but the computed Amount (KRW)
 * and the Updated stamp, as for commitments.
 */
export const PROGRESS_SYNCED_KEYS: readonly ProgressColumnKey[] = PROGRESS_COLUMNS.map((column) => column.key).filter((key) => key !== "amountKrw" && key !== "updated");

/** The fingerprint layout of a table's rows (before schema 2's computed Realized is taken out). */
export function syncedKeysOf(table: "commitments" | "progress"): readonly SyncKey[] {
  return table === "progress" ? PROGRESS_SYNCED_KEYS : SYNCED_KEYS;
}

/** A source column sync reads but does not write, said in the preview (e.g. Realized (KRW) on a schema-2 table). */
export interface IgnoredColumn {
  readonly column: ColumnKey;
  /** The source headers mapped to it. */
  readonly headers: readonly string[];
  readonly message: LocalizedMessage;
}

/**
 * Problems that make a row unstorable: the value cannot be written as what the
 * column means. The rest (negative amounts, due before signed, …) are stored and
 * listed as warnings, exactly as the validation panel flags them in the table.
 */
export const REJECTING_CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  "required",
  "unknownEnum",
  "badCountry",
  "badCurrency",
  "notNumeric",
  "badDate",
  "badHsCode",
  "tooLong",
  // Progress rows (progressTable.ts): a record must belong to a commitment that takes progress, and say something.
  "unknownCommitment",
  "progressForCancelled",
  "emptyProgress",
]);

export interface FieldDiff {
  readonly column: SyncKey;
  readonly before: CellValue;
  readonly after: CellValue;
}

export interface RejectReason {
  readonly column: SyncKey | null;
  readonly message: LocalizedMessage;
}

export interface PlannedInsert {
  readonly id: string;
  readonly sourceRow: number;
  /** The row to write, canonical (enum labels in the table's language, ISO codes, date serials). */
  readonly cells: SyncRow;
  readonly generatedId: boolean;
  /** Set for rows that came without an ID: lets the next sync of the same list find this row again. */
  readonly originKey: string | null;
  readonly record: RowRecord;
  readonly warnings: readonly FieldProblem<SyncKey>[];
}

export interface PlannedUpdate {
  readonly id: string;
  /** 0-based position in the table's data body, as read. */
  readonly position: number;
  readonly sourceRow: number;
  /** The sheet row exactly as read (table width), for undo and for checking nothing moved before writing. */
  readonly before: readonly unknown[];
  /** The row to write: changed fields from the source, the sheet's own cells elsewhere. */
  readonly cells: Readonly<Partial<Record<SyncKey, unknown>>>;
  readonly diffs: readonly FieldDiff[];
  readonly originKey: string | null;
  readonly record: RowRecord;
  readonly warnings: readonly FieldProblem<SyncKey>[];
}

export type UnchangedReason =
  /** The sheet already holds what the source says. */
  | "same"
  /** The sheet was edited since the last sync and the source row has not changed: the sheet's edit is newer. */
  | "sheetNewer"
  /** The officer kept the sheet's version of a conflict. */
  | "keptSheet";

export interface PlannedUnchanged {
  readonly id: string;
  /** null when the row is not in the sheet (deleted there after a sync, and the deletion stands). */
  readonly position: number | null;
  readonly sourceRow: number;
  readonly reason: UnchangedReason;
  readonly originKey: string | null;
  /** A new last-sync record to store, or null when the stored one is already right. */
  readonly record: RowRecord | null;
}

export interface PlannedConflict {
  readonly id: string;
  /** "edited": both the sheet (or another source) and this source changed the row. "deletedInSheet": the sheet deleted it, the source changed it. */
  readonly kind: "edited" | "deletedInSheet";
  readonly position: number | null;
  readonly sourceRow: number;
  readonly before: readonly unknown[] | null;
  /** The sheet row's cells by column (null when deleted). */
  readonly sheet: Readonly<Partial<Record<SyncKey, unknown>>> | null;
  /** What taking the incoming row would write. */
  readonly cells: Readonly<Partial<Record<SyncKey, unknown>>>;
  readonly diffs: readonly FieldDiff[];
  readonly originKey: string | null;
  /** Record to store when the officer takes the incoming row. */
  readonly takeRecord: RowRecord;
  /** Record to store when she keeps the sheet: the source version is then considered seen. */
  readonly keepRecord: RowRecord;
  readonly warnings: readonly FieldProblem<SyncKey>[];
  /**
   * Set when the row was last written by another source (its name): two sources send this ID.
   * Choosing "trustSource" takes the incoming row and marks this source authoritative for the row.
   * Absent on conflicts between the sheet and the source alone.
   */
  readonly otherSource?: string;
}

export interface RejectedRow {
  /** Row number in the source (header = 1), or the line number the caller supplied. */
  readonly sourceRow: number;
  /** The source cells exactly as they came. */
  readonly raw: readonly unknown[];
  readonly reasons: readonly RejectReason[];
}

export interface SyncPlan {
  /** The table the plan writes into. */
  readonly table: SyncTable["name"];
  readonly sourceName: string;
  /** Who the source is, as the records store it (see PlanOptions.sourceIdentity). */
  readonly sourceIdentity: string;
  readonly language: Language;
  /** Source headers (made unique) and the mapping used. */
  readonly sourceHeaders: readonly string[];
  readonly mapping: ColumnMapping;
  /** Schema column of each table column (null for the officer's own extra columns). */
  readonly tableColumns: readonly (SyncKey | null)[];
  /** Data rows in the table when it was read. */
  readonly tableRowCount: number;
  /**
   * An Excel table always has at least one body row; a new, empty table has one
   * blank row. The first new row fills it instead of being appended after it.
   */
  readonly blankBodyRow: boolean;
  readonly inserts: readonly PlannedInsert[];
  readonly updates: readonly PlannedUpdate[];
  readonly unchanged: readonly PlannedUnchanged[];
  readonly conflicts: readonly PlannedConflict[];
  readonly rejected: readonly RejectedRow[];
  /** Incoming rows with no content at all, skipped (counted so nothing vanishes unexplained). */
  readonly blankRowsSkipped: number;
  /** Mapped source columns whose values are not written (the table computes them); empty when none. */
  readonly ignoredColumns: readonly IgnoredColumn[];
}

export interface PlanOptions {
  /** The table synced into: the Commitments table by default, or the Progress ledger (progressSyncTable). */
  readonly table?: SyncTable;
  /** Language of the table (its headers and enum labels). Defaults to the language of the current header row. */
  readonly language?: Language;
  readonly state: SyncState;
  /** Which source this is: stored in the records, so a row another source wrote last is a conflict, not an update. */
  readonly sourceName: string;
  /**
   * Who the source is, for the records, when that is not its name: a department's monthly
   * export (`부서_2024-08.csv`, `부서_2024-09.csv`) is one source, recognised by its header
   * set. Defaults to sourceName.
   */
  readonly sourceIdentity?: string;
  /** Mapping keyed by the source headers (see sourceHeaders); auto-mapped when absent. */
  readonly mapping?: ColumnMapping | null;
  /** Source row number of each incoming row (header included), e.g. CSV line numbers; defaults to index + 1. */
  readonly sourceRowNumbers?: readonly number[];
  /**
   * The table's formulas (range.formulas), aligned with `current`. Only used to know whether an
   * Amount (KRW) cell is a formula (never overwritten) or a typed value. Without it every
   * Amount (KRW) cell counts as a formula, the safe assumption.
   */
  readonly formulas?: readonly (readonly unknown[])[] | null;
  /**
   * Schema 2: the columns the table computes from the Progress ledger (Realized (KRW), Jobs
   * created), as the host read them (CurrentSnapshot.progressFormulas). Sync never writes them,
   * and Realized (KRW) leaves the fingerprints. Also detected from `formulas` when given.
   */
  readonly progressComputed?: readonly ColumnKey[];
  /**
   * Realized (KRW) each commitment had when the schema-2 upgrade carried it over into an opening
   * Progress row (by Commitment ID). A record written before the upgrade fingerprinted that typed
   * value; with it, such a record still recognises an unedited row after later progress changed
   * the SUMIFS. Without it, the sheet's current Realized value stands in (right until progress is added).
   */
  readonly carriedOver?: ReadonlyMap<string, unknown>;
}

export type ConflictChoice =
  | "keepSheet"
  | "takeIncoming"
  /** Take the incoming row and mark its source authoritative for the row (two-source conflicts). */
  | "trustSource";

export function message(ko: string, en: string): LocalizedMessage {
  return { ko, en };
}
