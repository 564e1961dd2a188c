/**
 * Remembered column mappings, found again by the source's set of headers rather
 * than its file name: `부서_2024-09.csv` has the same columns as `부서_2024-08.csv`
 * and should map itself the way the officer mapped last month's. A set that is
 * the same (spacing, case and width aside) is applied; a similar one is offered.
 * Pure: the host module stores the list in the workbook settings.
 */
import { COLUMN_KEYS, PROGRESS_COLUMNS, foldText } from "../schema";
import type { SyncKey } from "./syncKey";
import type { ColumnMapping } from "./mapping";

export interface RememberedMapping {
  /** The source headers as the panel showed them (made unique). */
  readonly headers: readonly string[];
  readonly mapping: ColumnMapping;
  /** The source it was chosen for, to tell the officer where the mapping comes from. */
  readonly sourceName: string;
  /**
   * The source's identity for the sync records: the name of the first file this header set was
   * remembered for. Later files with the same header set (next month's export) are the same
   * source, so their rows update what it wrote instead of becoming two-source conflicts.
   * Absent in entries stored before identities were kept: sourceName stands in.
   */
  readonly identity?: string;
  readonly at: number;
}

export interface MappingMatch {
  readonly remembered: RememberedMapping;
  /** The same header set: apply it. Otherwise similar enough to offer. */
  readonly exact: boolean;
  /** Headers the two sources share, and the size of their union. */
  readonly shared: number;
  readonly union: number;
}

/** At most this many header sets are remembered (the most recent). */
export const MAX_REMEMBERED_MAPPINGS = 50;
/** A remembered set is offered when it shares at least half of the union of headers, and at least two headers. */
const OFFER_SIMILARITY = 0.5;

function foldedSet(headers: readonly string[]): Set<string> {
  return new Set(headers.map(foldText));
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const item of a) if (!b.has(item)) return false;
  return true;
}

/** The remembered mapping for these headers: the same set first, else the most similar; the newest on a tie. */
export function findMapping(headers: readonly string[], remembered: readonly RememberedMapping[]): MappingMatch | null {
  const mine = foldedSet(headers);
  let best: MappingMatch | null = null;
  for (const entry of remembered) {
    const theirs = foldedSet(entry.headers);
    let shared = 0;
    for (const header of theirs) if (mine.has(header)) shared++;
    const union = mine.size + theirs.size - shared;
    if (shared < 2 || shared / union < OFFER_SIMILARITY) continue;
    const candidate: MappingMatch = { remembered: entry, exact: sameSet(mine, theirs), shared, union };
    if (!best || shared / union > best.shared / best.union || (shared / union === best.shared / best.union && entry.at > best.remembered.at)) best = candidate;
  }
  return best;
}

/** The remembered choices carried over to these headers (matched by folded name); headers it never saw are left out. */
export function carryOver(headers: readonly string[], remembered: RememberedMapping): ColumnMapping {
  const byFolded = new Map<string, SyncKey | null>();
  for (const [header, key] of remembered.mapping) byFolded.set(foldText(header), key);
  const carried = new Map<string, SyncKey | null>();
  for (const header of headers) {
    const folded = foldText(header);
    if (byFolded.has(folded)) carried.set(header, byFolded.get(folded) ?? null);
  }
  return carried;
}

/** The list after remembering `entry`: it replaces any entry with the same header set; the newest are kept. */
export function remember(list: readonly RememberedMapping[], entry: RememberedMapping, max: number = MAX_REMEMBERED_MAPPINGS): RememberedMapping[] {
  const set = foldedSet(entry.headers);
  const same = list.find((other) => sameSet(set, foldedSet(other.headers)));
  // The same header set keeps the identity it was first remembered with.
  const kept: RememberedMapping = { ...entry, identity: same ? sourceIdentityOf(same) : (entry.identity ?? entry.sourceName) };
  return [kept, ...list.filter((other) => other !== same)].sort((a, b) => b.at - a.at).slice(0, max);
}

