/**
 * Identity: which table row an incoming row is. Explicit IDs name their row; rows without an
 * ID are matched by their natural key (SyncTable.naturalKey: the fields that tell one commitment,
 * or one progress record, from another),
 * through the origins earlier syncs remembered and the table's identical commitments.
 *
 * The rules that keep an ID meaning one commitment (issue 9):
 *   - only rows that are valid on their own take part: a rejected row never consumes a match,
 *     and never passes as an update by borrowing the sheet's fields;
 *   - an ID is given to at most one incoming row, and never to a row of another natural key:
 *     an ID another origin owns is not matched by content;
 *   - among rows of one natural key, the IDs remembered for that key are handed out first: a
 *     row whose content is exactly what an ID's last sync recorded keeps that ID, whatever its
 *     position in the file; the rest go by likeness to the sheet row, then by order. Rows left
 *     over are matched the same way to identical table rows no origin owns, and the rest are
 *     new. A look-alike row added higher up next month gets a new ID.
 */
import type { SyncRow } from "../syncKey";
import { fingerprint, fnv1a64 } from "../fingerprint";
import type { SyncState } from "../syncState";
import { rawRecord, type CurrentTable, type IdPositions } from "./currentTable";
import type { SyncTable } from "./syncTable";

/** Origin keys written by this version: "k2:" + hash of the natural key + "#" + a number unique within the key. */
const ORIGIN_PREFIX = "k2:";

export function originKeyOf(hash: string, n: number): string {
  return `${ORIGIN_PREFIX}${hash}#${n}`;
}

/** An ID's stem (everything before its trailing sequence digits) and the digits: "창원-2019-" + "003", "창원-2019-003-P" + "01". */
function splitSequence(id: string): { stem: string; digits: string } {
  let end = id.length;
  while (end > 0 && id.charCodeAt(end - 1) >= 48 && id.charCodeAt(end - 1) <= 57) end--;
  return { stem: id.slice(0, end), digits: id.slice(end) };
}

/**
 * Hands out IDs in the table's scheme (SyncTable.firstId: nextId for commitments,
 * nextProgressId for progress records), unique against every ID in the table, the batch and
 * the sync records. The taken IDs are indexed by stem ("창원-2019-", "창원-2019-003-P") with the
 * highest sequence of each, so each call costs the same however many IDs a stem already has
 * (a 10,000-row list without IDs used to rescan the whole stem for every row).
 */
export class IdAllocator {
  private byStem: Map<string, { taken: Set<string>; highest: number }> | null = null;
  constructor(private readonly taken: () => Iterable<string>) {}

  /** A unique ID from the scheme's first choice for the row: one past the highest sequence its stem has in use, skipping any ID taken. */
  next(first: string): string {
    if (!this.byStem) {
      this.byStem = new Map();
      for (const id of this.taken()) this.add(id);
    }
    const { stem, digits } = splitSequence(first);
    const entry = this.byStem.get(stem);
    if (!entry || digits === "") {
      this.add(first);
      return first;
    }
    const width = digits.length;
    let sequence = entry.highest + 1;
    let candidate = `${stem}${String(sequence).padStart(width, "0")}`;
    while (entry.taken.has(candidate)) candidate = `${stem}${String(++sequence).padStart(width, "0")}`;
    this.add(candidate);
    return candidate;
  }

  private add(id: string): void {
    const { stem } = splitSequence(id);
    let entry = this.byStem!.get(stem);
    if (!entry) this.byStem!.set(stem, (entry = { taken: new Set(), highest: 0 }));
    entry.taken.add(id);
    const sequence = Number(id.slice(stem.length));
    if (Number.isInteger(sequence) && sequence > entry.highest) entry.highest = sequence;
  }
}

/** An ID-less incoming row that is valid on its own, ready to be matched. */
export interface IdlessRow {
  readonly order: number;
  /** The row normalised alone (canonical fields). */
  readonly norm: SyncRow;
}

/** Where an ID-less row goes: an existing ID (table row or a row the sheet deleted), or a new ID. */
export interface IdlessMatch {
  /** The matched ID, or null for a new row. */
  readonly id: string | null;
  /** The origin key this row is known by from now on. */
  readonly originKey: string;
}

/** Above this many row × candidate pairs in one natural key, likeness is not scored (order decides). */
const MAX_SCORED_PAIRS = 4096;

/**
 * Matches every ID-less row (valid on its own) to an existing ID or to nothing (insert).
 * `namedByBatch` are IDs the batch names explicitly: those rows own them.
 */
