/**
 * The three-way merge for one incoming row whose table row is known: between the last-sync
 * record (what sync wrote, `fp`; what the source said, `src`; which source said it), the sheet
 * row and the incoming row:
 *   - incoming says nothing new                  → unchanged
 *   - the source has not changed since last sync → unchanged (the sheet's edits are newer)
 *   - the sheet has not changed since last sync  → update
 *   - both changed                               → conflict; the officer decides
 *   - another source wrote the row last          → conflict, unless the officer marked this
 *                                                  source authoritative for the row
 * Rows the sheet deleted after a sync follow the same rule: deletion stands while the source
 * row is unchanged, and a changed source row is a conflict.
 *
 * Blank incoming cells never clear a filled cell: an export that simply lacks a column's data
 * must not wipe it. To clear a field, edit the sheet.
 */
import { isBlank, type ColumnKey, type Language } from "../../schema";
import type { CellValue, FieldProblem } from "../../validation/normalizeRow";
import { fingerprint } from "../fingerprint";
import type { SyncKey, SyncRow } from "../syncKey";
import type { SyncTable } from "./syncTable";
import type { RowRecord, SyncState } from "../syncState";
import { rawRecord, type CurrentTable } from "./currentTable";
import {
  REJECTING_CODES,
  SYNCED_KEYS,
  SYNCED_KEYS_COMPUTED_REALIZED,
  type FieldDiff,
  type PlannedConflict,
  type PlannedInsert,
  type PlannedUnchanged,
  type PlannedUpdate,
  type RejectReason,
} from "./types";

const BLANK: CellValue = "";
const SYNCED_WITH_KRW: readonly SyncKey[] = [...SYNCED_KEYS, "amountKrw"];
const COMPUTED_REALIZED_WITH_KRW: readonly SyncKey[] = [...SYNCED_KEYS_COMPUTED_REALIZED, "amountKrw"];
/** With-KRW layouts of other tables' synced keys, made once per table. */
const WITH_KRW = new WeakMap<readonly SyncKey[], readonly SyncKey[]>([[SYNCED_KEYS, SYNCED_WITH_KRW]]);

function withKrw(keys: readonly SyncKey[]): readonly SyncKey[] {
  let layout = WITH_KRW.get(keys);
  if (!layout) WITH_KRW.set(keys, (layout = [...keys, "amountKrw"]));
  return layout;
}

/** One incoming row, its table row decided. */
export interface MergeInput {
  readonly id: string;
  readonly sourceRow: number;
  /** The fields the row supplies (non-blank): a field is supplied exactly when it is defined here. */
  readonly raw: Readonly<Partial<Record<SyncKey, unknown>>>;
  readonly norm: { readonly row: SyncRow; readonly problems: readonly FieldProblem<SyncKey>[] };
  readonly originKey: string | null;
  readonly generatedId: boolean;
}

export interface MergeContext {
  /** The table synced into: its ID column, normaliser and fingerprint layout. */
  readonly spec: SyncTable;
  readonly table: CurrentTable;
  readonly state: SyncState;
  readonly sourceName: string;
  readonly language: Language;
  /** Whether the table cell of a column at a position holds a formula (never overwritten). */
  readonly isFormula: (position: number, key: SyncKey) => boolean;
  /** Schema-2 columns the table computes from Progress: never written, whatever the source says. */
  readonly computed: ReadonlySet<ColumnKey>;
  /**
   * With Realized (KRW) computed: the Realized value a record written before the upgrade
   * fingerprinted for this row (the carried-over amount), or undefined to use the sheet's value.
   */
  readonly legacyRealized: (id: string) => unknown;
}

/** The layout of the fingerprints this sync writes: without Realized (KRW) once it is the SUMIFS. */
function fpKeys(context: MergeContext): readonly SyncKey[] {
  return context.computed.has("realizedKrw") ? SYNCED_KEYS_COMPUTED_REALIZED : context.spec.syncedKeys;
}

/** The row with its ID column set to `id`. */
function withId(context: MergeContext, id: string): Partial<Record<SyncKey, unknown>> {
  return { [context.spec.idKey]: id };
}

/**
 * Whether a record's `fp` says the sheet row is as sync left it. On a schema-2 table a record may
 * predate the upgrade: its fingerprint covers the typed Realized value the upgrade carried over,
 * so the row is also unedited when it hashes alike with that value in place of the SUMIFS.
 */
function sheetUnedited(context: MergeContext, record: RowRecord, sheet: Readonly<Partial<Record<SyncKey, unknown>>>, sheetFp: string, id: string): boolean {
  if (record.fp === sheetFp) return true;
  if (!context.computed.has("realizedKrw")) return false;
  // The sheet's own value is the pre-upgrade one until progress is added; the carried-over amount after.
  if (record.fp === fingerprint(sheet, SYNCED_KEYS)) return true;
  const legacy = context.legacyRealized(id);
  return legacy !== undefined && record.fp === fingerprint(sheet, SYNCED_KEYS, { realizedKrw: legacy });
}

