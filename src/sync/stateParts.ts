/**
 * Where the last-sync records live: custom XML parts in the workbook, namespace
 * SYNC_STATE_NAMESPACE.
 *
 * Why custom XML parts and not a (very) hidden sheet: they are saved inside the
 * .xlsx and survive closing and reopening, but no cell, formula, sort, filter,
 * "delete sheet" or copy-paste can reach them, so nothing the officer does in
 * the grid can make the records disagree with what sync wrote. A hidden sheet
 * can be unhidden, recalculated over, or emptied by a careless macro.
 *
 * Layout. Records are kept as append-only parts so each write stays small and
 * travels in the same request as the table rows it describes:
 *   - "delta" parts: one per applied chunk (run, seq), holding the records,
 *     ID origins and undo entries of exactly that chunk's rows;
 *   - "base" parts: all records folded together, written when a new sync starts
 *     (compaction), split into parts of at most MAX_PART_BYTES.
 * Reading merges the newest complete base generation with the deltas of runs
 * after it. The deltas of the newest run that wrote cells (it has undo entries or
 * appended rows) are the undo journal of "Undo last sync"; a later run that only
 * stored records (a no-op sync) never replaces it. Undoing deletes that run's parts
 * and the records-only parts after it, which reverts the records with no extra
 * bookkeeping. A compaction folds only the runs before the undoable one.
 *
 * Size. Excel's limit per custom XML part is not documented; Word on the web
 * rejects parts over 1 MB (office-js #2408). Every part, base or delta, is kept
 * at most MAX_PART_BYTES (880 KB, under the simulator's 900 KB cap): base parts
 * are cut by it, and writePlan cuts chunks so each delta part fits. A base record
 * is ~45 bytes (ID + two 16-digit hashes), so one part holds ~19,000 rows;
 * larger tables use several.
 */
import type { SyncKey } from "./syncKey";
import type { RowRecord, SyncState } from "./syncState";
import { utf8Length } from "../payload/jsonBytes";
import type { UndoUpdate } from "./writePlan";

export const SYNC_STATE_NAMESPACE = "urn:commitment-tracker:sync-state:v1";

/**
 * The Progress ledger's sync records live in their own namespace: its runs, compaction and
 * "Undo last sync" never mix with the Commitments table's, and a Progress ID can never shadow a
 * commitment's record.
 */
export const PROGRESS_SYNC_STATE_NAMESPACE = "urn:commitment-tracker:sync-state:progress:v1";

/** The namespace of a table's sync records. */
export function stateNamespace(table: "commitments" | "progress"): string {
  return table === "progress" ? PROGRESS_SYNC_STATE_NAMESPACE : SYNC_STATE_NAMESPACE;
}
export const MAX_PART_BYTES = 880 * 1024;

/**
 * A record as stored: [id, fp, src] plus, when known, the source that wrote it and the
 * source the officer made authoritative ("" when only the authority is set).
 */
export type RecordTuple =
  | readonly [string, string, string]
  | readonly [string, string, string, string]
  | readonly [string, string, string, string, string];

export function recordTuple(id: string, record: RowRecord): RecordTuple {
  if (record.authority !== undefined) return [id, record.fp, record.src, record.source ?? "", record.authority];
  if (record.source !== undefined) return [id, record.fp, record.src, record.source];
  return [id, record.fp, record.src];
}

export function tupleRecord(tuple: RecordTuple): RowRecord {
  const [, fp, src, source, authority] = tuple as readonly [string, string, string, string?, string?];
  return {
    fp,
    src,
    ...(source !== undefined && source !== "" ? { source } : {}),
    ...(authority !== undefined ? { authority } : {}),
  };
}

/** Bytes a value adds to a part's XML: its JSON, XML-escaped, plus a separating comma. */
export function partEntryBytes(value: unknown): number {
  return utf8Length(escapeXml(JSON.stringify(value))) + 1;
}

/** Bytes one record adds to a part's XML. */
export function recordBytes(tuple: RecordTuple | readonly [string, string]): number {
  return partEntryBytes(tuple);
}

/** Bytes of a part's XML with no records, origins or undo entries (envelope and fixed fields), with room to spare. */
export const PART_ENVELOPE_BYTES = 1024;