export function matchIdlessRows(
  spec: SyncTable,
  rows: readonly IdlessRow[],
  table: CurrentTable,
  ids: IdPositions,
  state: SyncState,
  namedByBatch: ReadonlyMap<string, unknown>,
): Map<number, IdlessMatch> {
  const result = new Map<number, IdlessMatch>();
  if (rows.length === 0) return result;

  // Stored origins by natural-key hash: this version's ("k2:hash#n") and the first version's ("hash#n").
  const current = new Map<string, { n: number; id: string; key: string }[]>();
  const legacy = new Map<string, { n: number; id: string; key: string }[]>();
  const owned = new Set<string>();
  for (const [key, id] of state.origins) {
    const hashEnd = key.lastIndexOf("#");
    if (hashEnd < 0) continue;
    const n = Number(key.slice(hashEnd + 1));
    if (!Number.isInteger(n)) continue;
    owned.add(id);
    const target = key.startsWith(ORIGIN_PREFIX) ? current : legacy;
    const hash = key.startsWith(ORIGIN_PREFIX) ? key.slice(ORIGIN_PREFIX.length, hashEnd) : key.slice(0, hashEnd);
    const list = target.get(hash);
    if (list) list.push({ n, id, key });
    else target.set(hash, [{ n, id, key }]);
  }

  // Table rows by natural key, for rows typed into the table or synced from an ID source; built
  // only when a row is left after the remembered origins (a re-import of a synced list never needs
  // it, and it costs a natural key per table row). A row the batch names by ID, a duplicated ID and
  // an ID an origin owns are never matched by content.
  let byNaturalKey: Map<string, string[]> | null = null;
  const identicalRows = (nk: string): readonly string[] => {
    if (!byNaturalKey) {
      byNaturalKey = new Map();
      for (const [id, position] of ids.positionOf) {
        if (ids.duplicates.has(id) || namedByBatch.has(id) || owned.has(id)) continue;
        const key = spec.naturalKey(rawRecord(table.rows[position + 1], table.columns));
        const list = byNaturalKey.get(key);
        if (list) list.push(id);
        else byNaturalKey.set(key, [id]);
      }
    }
    return byNaturalKey.get(nk) ?? [];
  };

  // An ID goes to one row of one natural key at most, even when an old-style origin names it for two keys.
  const given = new Set<string>();
  const groups = new Map<string, IdlessRow[]>();
  for (const row of rows) {
    const nk = spec.naturalKey(row.norm);
    const list = groups.get(nk);
    if (list) list.push(row);
    else groups.set(nk, [row]);
  }

  for (const [nk, group] of groups) {
    const hash = fnv1a64(nk);
    const stored = [...(current.get(hash) ?? [])].sort((a, b) => a.n - b.n);
    let nextN = stored.reduce((max, origin) => Math.max(max, origin.n + 1), 0);
    // Remembered origins first (this key's, then the first version's), in a stable order; identical
    // table rows only for the rows they leave over.
    const seen = new Set<string>();
    const candidatesFrom = (entries: Iterable<{ id: string; originKey: string | null }>) => {
      const candidates: { id: string; originKey: string | null }[] = [];
      for (const entry of entries) {
        if (seen.has(entry.id) || namedByBatch.has(entry.id) || given.has(entry.id)) continue;
        seen.add(entry.id);
        candidates.push(entry);
      }
      return candidates;
    };
    const legacyOrigins = spec.legacyNaturalKey ? [...(legacy.get(fnv1a64(spec.legacyNaturalKey(group[0].norm))) ?? [])].sort((a, b) => a.n - b.n) : [];
    const remembered = candidatesFrom([...stored.map((o) => ({ id: o.id, originKey: o.key })), ...legacyOrigins.map((o) => ({ id: o.id, originKey: null }))]);
    const assigned = assign(spec, group, remembered, table, ids, state);
    const leftover = group.filter((row) => !assigned.has(row.order));
    if (leftover.length > 0) {
      const identical = candidatesFrom(identicalRows(nk).map((id) => ({ id, originKey: null })));
      for (const [order, candidate] of assign(spec, leftover, identical, table, ids, state)) assigned.set(order, candidate);
    }
    for (const row of group) {
      const candidate = assigned.get(row.order);
      if (candidate) given.add(candidate.id);
      if (candidate) result.set(row.order, { id: candidate.id, originKey: candidate.originKey ?? originKeyOf(hash, nextN++) });
      else result.set(row.order, { id: null, originKey: originKeyOf(hash, nextN++) });
    }
  }
  return result;
}

/**
 * Pairs rows with candidate IDs, each at most once: exact matches with the last sync's record
 * first, then likeness to the sheet row (fields equal), then candidate order, then row order.
 */
function assign(
  spec: SyncTable,
  group: readonly IdlessRow[],
  candidates: readonly { id: string; originKey: string | null }[],
  table: CurrentTable,
  ids: IdPositions,
  state: SyncState,
): Map<number, { id: string; originKey: string | null }> {
  const assigned = new Map<number, { id: string; originKey: string | null }>();
  if (candidates.length === 0) return assigned;
  // One row, one candidate (a re-import of a synced list, row by row): nothing to weigh.
  if (group.length === 1 && candidates.length === 1) return assigned.set(group[0].order, candidates[0]);
  if (group.length * candidates.length > MAX_SCORED_PAIRS) {
    group.forEach((row, i) => i < candidates.length && assigned.set(row.order, candidates[i]));
    return assigned;
  }
  const pairs: { row: number; candidate: number; exact: boolean; alike: number }[] = [];
  const sheets = candidates.map((candidate) => {
    const position = ids.positionOf.get(candidate.id);
    return position === undefined ? null : rawRecord(table.rows[position + 1], table.columns);
  });
  group.forEach((row, r) => {
    candidates.forEach((candidate, c) => {
      const record = state.records.get(candidate.id);
      const exact = record !== undefined && record.src === fingerprint(row.norm, spec.syncedKeys, { [spec.idKey]: candidate.id });
      let alike = 0;
      const sheet = sheets[c];
      if (sheet) for (const key of spec.syncedKeys) if (key !== spec.idKey && row.norm[key] !== "" && row.norm[key] === sheet[key]) alike++;
      pairs.push({ row: r, candidate: c, exact, alike });
    });
  });
  pairs.sort((a, b) => Number(b.exact) - Number(a.exact) || b.alike - a.alike || a.candidate - b.candidate || a.row - b.row);
  const rowTaken = new Set<number>();
  const candidateTaken = new Set<number>();
  for (const pair of pairs) {
    if (rowTaken.has(pair.row) || candidateTaken.has(pair.candidate)) continue;
    rowTaken.add(pair.row);
    candidateTaken.add(pair.candidate);
    assigned.set(group[pair.row].order, candidates[pair.candidate]);
  }
  return assigned;
}