/** Whether a record's `src` is this source version: also in the pre-upgrade layout, which covered the incoming Realized. */
function sameSource(context: MergeContext, record: RowRecord, src: string, input: MergeInput, id: string): boolean {
  if (record.src === src) return true;
  if (!context.computed.has("realizedKrw")) return false;
  const keys = input.raw.amountKrw !== undefined ? SYNCED_WITH_KRW : SYNCED_KEYS;
  return record.src === (input.norm.row.id === id ? fingerprint(input.norm.row, keys) : fingerprint(input.norm.row, keys, withId(context, id)));
}

export type MergeOutcome =
  | { readonly kind: "insert"; readonly value: PlannedInsert }
  | { readonly kind: "update"; readonly value: PlannedUpdate }
  | { readonly kind: "unchanged"; readonly value: PlannedUnchanged }
  | { readonly kind: "conflict"; readonly value: PlannedConflict }
  | { readonly kind: "reject"; readonly reasons: readonly RejectReason[] };

function sameValue(a: unknown, b: unknown): boolean {
  const blankA = a === null || a === undefined || a === "";
  const blankB = b === null || b === undefined || b === "";
  if (blankA || blankB) return blankA && blankB;
  return a === b;
}

/** Whether a problem's column is one the incoming row supplies (Currency counts when Amount is supplied: "70만불"). */
function touches(raw: MergeInput["raw"], column: SyncKey): boolean {
  return raw[column] !== undefined || (column === "currency" && raw.amount !== undefined);
}

/** Only an origin the records do not already hold needs writing. */
function originToStore(context: MergeContext, originKey: string | null, id: string): string | null {
  return originKey !== null && context.state.origins.get(originKey) !== id ? originKey : null;
}

/** The fields the source's fingerprint covers: Amount (KRW) too when a won-only source supplies it; never a Realized the table computes. */
function sourceKeys(context: MergeContext, input: MergeInput): readonly SyncKey[] {
  const computedRealized = context.computed.has("realizedKrw");
  if (input.raw.amountKrw !== undefined) return computedRealized ? COMPUTED_REALIZED_WITH_KRW : withKrw(context.spec.syncedKeys);
  return computedRealized ? SYNCED_KEYS_COMPUTED_REALIZED : context.spec.syncedKeys;
}

/** Whether the row's record names another source, one the officer has not made authoritative for it. */
function writtenByOtherSource(context: MergeContext, record: RowRecord | undefined): record is RowRecord & { source: string } {
  return record?.source !== undefined && record.source !== context.sourceName && record.authority !== context.sourceName;
}

function recordFor(context: MergeContext, fp: string, src: string, previous: RowRecord | undefined): RowRecord {
  return previous?.authority === undefined ? { fp, src, source: context.sourceName } : { fp, src, source: context.sourceName, authority: previous.authority };
}

/** A row not in the table: a new row, or one the sheet deleted after a sync. The incoming row alone must be complete. */
export function mergeAbsent(context: MergeContext, input: MergeInput): MergeOutcome {
  const { id } = input;
  const idKey = context.spec.idKey;
  const problems = input.norm.problems.filter((p) => !(p.column === idKey && p.code === "required"));
  const blocking = problems.filter((p) => REJECTING_CODES.has(p.code));
  if (blocking.length > 0) return { kind: "reject", reasons: blocking.map((p) => ({ column: p.column, message: p.message })) };
  const cells: SyncRow = { ...input.norm.row, [idKey]: id };
  // A new row gets the table's own formula in a computed column, never the source's figure.
  for (const key of context.computed) cells[key] = BLANK;
  const src = fingerprint(input.norm.row[idKey] === id ? input.norm.row : cells, sourceKeys(context, input));
  const record = context.state.records.get(id);
  const originKey = originToStore(context, input.originKey, id);
  if (!record) {
    const written = fingerprint(cells, fpKeys(context));
    return {
      kind: "insert",
      value: { id, sourceRow: input.sourceRow, cells, generatedId: input.generatedId, originKey, record: recordFor(context, written, src, undefined), warnings: problems },
    };
  }
  if (sameSource(context, record, src, input, id)) {
    return { kind: "unchanged", value: { id, position: null, sourceRow: input.sourceRow, reason: "sheetNewer", originKey, record: null } };
  }
  const other = writtenByOtherSource(context, record) ? record.source : undefined;
  return {
    kind: "conflict",
    value: {
      id,
      kind: "deletedInSheet",
      position: null,
      sourceRow: input.sourceRow,
      before: null,
      sheet: null,
      cells,
      diffs: fpKeys(context).filter((k) => !isBlank(cells[k])).map((column) => ({ column, before: BLANK, after: cells[column] ?? BLANK })),
      originKey,
      takeRecord: recordFor(context, fingerprint(cells, fpKeys(context)), src, record),
      keepRecord: { ...recordFor(context, record.fp, src, record) },
      warnings: problems,
      ...(other === undefined ? {} : { otherSource: other }),
    },
  };
}

