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
 * after it. Deltas of the newest run are the undo journal of "Undo last sync";
 * undoing deletes them, which reverts the records with no extra bookkeeping.
 *
 * Size. Excel on the web caps a request at 5 MB; a part is written in one
 * request, so base parts are cut at MAX_PART_BYTES (3 MB) and delta parts are
 * accounted for in the chunk budget. A base record is ~40 bytes (ID + two
 * 16-digit hashes), so one part holds ~75,000 rows; larger tables use several.
 */
import type { ColumnKey } from "../schema";
import type { RowRecord, SyncState } from "./syncState";
import { utf8Length } from "../payload/jsonBytes";
import type { UndoUpdate } from "./writePlan";

export const SYNC_STATE_NAMESPACE = "urn:commitment-tracker:sync-state:v1";
export const MAX_PART_BYTES = 3 * 1024 * 1024;

export interface BasePart {
  readonly kind: "base";
  /** Generation: a compaction writes generation g+1 in `count` parts. */
  readonly gen: number;
  readonly index: number;
  readonly count: number;
  /** Deltas of runs up to this one are folded in. */
  readonly coversRun: number;
  readonly records: readonly (readonly [string, string, string])[];
  readonly origins: readonly (readonly [string, string])[];
}

export interface DeltaPart {
  readonly kind: "delta";
  readonly run: number;
  readonly seq: number;
  /** Where the run came from and when, for the undo message. */
  readonly source: string;
  readonly at: number;
  readonly tableColumns: readonly (ColumnKey | null)[];
  readonly records: readonly (readonly [string, string, string])[];
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
export function partToXml(part: StatePart): string {
  const json = JSON.stringify(part).replace(/[\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  return `<syncState xmlns="${SYNC_STATE_NAMESPACE}" v="1">${escapeXml(json)}</syncState>`;
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
  /** The newest run's delta parts, in order: what "Undo last sync" reverts. */
  readonly lastRun: readonly StoredPart[];
  /** Parts that a compaction may delete (everything currently stored). */
  readonly allPartIds: readonly string[];
  /** Whether the next sync should fold the stored parts into a new base first. */
  readonly needsCompaction: boolean;
  readonly nextRun: number;
  readonly nextGen: number;
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
  for (const part of base?.parts ?? []) {
    for (const [id, fp, src] of part.records) records.set(id, { fp, src });
    for (const [key, id] of part.origins) origins.set(key, id);
  }
  const coversRun = base?.coversRun ?? 0;
  const deltas = parts
    .filter((p): p is StoredPart & { part: DeltaPart } => p.part.kind === "delta" && p.part.run > coversRun)
    .sort((a, b) => a.part.run - b.part.run || a.part.seq - b.part.seq);
  for (const { part } of deltas) {
    for (const [id, fp, src] of part.records) records.set(id, { fp, src });
    for (const [key, id] of part.origins) origins.set(key, id);
  }
  const maxRun = Math.max(coversRun, ...parts.map((p) => (p.part.kind === "delta" ? p.part.run : p.part.coversRun)));
  const lastRunNumber = deltas.length > 0 ? deltas[deltas.length - 1].part.run : null;
  const maxGen = Math.max(0, ...parts.map((p) => (p.part.kind === "base" ? p.part.gen : 0)));
  const staleParts = parts.some((p) => (p.part.kind === "base" ? p.part.gen !== base?.gen : p.part.run <= coversRun));
  return {
    state: { records, origins },
    lastRun: lastRunNumber === null ? [] : deltas.filter((d) => d.part.run === lastRunNumber),
    allPartIds: parts.map((p) => p.partId),
    needsCompaction: deltas.length > 0 || staleParts,
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
  const records = [...state.records].map(([id, r]) => [id, r.fp, r.src] as const);
  const origins = [...state.origins];
  const groups: { records: (readonly [string, string, string])[]; origins: (readonly [string, string])[] }[] = [];
  let current: (typeof groups)[number] = { records: [], origins: [] };
  let bytes = 200;
  const push = (size: number) => {
    if (bytes + size > maxBytes && (current.records.length > 0 || current.origins.length > 0)) {
      groups.push(current);
      current = { records: [], origins: [] };
      bytes = 200;
    }
    bytes += size;
  };
  for (const record of records) {
    push(utf8Length(record[0]) + 44);
    current.records.push(record);
  }
  for (const origin of origins) {
    push(utf8Length(origin[0]) + utf8Length(origin[1]) + 8);
    current.origins.push(origin);
  }
  groups.push(current);
  return groups.map((group, index) => ({ kind: "base", gen, index, count: groups.length, coversRun, records: group.records, origins: group.origins }));
}

export interface UndoSummary {
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
    source: parts[0].source,
    at: parts[0].at,
    updated: parts.reduce((n, p) => n + p.undoUpdates.length, 0),
    appended: parts.reduce((n, p) => n + p.appendedIds.length, 0),
  };
}
