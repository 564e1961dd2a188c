/**
 * What planSync needs to know of the table it syncs into, so one planner (identity, three-way
 * merge, rejections, records) serves both the Commitments table and the Progress ledger:
 *   - how to read the table's header (which column is which, which identifies a row);
 *   - how to read an incoming row (the table's normaliser: canonical values and problems);
 *   - which columns the fingerprints cover;
 *   - what tells two rows apart when a source has no IDs (the natural key);
 *   - the first ID the table's scheme proposes for a new row (IdAllocator makes it unique).
 * The Commitments table is the default; progressTable.ts builds the Progress one.
 */
import { INSTRUMENTS, CATEGORIES, foldText, matchEnum, nextId, normalizeCountry, serialToDate, toDateSerial, type Language } from "../../schema";
import { normalizeRow, type FieldProblem } from "../../validation/normalizeRow";
import { COMMITMENTS_VOCABULARY, type MappingVocabulary } from "../mapping";
import type { SyncFields, SyncKey, SyncRow } from "../syncKey";
import { readCommitmentsTable, type CurrentTable } from "./currentTable";
import { SYNCED_KEYS } from "./types";

export interface SyncTable {
  /** Which table, for messages and the records' namespace. */
  readonly name: "commitments" | "progress";
  /** The column that identifies a row, and what messages call it ("관리번호"/"ID", "실적번호"/"Progress ID"). */
  readonly idKey: SyncKey;
  readonly idLabel: { readonly ko: string; readonly en: string };
  /** What one row is, for messages ("약정"/"commitment", "실적"/"progress record"). */
  readonly rowNoun: { readonly ko: string; readonly en: string };
  /** The columns a source can feed, and the header spellings that name them. */
  readonly vocabulary: MappingVocabulary;
  /** The table as read, header resolved; throws a HeaderError naming what is wrong with it. */
  readonly readCurrent: (current: readonly (readonly unknown[])[], language: Language | undefined) => CurrentTable;
  /** An incoming (or merged) row → what the table stores, and every problem with it. */
  readonly normalize: (raw: Readonly<Partial<Record<SyncKey, unknown>>>, language: Language) => { row: SyncRow; problems: FieldProblem<SyncKey>[] };
  /** The fingerprint layout (stored in every workbook's records: changing it needs a migration). */
  readonly syncedKeys: readonly SyncKey[];
  /** What tells one row from another when a source has no IDs, folded so spelling variants agree. */
  readonly naturalKey: (row: SyncFields) => string;
  /** The natural key as an earlier version built it, to find origins stored then; null when there was none. */
  readonly legacyNaturalKey: ((row: SyncFields) => string) | null;
  /** The ID the table's scheme gives a new row before uniqueness: "창원-2019-001", "창원-2019-003-P01". Ends in its sequence digits. */
  readonly firstId: (row: SyncFields) => string;
}

function signedSerial(value: unknown): unknown {
  try {
    return toDateSerial(value);
  } catch {
    // An unreadable date still distinguishes rows by its text; the row is reported elsewhere.
    return value;
  }
}

/**
 * Fields that tell one commitment from another when a source has no IDs: agency, partner,
 * signing date, instrument, category and country. Folded so spelling variants ("양해각서" /
 * "MOU", "미국" / "US") land on the same key. Category is part of it: one trip's export
 * contract and investment MOU with the same partner on the same day are two commitments.
 */
function naturalKeyFields(row: SyncFields): unknown[] {
  return [
    foldText(row.agency),
    foldText(row.partner),
    signedSerial(row.signed) ?? "",
    matchEnum(INSTRUMENTS, row.instrument)?.value ?? foldText(row.instrument),
    normalizeCountry(row.country) ?? foldText(row.country),
    matchEnum(CATEGORIES, row.category)?.value ?? foldText(row.category),
  ];
}

export function naturalKey(row: SyncFields): string {
  return JSON.stringify(naturalKeyFields(row));
}

/** The natural key as the first version built it (no Category, the last field), to find origins stored then. */
function legacyNaturalKey(row: SyncFields): string {
  return JSON.stringify(naturalKeyFields(row).slice(0, 5));
}

/** The year an ID names, or null (undated, or no calendar date). */
export function yearOf(signed: unknown): number | null {
  if (typeof signed !== "number") return null;
  try {
    return serialToDate(signed).year;
  } catch {
    return null;
  }
}

export const COMMITMENTS_TABLE: SyncTable = {
  name: "commitments",
  idKey: "id",
  idLabel: { ko: "관리번호", en: "ID" },
  rowNoun: { ko: "약정", en: "commitment" },
  vocabulary: COMMITMENTS_VOCABULARY,
  readCurrent: readCommitmentsTable,
  normalize: normalizeRow as SyncTable["normalize"],
  syncedKeys: SYNCED_KEYS,
  naturalKey,
  legacyNaturalKey,
  firstId: (row) => nextId(String(row.agency ?? ""), yearOf(row.signed), new Set()),
};