export interface BasePart {
  readonly kind: "base";
  /** Generation: a compaction writes generation g+1 in `count` parts. */
  readonly gen: number;
  readonly index: number;
  readonly count: number;
  /** Deltas of runs up to this one are folded in. */
  readonly coversRun: number;
  readonly records: readonly RecordTuple[];
  readonly origins: readonly (readonly [string, string])[];
}

export interface DeltaPart {
  readonly kind: "delta";
  readonly run: number;
  readonly seq: number;
  /** Where the run came from and when, for the undo message. */
  readonly source: string;
  readonly at: number;
  readonly tableColumns: readonly (SyncKey | null)[];
  readonly records: readonly RecordTuple[];
  readonly origins: readonly (readonly [string, string])[];
  readonly undoUpdates: readonly UndoUpdate[];
  readonly appendedIds: readonly string[];
}

export type StatePart = BasePart | DeltaPart;

export interface StoredPart {
  /** The workbook's id for the part (to delete it). */
  readonly partId: string;
  readonly part: StatePart;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, "&");
}

/**
 * The part as XML: one root element whose text is JSON. JSON.stringify escapes
 * control characters and lone surrogates; U+FFFE/U+FFFF (not allowed in XML)
 * are escaped by hand.
 */
export function partToXml(part: StatePart, namespace: string = SYNC_STATE_NAMESPACE): string {
  const json = JSON.stringify(part).replace(/[\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  return `<syncState xmlns="${namespace}" v="1">${escapeXml(json)}</syncState>`;
}

export class SyncStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SyncStateError";
  }
}

export function xmlToPart(xml: string): StatePart {
  const match = /<syncState\b[^>]*>([\s\S]*)<\/syncState>/.exec(xml);
  if (!match) throw new SyncStateError("A sync-state part in this workbook is unreadable (no syncState element). (동기화 기록을 읽을 수 없습니다.)");
  try {
    const part = JSON.parse(unescapeXml(match[1])) as StatePart;
    if (part.kind !== "base" && part.kind !== "delta") throw new Error(`unknown kind ${String((part as { kind?: unknown }).kind)}`);
    return part;
  } catch (error) {
    throw new SyncStateError(`A sync-state part in this workbook is unreadable: ${error instanceof Error ? error.message : String(error)}. (동기화 기록을 읽을 수 없습니다.)`);
  }
}

export function partBytes(part: StatePart): number {
  return utf8Length(partToXml(part));
}

export interface MergedState {
  readonly state: SyncState;
  /** The delta parts of the newest run that wrote cells, in order: what "Undo last sync" reverts. */
  readonly lastRun: readonly StoredPart[];
  /** What undo deletes: lastRun and the records-only runs after it. */
  readonly undoParts: readonly StoredPart[];
  /** Every part currently stored (to see whether another sync ran meanwhile). */
  readonly allPartIds: readonly string[];
  /** Whether the next sync should fold older parts into a new base first. */
  readonly needsCompaction: boolean;
  /** What a compaction folds: the records of the base and of the runs before the undoable one. */
  readonly foldable: { readonly state: SyncState; readonly coversRun: number; readonly partIds: readonly string[] };
  readonly nextRun: number;
  readonly nextGen: number;
}

function wroteCells(part: DeltaPart): boolean {
  return part.undoUpdates.length > 0 || part.appendedIds.length > 0;
}

function completeBase(parts: readonly StoredPart[]): { gen: number; coversRun: number; parts: BasePart[] } | null {
  const byGen = new Map<number, BasePart[]>();
  for (const { part } of parts) {
    if (part.kind !== "base") continue;
    const list = byGen.get(part.gen) ?? [];
    list.push(part);
    byGen.set(part.gen, list);
  }
  const complete = [...byGen.entries()]
    .filter(([, list]) => list.length > 0 && new Set(list.map((p) => p.index)).size === list[0].count)
    .sort((a, b) => b[0] - a[0]);
  if (complete.length === 0) return null;
  const [gen, list] = complete[0];
  return { gen, coversRun: list[0].coversRun, parts: list };
}