/** Which source a remembered header set stands for in the sync records. */
export function sourceIdentityOf(entry: RememberedMapping): string {
  return entry.identity ?? entry.sourceName;
}

/** The identity to plan a source with: the remembered one when its header set is the same, else its own name. */
export function identityForSource(sourceName: string, match: MappingMatch | null): string {
  return match?.exact ? sourceIdentityOf(match.remembered) : sourceName;
}

/** Columns of either table: a mapping remembered for a Progress source keeps its choices. */
const KEYS: ReadonlySet<string> = new Set<string>([...COLUMN_KEYS, ...PROGRESS_COLUMNS.map((column) => column.key)]);

function columnKeyOrNull(value: unknown): SyncKey | null | undefined {
  if (value === null) return null;
  return typeof value === "string" && KEYS.has(value) ? (value as SyncKey) : undefined;
}

interface StoredEntry {
  headers: string[];
  mapping: [string, SyncKey | null][];
  sourceName: string;
  identity?: string;
  at: number;
}

/** The list as JSON for the workbook setting: mappings as [header, column] pairs, never as object keys. */
export function mappingsToJson(list: readonly RememberedMapping[]): string {
  const stored: StoredEntry[] = list.map((entry) => ({ headers: [...entry.headers], mapping: [...entry.mapping], sourceName: entry.sourceName, identity: sourceIdentityOf(entry), at: entry.at }));
  return JSON.stringify({ version: 2, mappings: stored });
}

/**
 * Reads the setting back. Entries that do not parse are dropped (a damaged setting
 * only loses remembered mappings; auto-mapping still works). Also reads the old
 * per-file-name format ({ [sourceName]: { mapping: { header: column }, at } }): its
 * mappings list every header of the source, so the header set is their keys.
 */
export function mappingsFromJson(value: unknown): RememberedMapping[] {
  let parsed: unknown;
  try {
    parsed = typeof value === "string" ? JSON.parse(value) : value;
  } catch {
    return [];
  }
  if (!parsed || typeof parsed !== "object") return [];
  const list: RememberedMapping[] = [];
  if (Object.hasOwn(parsed, "version") && Array.isArray((parsed as { mappings?: unknown }).mappings)) {
    for (const raw of (parsed as { mappings: unknown[] }).mappings) {
      const entry = readEntry(raw);
      if (entry) list.push(entry);
    }
    return list;
  }
  for (const [sourceName, raw] of Object.entries(parsed)) {
    if (!raw || typeof raw !== "object" || !Object.hasOwn(raw, "mapping")) continue;
    const old = (raw as { mapping: unknown }).mapping;
    if (!old || typeof old !== "object") continue;
    const pairs = Object.entries(old).map(([header, key]) => [header, columnKeyOrNull(key)] as const);
    if (pairs.some(([, key]) => key === undefined)) continue;
    const at = Object.hasOwn(raw, "at") && typeof (raw as { at: unknown }).at === "number" ? (raw as { at: number }).at : 0;
    list.push({ headers: pairs.map(([header]) => header), mapping: new Map(pairs as [string, SyncKey | null][]), sourceName, at });
  }
  return list;
}

function readEntry(raw: unknown): RememberedMapping | null {
  if (!raw || typeof raw !== "object") return null;
  const { headers, mapping, sourceName, identity, at } = raw as Partial<Record<keyof StoredEntry, unknown>>;
  if (!Array.isArray(headers) || !headers.every((h) => typeof h === "string")) return null;
  if (!Array.isArray(mapping) || typeof sourceName !== "string" || typeof at !== "number") return null;
  const pairs: [string, SyncKey | null][] = [];
  for (const pair of mapping) {
    if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== "string") return null;
    const key = columnKeyOrNull(pair[1]);
    if (key === undefined) return null;
    pairs.push([pair[0], key]);
  }
  return { headers: headers as string[], mapping: new Map(pairs), sourceName, ...(typeof identity === "string" ? { identity } : {}), at };
}