/**
 * A row in the table at `position`. The sheet row is compared as it is (raw cells): values the
 * add-in wrote are canonical already, and a hand-typed variant ("미국" for "US") simply shows up
 * as a change to the canonical form. Fingerprints are taken over the same raw cells, so what the
 * sync writes and what it reads back next time hash alike.
 */
export function mergePresent(context: MergeContext, input: MergeInput, position: number): MergeOutcome {
  const { id, raw, norm } = input;
  const { table } = context;
  const before = table.rows[position + 1];
  const sheet = rawRecord(before, table.columns);
  const idKey = context.spec.idKey;
  const cells: Partial<Record<SyncKey, unknown>> = { ...sheet };
  const diffs: FieldDiff[] = [];
  const addDiff = (key: SyncKey, after: CellValue | undefined) => {
    if (after === undefined) return;
    if (sameValue(after, sheet[key])) return;
    diffs.push({ column: key, before: (sheet[key] ?? "") as CellValue, after });
    cells[key] = after;
  };
  for (const key of Object.keys(raw) as SyncKey[]) {
    if (key === idKey) continue;
    // Amount (KRW) from a won-only source is written only where the cell is a typed value.
    if (key === "amountKrw" && (!context.table.indexOf.has(key) || context.isFormula(position, key))) continue;
    // Realized (KRW) / Jobs created computed from Progress: the ledger says them, not an import.
    if (context.computed.has(key as ColumnKey)) continue;
    addDiff(key, norm.row[key]);
  }
  // "70만불" in Amount with no Currency column: the currency the amount names wins over the sheet's.
  if (raw.amount !== undefined && raw.currency === undefined && !isBlank(norm.row.currency)) addDiff("currency", norm.row.currency);
  // The row's own ID is the matched one unless it had spaces only idKey drops; then the matched ID counts.
  const keys = sourceKeys(context, input);
  const src = norm.row[idKey] === id ? fingerprint(norm.row, keys) : fingerprint(norm.row, keys, withId(context, id));
  const record = context.state.records.get(id);
  const other = writtenByOtherSource(context, record);
  const originKey = originToStore(context, input.originKey, id);
  if (diffs.length === 0) {
    // Nothing to write. Remember the source version unless the records already say the same,
    // or the row is another source's: its record stays, so that source's next sync is judged against it.
    // A record from before the schema-2 upgrade that says the same stays: it is still valid (sheetUnedited).
    const wanted = other || (record && sameSource(context, record, src, input, id)) ? null : recordFor(context, fingerprint(sheet, fpKeys(context)), src, record);
    return { kind: "unchanged", value: { id, position, sourceRow: input.sourceRow, reason: "same", originKey, record: wanted } };
  }
  // Validate the row as it would be written; only problems in fields the source supplies block it
  // (a problem the sheet already had elsewhere is the validation panel's business, not this import's).
  const mergedProblems = context.spec.normalize(cells, context.language).problems;
  const blocking = [
    ...norm.problems.filter((p) => REJECTING_CODES.has(p.code) && p.code !== "required" && touches(raw, p.column)),
    ...mergedProblems.filter((p) => REJECTING_CODES.has(p.code) && touches(raw, p.column)),
  ];
  if (blocking.length > 0) {
    const seen = new Set<string>();
    return {
      kind: "reject",
      reasons: blocking.filter((p) => !seen.has(p.message.en) && seen.add(p.message.en)).map((p) => ({ column: p.column, message: p.message })),
    };
  }
  const warnings = mergedProblems.filter((p) => !REJECTING_CODES.has(p.code) && touches(raw, p.column));
  if (record && sameSource(context, record, src, input, id)) {
    return { kind: "unchanged", value: { id, position, sourceRow: input.sourceRow, reason: "sheetNewer", originKey, record: null } };
  }
  const mergedFp = fingerprint(cells, fpKeys(context));
  // Without a record there is no "edited since the last sync" to detect.
  const sheetFp = record ? fingerprint(sheet, fpKeys(context)) : "";
  if (!other && (!record || sheetUnedited(context, record, sheet, sheetFp, id))) {
    return {
      kind: "update",
      value: { id, position, sourceRow: input.sourceRow, before, cells, diffs, originKey, record: recordFor(context, mergedFp, src, record), warnings },
    };
  }
  return {
    kind: "conflict",
    value: {
      id,
      kind: "edited",
      position,
      sourceRow: input.sourceRow,
      before,
      sheet,
      cells,
      diffs,
      originKey,
      takeRecord: recordFor(context, mergedFp, src, record),
      // Keeping the sheet marks this source's version seen: the same version does not ask again.
      keepRecord: recordFor(context, sheetFp === "" ? fingerprint(sheet, fpKeys(context)) : sheetFp, src, record),
      warnings,
      ...(other ? { otherSource: record.source } : {}),
    },
  };
}
