/**
 * The table sync writes into, as read: its header resolved through the schema (renamed schema
 * columns refused by name), its rows left in place, and where each ID sits.
 */
import { HeaderError, RenamedHeaderError, findRenamedColumns, idLookalikeKey, resolveHeaders, type ColumnKey, type Language } from "../../schema";
import type { SyncKey } from "../syncKey";

export interface CurrentTable {
  readonly columns: readonly (SyncKey | null)[];
  /** Table column of each schema column present. */
  readonly indexOf: ReadonlyMap<SyncKey, number>;
  /** The 2-D array as given: data row p is rows[p + 1] (no copy of a 100,000-row table). */
  readonly rows: readonly (readonly unknown[])[];
  readonly idIndex: number;
  readonly language: Language;
}

export function readCommitmentsTable(current: readonly (readonly unknown[])[], language: Language | undefined): CurrentTable {
  if (current.length === 0) throw new HeaderError("The Commitments table has no header row. (관리대장 표에 제목 행이 없습니다.)");
  // A renamed schema header would make sync drop that field and see every later change as a
  // conflict (its cells leave the fingerprint): refuse, naming the column, before anything else.
  const renamed = findRenamedColumns(current[0]);
  if (renamed.length > 0) throw new RenamedHeaderError(renamed);
  const headers = resolveHeaders(current[0], { require: ["id"] });
  const columns: (SyncKey | null)[] = current[0].map(() => null);
  const indexOf = new Map<SyncKey, number>();
  for (const [key, index] of Object.entries(headers.indexOf) as [ColumnKey, number][]) {
    columns[index] = key;
    indexOf.set(key, index);
  }
  return { columns, indexOf, rows: current, idIndex: indexOf.get("id")!, language: language ?? headers.language };
}

/** The ID of a cell as sync compares it: text, surrounding spaces dropped. */
export function idKey(value: unknown): string {
  if (typeof value === "string") {
    // Most IDs have no surrounding spaces: skip trim()'s work for them.
    const last = value.length - 1;
    return last >= 0 && value.charCodeAt(0) > 32 && value.charCodeAt(last) > 32 ? value : value.trim();
  }
  if (value === null || value === undefined) return "";
  return String(value).trim();
}

/** A table row's schema fields (the officer's extra columns left out). */
export function rawRecord(row: readonly unknown[], columns: readonly (SyncKey | null)[]): Partial<Record<SyncKey, unknown>> {
  const raw: Partial<Record<SyncKey, unknown>> = {};
  for (let index = 0; index < columns.length; index++) {
    const key = columns[index];
    if (key) raw[key] = row[index];
  }
  return raw;
}

/** Where IDs sit in the table. */
export interface IdPositions {
  /** The first position of each ID. */
  readonly positionOf: Map<string, number>;
  /** Every position of an ID the table holds more than once. */
  readonly duplicates: Map<string, number[]>;
  /**
   * Table IDs that look like an incoming ID without being it (case, width, invisible
   * characters), by incoming ID. Only for the IDs the caller asked about.
   */
  readonly lookalikes: Map<string, string[]>;
}

/**
 * The positions of the IDs in `only`, or of every ID when `only` is null. A batch whose rows all
 * carry IDs needs no more than its own IDs' positions: one lookup per table row in the batch's
 * (10,000-row) Map costs well under a Map of all 100,000 table IDs. Rows without IDs need the full
 * index (matching by content, remembered origins and new IDs can name any row of the table).
 *
 * `lookFor` maps the look-alike key (idLookalikeKey) of each incoming ID to the IDs having it; a
 * table ID with the same key but other spelling is recorded in `lookalikes`. Most IDs are their
 * own key, so this costs a scan of each table ID's characters and rarely a lookup.
 */
export function positionsOfIds(
  table: CurrentTable,
  only: ReadonlyMap<string, unknown> | null,
  lookFor: ReadonlyMap<string, readonly string[]>,
): IdPositions {
  const { rows, idIndex } = table;
  let positionOf = new Map<string, number>();
  const duplicates = new Map<string, number[]>();
  const lookalikes = new Map<string, string[]>();
  const record = (id: string, position: number) => {
    const first = positionOf.get(id);
    if (first === undefined) positionOf.set(id, position);
    else {
      const list = duplicates.get(id) ?? [first];
      list.push(position);
      duplicates.set(id, list);
    }
  };
  const checkLookalike = (id: string) => {
    const wanted = lookFor.get(idLookalikeKey(id));
    if (wanted === undefined) return;
    for (const incoming of wanted) {
      if (incoming === id) continue;
      const list = lookalikes.get(incoming);
      if (!list) lookalikes.set(incoming, [id]);
      else if (!list.includes(id)) list.push(id);
    }
  };
  const checking = lookFor.size > 0;
  if (only) {
    for (let position = 0; position < rows.length - 1; position++) {
      const id = idKey(rows[position + 1][idIndex]);
      if (only.has(id)) record(id, position);
      if (checking && id !== "") checkLookalike(id);
    }
    return { positionOf, duplicates, lookalikes };
  }
  // The common case (unique IDs) costs one Map.set per row; duplicates, rare, are found in a second pass.
  let filled = 0;
  for (let position = 0; position < rows.length - 1; position++) {
    const id = idKey(rows[position + 1][idIndex]);
    if (id === "") continue;
    filled++;
    positionOf.set(id, position);
    if (checking) checkLookalike(id);
  }
  if (positionOf.size !== filled) {
    positionOf = new Map();
    for (let position = 0; position < rows.length - 1; position++) {
      const id = idKey(rows[position + 1][idIndex]);
      if (id !== "") record(id, position);
    }
  }
  return { positionOf, duplicates, lookalikes };
}