/** Merges stored parts into the records in force. */
export function mergeState(parts: readonly StoredPart[]): MergedState {
  const base = completeBase(parts);
  const records = new Map<string, RowRecord>();
  const origins = new Map<string, string>();
  const apply = (part: BasePart | DeltaPart) => {
    for (const tuple of part.records) records.set(tuple[0], tupleRecord(tuple));
    for (const [key, id] of part.origins) origins.set(key, id);
  };
  for (const part of base?.parts ?? []) apply(part);
  const coversRun = base?.coversRun ?? 0;
  const deltas = parts
    .filter((p): p is StoredPart & { part: DeltaPart } => p.part.kind === "delta" && p.part.run > coversRun)
    .sort((a, b) => a.part.run - b.part.run || a.part.seq - b.part.seq);
  // The undo journal: the newest run that wrote cells. Records-only runs after it stay with it.
  let undoRun: number | null = null;
  for (const { part } of deltas) if (wroteCells(part)) undoRun = part.run;
  const folded = deltas.filter((d) => undoRun === null || d.part.run < undoRun);
  for (const { part } of folded) apply(part);
  const foldableState: SyncState = { records: new Map(records), origins: new Map(origins) };
  const foldedSet = new Set(folded);
  for (const delta of deltas) if (!foldedSet.has(delta)) apply(delta.part);
  // Loops, not Math.max(...parts): one delta part per applied chunk, so the count grows with the data.
  let maxRun = coversRun;
  let maxGen = 0;
  for (const { part } of parts) {
    maxRun = Math.max(maxRun, part.kind === "delta" ? part.run : part.coversRun);
    if (part.kind === "base") maxGen = Math.max(maxGen, part.gen);
  }
  const stale = parts.filter((p) => (p.part.kind === "base" ? p.part.gen !== base?.gen : p.part.run <= coversRun));
  const undoParts = undoRun === null ? [] : deltas.filter((d) => d.part.run >= (undoRun as number));
  const foldedCoversRun = folded.length > 0 ? folded[folded.length - 1].part.run : coversRun;
  return {
    state: { records, origins },
    lastRun: undoRun === null ? [] : deltas.filter((d) => d.part.run === undoRun),
    undoParts,
    allPartIds: parts.map((p) => p.partId),
    needsCompaction: folded.length > 0 || stale.length > 0,
    foldable: {
      state: foldableState,
      coversRun: foldedCoversRun,
      partIds: [...(base?.parts.length ? parts.filter((p) => p.part.kind === "base" && p.part.gen === base.gen) : []), ...stale, ...folded].map((p) => p.partId),
    },
    nextRun: maxRun + 1,
    nextGen: maxGen + 1,
  };
}

/**
 * The records folded into base parts of generation `gen`, each at most
 * `maxBytes` of XML. An empty state still gets one (empty) part, so the
 * generation is complete and marks every older part obsolete.
 */
export function compactParts(state: SyncState, gen: number, coversRun: number, maxBytes = MAX_PART_BYTES): BasePart[] {
  const records = [...state.records].map(([id, r]) => recordTuple(id, r));
  const origins = [...state.origins];
  const groups: { records: RecordTuple[]; origins: (readonly [string, string])[] }[] = [];
  let current: (typeof groups)[number] = { records: [], origins: [] };
  const envelope = 200;
  let bytes = envelope;
  const push = (size: number) => {
    if (bytes + size > maxBytes && (current.records.length > 0 || current.origins.length > 0)) {
      groups.push(current);
      current = { records: [], origins: [] };
      bytes = envelope;
    }
    bytes += size;
  };
  for (const record of records) {
    push(recordBytes(record));
    current.records.push(record);
  }
  for (const origin of origins) {
    push(recordBytes(origin));
    current.origins.push(origin);
  }
  groups.push(current);
  return groups.map((group, index) => ({ kind: "base", gen, index, count: groups.length, coversRun, records: group.records, origins: group.origins }));
}

export interface UndoSummary {
  /** The run number: undoLastSync({ expectRun }) reverts only this run. */
  readonly run: number;
  readonly source: string;
  readonly at: number;
  readonly updated: number;
  readonly appended: number;
}

/** What "Undo last sync" would revert, or null when there is nothing to undo. */
export function undoSummary(merged: MergedState): UndoSummary | null {
  if (merged.lastRun.length === 0) return null;
  const parts = merged.lastRun.map((p) => p.part as DeltaPart);
  return {
    run: parts[0].run,
    source: parts[0].source,
    at: parts[0].at,
    updated: parts.reduce((n, p) => n + p.undoUpdates.length, 0),
    appended: parts.reduce((n, p) => n + p.appendedIds.length, 0),
  };
}
