/**
 * The pure heart of sync: the current table and an incoming batch in, a plan out.
 * Nothing is written here; the preview shows the plan and the adapter executes it.
 *
 * Matching is by ID. For each incoming row the plan is a three-way merge between
 * the last-sync record (what sync wrote, `fp`, and what the source said, `src`),
 * the sheet row and the incoming row:
 *   - incoming says nothing new                 → unchanged
 *   - the source has not changed since last sync → unchanged (the sheet's edits are newer)
 *   - the sheet has not changed since last sync  → update
 *   - both changed                               → conflict; the officer decides
 * Rows the sheet deleted after a sync follow the same rule: deletion stands while
 * the source row is unchanged, and a changed source row is a conflict.
 *
 * Blank incoming cells never clear a filled cell: an export that simply lacks a
 * column's data must not wipe it. To clear a field, edit the sheet.
 */
import {
  COLUMN_KEYS,
  type ColumnKey,
  type Language,
  foldText,
  isBlank,
  matchEnum,
  nextId,
  normalizeCountry,
  resolveHeaders,
  HeaderError,
  serialToDate,
  toDateSerial,
  INSTRUMENTS,
} from "../schema";
import { normalizeRow, type CanonicalRow, type CellValue, type FieldProblem, type LocalizedMessage, type ProblemCode } from "../validation/normalizeRow";
import { fingerprint, fnv1a64 } from "./fingerprint";
import { autoMap, checkMapping, sourceHeaders, type ColumnMapping } from "./mapping";
import type { RowRecord, SyncState } from "./syncState";

/**
 * Columns whose values sync compares and fingerprints. Amount (KRW) is a formula
 * the workbook computes (its value moves with FxRates, not with edits) and Updated
 * is stamped by whoever writes the row, so neither says anything about edits.
 */
export const SYNCED_KEYS: readonly ColumnKey[] = COLUMN_KEYS.filter((key) => key !== "amountKrw" && key !== "updated");

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
]);

export interface FieldDiff {
  readonly column: ColumnKey;
  readonly before: CellValue;
  readonly after: CellValue;
}

export interface RejectReason {
  readonly column: ColumnKey | null;
  readonly message: LocalizedMessage;
}

export interface PlannedInsert {
  readonly id: string;
  readonly sourceRow: number;
  /** The row to write, canonical (enum labels in the table's language, ISO codes, date serials). */
  readonly cells: CanonicalRow;
  readonly generatedId: boolean;
  /** Set for rows that came without an ID: lets the next sync of the same list find this row again. */
  readonly originKey: string | null;
  readonly record: RowRecord;
  readonly warnings: readonly FieldProblem[];
}

export interface PlannedUpdate {
  readonly id: string;
  /** 0-based position in the table's data body, as read. */
  readonly position: number;
  readonly sourceRow: number;
  /** The sheet row exactly as read (table width), for undo and for checking nothing moved before writing. */
  readonly before: readonly unknown[];
  /** The row to write: changed fields from the source, the sheet's own cells elsewhere. */
  readonly cells: Readonly<Record<ColumnKey, unknown>>;
  readonly diffs: readonly FieldDiff[];
  readonly originKey: string | null;
  readonly record: RowRecord;
  readonly warnings: readonly FieldProblem[];
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
  /** "edited": both the sheet and the source changed the row. "deletedInSheet": the sheet deleted it, the source changed it. */
  readonly kind: "edited" | "deletedInSheet";
  readonly position: number | null;
  readonly sourceRow: number;
  readonly before: readonly unknown[] | null;
  /** The sheet row's cells by column (null when deleted). */
  readonly sheet: Readonly<Partial<Record<ColumnKey, unknown>>> | null;
  /** What taking the incoming row would write. */
  readonly cells: Readonly<Record<ColumnKey, unknown>>;
  readonly diffs: readonly FieldDiff[];
  readonly originKey: string | null;
  /** Record to store when the officer takes the incoming row. */
  readonly takeRecord: RowRecord;
  /** Record to store when she keeps the sheet: the source version is then considered seen. */
  readonly keepRecord: RowRecord;
  readonly warnings: readonly FieldProblem[];
}

export interface RejectedRow {
  /** Row number in the source (header = 1), or the line number the caller supplied. */
  readonly sourceRow: number;
  /** The source cells exactly as they came. */
  readonly raw: readonly unknown[];
  readonly reasons: readonly RejectReason[];
}

export interface SyncPlan {
  readonly sourceName: string;
  readonly language: Language;
  /** Source headers (made unique) and the mapping used. */
  readonly sourceHeaders: readonly string[];
  readonly mapping: ColumnMapping;
  /** Schema column of each table column (null for the officer's own extra columns). */
  readonly tableColumns: readonly (ColumnKey | null)[];
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
}

export interface PlanOptions {
  /** Language of the table (its headers and enum labels). Defaults to the language of the current header row. */
  readonly language?: Language;
  readonly state: SyncState;
  readonly sourceName: string;
  /** Mapping keyed by the source headers (see sourceHeaders); auto-mapped when absent. */
  readonly mapping?: ColumnMapping | null;
  /** Source row number of each incoming row (header included), e.g. CSV line numbers; defaults to index + 1. */
  readonly sourceRowNumbers?: readonly number[];
}

const BLANK: CellValue = "";

/**
 * The schema's isBlank, written out here: it runs for every incoming cell, and calls
 * through the schema barrel's re-export cost measurably in the bench (tsx and jest run
 * the code as CommonJS, where each such call goes through two property getters).
 */
function blankCell(value: unknown): boolean {
  return value === null || value === undefined || value === "" || (typeof value === "string" && value.trim() === "");
}

function idKey(value: unknown): string {
  if (typeof value === "string") {
    // Most IDs have no surrounding spaces: skip trim()'s work for them.
    const last = value.length - 1;
    return last >= 0 && value.charCodeAt(0) > 32 && value.charCodeAt(last) > 32 ? value : value.trim();
  }
  if (value === null || value === undefined) return "";
  return String(value).trim();
}

function sameValue(a: unknown, b: unknown): boolean {
  const blankA = a === null || a === undefined || a === "";
  const blankB = b === null || b === undefined || b === "";
  if (blankA || blankB) return blankA && blankB;
  return a === b;
}

function message(ko: string, en: string): LocalizedMessage {
  return { ko, en };
}

interface CurrentTable {
  readonly columns: readonly (ColumnKey | null)[];
  readonly indexOf: Partial<Record<ColumnKey, number>>;
  /** The 2-D array as given: data row p is rows[p + 1] (no copy of a 100,000-row table). */
  readonly rows: readonly (readonly unknown[])[];
  readonly idIndex: number;
  readonly language: Language;
}

/** Where IDs sit in the table: the first position of each, and every position of an ID the table holds more than once. */
interface IdPositions {
  readonly positionOf: Map<string, number>;
  readonly duplicates: Map<string, number[]>;
}

function readCurrent(current: readonly (readonly unknown[])[], language: Language | undefined): CurrentTable {
  if (current.length === 0) throw new HeaderError("The Commitments table has no header row. (관리대장 표에 제목 행이 없습니다.)");
  const headers = resolveHeaders(current[0], { require: ["id"] });
  const columns: (ColumnKey | null)[] = current[0].map(() => null);
  for (const [key, index] of Object.entries(headers.indexOf) as [ColumnKey, number][]) columns[index] = key;
  return { columns, indexOf: headers.indexOf, rows: current, idIndex: headers.indexOf.id!, language: language ?? headers.language };
}

/**
 * The positions of the IDs in `only`, or of every ID when `only` is null. A batch whose rows all
 * carry IDs needs no more than its own IDs' positions: one lookup per table row in the batch's
 * (10,000-row) Map costs well under a Map of all 100,000 table IDs. Rows without IDs need the full
 * index (matching by content, remembered origins and new IDs can name any row of the table).
 */
function positionsOfIds(table: CurrentTable, only: ReadonlyMap<string, unknown> | null): IdPositions {
  const { rows, idIndex } = table;
  let positionOf = new Map<string, number>();
  const duplicates = new Map<string, number[]>();
  const record = (id: string, position: number) => {
    const first = positionOf.get(id);
    if (first === undefined) positionOf.set(id, position);
    else {
      const list = duplicates.get(id) ?? [first];
      list.push(position);
      duplicates.set(id, list);
    }
  };
  if (only) {
    for (let position = 0; position < rows.length - 1; position++) {
      const id = idKey(rows[position + 1][idIndex]);
      if (only.has(id)) record(id, position);
    }
    return { positionOf, duplicates };
  }
  // The common case (unique IDs) costs one Map.set per row; duplicates, rare, are found in a second pass.
  let filled = 0;
  for (let position = 0; position < rows.length - 1; position++) {
    const id = idKey(rows[position + 1][idIndex]);
    if (id === "") continue;
    filled++;
    positionOf.set(id, position);
  }
  if (positionOf.size !== filled) {
    positionOf = new Map();
    for (let position = 0; position < rows.length - 1; position++) {
      const id = idKey(rows[position + 1][idIndex]);
      if (id !== "") record(id, position);
    }
  }
  return { positionOf, duplicates };
}

function rawRecord(row: readonly unknown[], columns: readonly (ColumnKey | null)[]): Partial<Record<ColumnKey, unknown>> {
  const raw: Partial<Record<ColumnKey, unknown>> = {};
  for (let index = 0; index < columns.length; index++) {
    const key = columns[index];
    if (key) raw[key] = row[index];
  }
  return raw;
}

/**
 * Fields that tell one commitment from another when a source has no IDs:
 * agency, partner, signing date, instrument and country. Folded so spelling
 * variants ("양해각서" / "MOU", "미국" / "US") land on the same key.
 */
function naturalKey(row: Partial<Record<ColumnKey, unknown>>): string {
  let signed: unknown = row.signed;
  try {
    signed = toDateSerial(row.signed);
  } catch {
    // An unreadable date still distinguishes rows by its text; the row is reported elsewhere.
  }
  return JSON.stringify([
    foldText(row.agency),
    foldText(row.partner),
    signed ?? "",
    matchEnum(INSTRUMENTS, row.instrument)?.value ?? foldText(row.instrument),
    normalizeCountry(row.country) ?? foldText(row.country),
  ]);
}

/**
 * Hands out IDs in the task pane's scheme (nextId), unique against every ID in
 * the table, the batch and the sync records. The taken IDs are indexed by stem
 * ("창원-2019-") so each call looks at one agency-year, not the whole table.
 */
class IdAllocator {
  private byStem: Map<string, Set<string>> | null = null;
  constructor(private readonly taken: () => Iterable<string>) {}

  private stemOf(id: string): string {
    return id.slice(0, id.lastIndexOf("-") + 1);
  }

  next(agency: string, year: number | null): string {
    if (!this.byStem) {
      this.byStem = new Map();
      for (const id of this.taken()) this.add(id);
    }
    const stem = this.stemOf(nextId(agency, year, new Set()));
    const id = nextId(agency, year, this.byStem.get(stem) ?? new Set());
    this.add(id);
    return id;
  }

  private add(id: string): void {
    const stem = this.stemOf(id);
    let set = this.byStem!.get(stem);
    if (!set) this.byStem!.set(stem, (set = new Set()));
    set.add(id);
  }
}

interface IncomingRow {
  readonly index: number;
  readonly sourceRow: number;
  readonly cells: readonly unknown[];
  /** The fields the row supplies (non-blank), in source column order: a field is supplied exactly when it is defined here. */
  readonly raw: Partial<Record<ColumnKey, unknown>>;
  readonly id: string;
  readonly overflow: boolean;
}

/** Turns a source row into schema fields through the mapping; Amount (KRW) and Updated get their import rules. */
function mapIncoming(cells: readonly unknown[], keys: readonly (ColumnKey | null)[]): Partial<Record<ColumnKey, unknown>> {
  const raw: Partial<Record<ColumnKey, unknown>> = {};
  let amountKrw: unknown = undefined;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index];
    if (!key || blankCell(cells[index])) continue;
    // Updated is stamped by the sync that writes the row.
    if (key === "updated") continue;
    if (key === "amountKrw") amountKrw = cells[index];
    else raw[key] = cells[index];
  }
  // Amount (KRW) is computed by the table's formula from Amount and Currency. A source that
  // only has won amounts supplies them as Amount in KRW; otherwise its KRW column is ignored.
  if (amountKrw !== undefined && raw.amount === undefined) {
    raw.amount = amountKrw;
    if (raw.currency === undefined) raw.currency = "KRW";
  }
  return raw;
}

/** Whether the incoming row supplies a field (no per-row Set: raw holds exactly the supplied fields). */
function supplies(row: IncomingRow, key: ColumnKey): boolean {
  return row.raw[key] !== undefined;
}

/** Whether a problem's column is one the incoming row supplies (Currency counts when Amount is supplied: "70만불"). */
function touches(row: IncomingRow, column: ColumnKey): boolean {
  return supplies(row, column) || (column === "currency" && supplies(row, "amount"));
}

function addDiff(diffs: FieldDiff[], cells: Record<ColumnKey, unknown>, sheet: Partial<Record<ColumnKey, unknown>>, key: ColumnKey, after: CellValue): void {
  if (sameValue(after, sheet[key])) return;
  diffs.push({ column: key, before: (sheet[key] ?? "") as CellValue, after });
  cells[key] = after;
}

export function planSync(current: readonly (readonly unknown[])[], incoming: readonly (readonly unknown[])[], options: PlanOptions): SyncPlan {
  const table = readCurrent(current, options.language);
  const language = table.language;
  if (incoming.length === 0) throw new HeaderError("The source is empty: it has no header row. (가져올 자료에 제목 행이 없습니다.)");
  const headers = sourceHeaders(incoming[0], language);
  const mapping = options.mapping ?? autoMap(headers).mapping;
  checkMapping(headers, mapping);
  const keys = headers.map((h) => mapping[h] ?? null);
  const width = headers.length;
  const rowNumber = (index: number) => options.sourceRowNumbers?.[index] ?? index + 1;

  const inserts: PlannedInsert[] = [];
  const updates: PlannedUpdate[] = [];
  const unchanged: PlannedUnchanged[] = [];
  const conflicts: PlannedConflict[] = [];
  const rejected: RejectedRow[] = [];
  let blankRowsSkipped = 0;

  // Pass 1: map every row and count explicit IDs, so duplicates in the batch are caught before anything is planned.
  const rows: IncomingRow[] = [];
  // First source row of each explicit ID; repeats (rare) are collected separately to keep this one Map cheap.
  const sourceRowsOfId = new Map<string, number>();
  const repeatedIds = new Map<string, number[]>();
  for (let index = 1; index < incoming.length; index++) {
    const cells = incoming[index];
    if (cells.every(blankCell)) {
      blankRowsSkipped++;
      continue;
    }
    const overflow = cells.length > width && cells.slice(width).some((cell) => !blankCell(cell));
    const raw = mapIncoming(cells, keys);
    const id = idKey(raw.id);
    const row: IncomingRow = { index, sourceRow: rowNumber(index), cells, raw, id, overflow };
    rows.push(row);
    if (id !== "") {
      const first = sourceRowsOfId.get(id);
      if (first === undefined) sourceRowsOfId.set(id, row.sourceRow);
      else {
        const list = repeatedIds.get(id) ?? [first];
        list.push(row.sourceRow);
        repeatedIds.set(id, list);
      }
    }
  }

  const ids = positionsOfIds(table, rows.every((row) => row.id !== "") ? sourceRowsOfId : null);
  const allocator = new IdAllocator(function* () {
    yield* ids.positionOf.keys();
    yield* ids.duplicates.keys();
    yield* sourceRowsOfId.keys();
    yield* options.state.records.keys();
    yield* options.state.origins.values();
  });
  const claimed = new Map<string, number>();
  const occurrences = new Map<string, number>();
  let naturalIndex: Map<string, string[]> | null = null;
  const naturalMatch = (key: string, occurrence: number): string | null => {
    if (!naturalIndex) {
      naturalIndex = new Map();
      const { columns } = table;
      for (const [id, position] of ids.positionOf) {
        // A row the batch names by ID belongs to that source row; matching it by content too would depend on order.
        if (ids.duplicates.has(id) || sourceRowsOfId.has(id)) continue;
        const nk = naturalKey(rawRecord(table.rows[position + 1], columns));
        const list = naturalIndex.get(nk);
        if (list) list.push(id);
        else naturalIndex.set(nk, [id]);
      }
      for (const list of naturalIndex.values()) list.sort((a, b) => ids.positionOf.get(a)! - ids.positionOf.get(b)!);
    }
    return naturalIndex.get(key)?.[occurrence] ?? null;
  };

  const reject = (row: IncomingRow, reasons: RejectReason[]) => rejected.push({ sourceRow: row.sourceRow, raw: row.cells, reasons });

  for (const row of rows) {
    if (row.overflow) {
      reject(row, [
        {
          column: null,
          message: message(
            `이 행의 칸 수(${row.cells.length})가 제목 수(${width})보다 많습니다. 구분 기호나 따옴표를 확인하세요.`,
            `This row has ${row.cells.length} cells but the header has ${width}. Check the delimiters and quotes.`,
          ),
        },
      ]);
      continue;
    }
    const incomingNorm = normalizeRow(row.raw, language);

    // Which table row is this? An explicit ID, or for ID-less rows the remembered origin or an identical commitment.
    let id = row.id;
    let originKey: string | null = null;
    let generatedId = false;
    if (id !== "") {
      const sources = repeatedIds.get(id);
      if (sources) {
        reject(row, [
          {
            column: "id",
            message: message(
              `관리번호 "${id}"가 가져올 자료의 ${sources.join(", ")}행에 여러 번 나옵니다. 하나만 남기세요.`,
              `ID "${id}" appears more than once in the source (rows ${sources.join(", ")}). Keep one.`,
            ),
          },
        ]);
        continue;
      }
    } else {
      const nk = naturalKey(incomingNorm.row);
      const occurrence = occurrences.get(nk) ?? 0;
      occurrences.set(nk, occurrence + 1);
      originKey = `${fnv1a64(nk)}#${occurrence}`;
      id = options.state.origins.get(originKey) ?? naturalMatch(nk, occurrence) ?? "";
    }


    if (ids.duplicates.has(id)) {
      const positions = ids.duplicates.get(id)!.map((p) => p + 2);
      reject(row, [
        {
          column: "id",
          message: message(
            `관리번호 "${id}"가 표에 여러 번 있습니다(표의 ${positions.join(", ")}행). 표를 먼저 고치세요.`,
            `ID "${id}" appears more than once in the table (table rows ${positions.join(", ")}). Fix the table first.`,
          ),
        },
      ]);
      continue;
    }

    const position = id === "" ? undefined : ids.positionOf.get(id);
    if (position === undefined) {
      // Insert (or a row the sheet deleted after a sync): the incoming row alone must be complete.
      const problems = incomingNorm.problems.filter((p) => !(p.column === "id" && p.code === "required"));
      const blocking = problems.filter((p) => REJECTING_CODES.has(p.code));
      if (blocking.length > 0) {
        reject(row, blocking.map((p) => ({ column: p.column, message: p.message })));
        continue;
      }
      if (id === "") {
        const signed = incomingNorm.row.signed;
        const year = typeof signed === "number" ? serialToDate(signed).year : null;
        id = allocator.next(String(incomingNorm.row.agency), year);
        generatedId = true;
      }
      if (!claimOnce(id, row)) continue;
      const cells: CanonicalRow = { ...incomingNorm.row, id };
      const src = fingerprint(cells, SYNCED_KEYS);
      const record = options.state.records.get(id);
      const newRecord: RowRecord = { fp: src, src };
      if (!record) {
        inserts.push({ id, sourceRow: row.sourceRow, cells, generatedId, originKey: originToStore(originKey, id), record: newRecord, warnings: problems });
      } else if (record.src === src) {
        unchanged.push({ id, position: null, sourceRow: row.sourceRow, reason: "sheetNewer", originKey: originToStore(originKey, id), record: null });
      } else {
        conflicts.push({
          id,
          kind: "deletedInSheet",
          position: null,
          sourceRow: row.sourceRow,
          before: null,
          sheet: null,
          cells,
          diffs: SYNCED_KEYS.filter((k) => !isBlank(cells[k])).map((column) => ({ column, before: BLANK, after: cells[column] })),
          originKey: originToStore(originKey, id),
          takeRecord: newRecord,
          keepRecord: { fp: record.fp, src },
          warnings: problems,
        });
      }
      continue;
    }

    if (!claimOnce(id, row)) continue;
    // Update path. The sheet row is compared as it is (raw cells): values the add-in wrote are
    // canonical already, and a hand-typed variant ("미국" for "US") simply shows up as a change
    // to the canonical form. Fingerprints are taken over the same raw cells, so what the sync
    // writes and what it reads back next time hash alike.
    const before = table.rows[position + 1];
    const sheet = rawRecord(before, table.columns);
    const cells: Record<ColumnKey, unknown> = { ...sheet } as Record<ColumnKey, unknown>;
    const diffs: FieldDiff[] = [];
    for (const key of Object.keys(row.raw) as ColumnKey[]) if (key !== "id") addDiff(diffs, cells, sheet, key, incomingNorm.row[key]);
    // "70만불" in Amount with no Currency column: the currency the amount names wins over the sheet's.
    if (supplies(row, "amount") && !supplies(row, "currency") && !isBlank(incomingNorm.row.currency)) {
      addDiff(diffs, cells, sheet, "currency", incomingNorm.row.currency);
    }
    // The row's own ID is the matched one unless it had spaces only idKey drops; then the matched ID counts.
    const src = incomingNorm.row.id === id ? fingerprint(incomingNorm.row, SYNCED_KEYS) : fingerprint(incomingNorm.row, SYNCED_KEYS, { id });
    const record = options.state.records.get(id);
    if (diffs.length === 0) {
      // Nothing to write. Remember the source version unless the records already say the same.
      const sheetFp = record && record.src === src ? null : fingerprint(sheet, SYNCED_KEYS);
      const wanted: RowRecord | null = sheetFp === null || (record && record.fp === sheetFp && record.src === src) ? null : { fp: sheetFp, src };
      unchanged.push({ id, position, sourceRow: row.sourceRow, reason: "same", originKey: originToStore(originKey, id), record: wanted });
      continue;
    }
    // Validate the row as it would be written; only problems in fields the source supplies block it
    // (a problem the sheet already had elsewhere is the validation panel's business, not this import's).
    const mergedProblems = normalizeRow(cells, language).problems;
    const blocking = [
      ...incomingNorm.problems.filter((p) => REJECTING_CODES.has(p.code) && p.code !== "required" && touches(row, p.column)),
      ...mergedProblems.filter((p) => REJECTING_CODES.has(p.code) && touches(row, p.column)),
    ];
    if (blocking.length > 0) {
      const seen = new Set<string>();
      reject(
        row,
        blocking
          .filter((p) => !seen.has(p.message.en) && seen.add(p.message.en))
          .map((p) => ({ column: p.column, message: p.message })),
      );
      continue;
    }
    const warnings = mergedProblems.filter((p) => !REJECTING_CODES.has(p.code) && touches(row, p.column));
    if (record && record.src === src) {
      unchanged.push({ id, position, sourceRow: row.sourceRow, reason: "sheetNewer", originKey: originToStore(originKey, id), record: null });
      continue;
    }
    const mergedFp = fingerprint(cells, SYNCED_KEYS);
    // Without a record there is no "edited since the last sync" to detect.
    const sheetFp = record ? fingerprint(sheet, SYNCED_KEYS) : "";
    if (!record || record.fp === sheetFp) {
      updates.push({ id, position, sourceRow: row.sourceRow, before, cells, diffs, originKey: originToStore(originKey, id), record: { fp: mergedFp, src }, warnings });
    } else {
      conflicts.push({
        id,
        kind: "edited",
        position,
        sourceRow: row.sourceRow,
        before,
        sheet,
        cells,
        diffs,
        originKey: originToStore(originKey, id),
        takeRecord: { fp: mergedFp, src },
        keepRecord: { fp: sheetFp, src },
        warnings,
      });
    }
  }

  /** Only an origin the records do not already hold needs writing. */
  function originToStore(originKey: string | null, id: string): string | null {
    return originKey !== null && options.state.origins.get(originKey) !== id ? originKey : null;
  }

  function claimOnce(id: string, row: IncomingRow): boolean {
    const other = claimed.get(id);
    if (other !== undefined) {
      reject(row, [
        {
          column: "id",
          message: message(
            `이 행은 가져올 자료의 ${other}행과 같은 표 행("${id}")에 해당합니다. 둘 중 하나만 남기세요.`,
            `This row matches the same table row ("${id}") as source row ${other}. Keep one of them.`,
          ),
        },
      ]);
      return false;
    }
    claimed.set(id, row.sourceRow);
    return true;
  }

  updates.sort((a, b) => a.position - b.position);
  rejected.sort((a, b) => a.sourceRow - b.sourceRow);
  return {
    sourceName: options.sourceName,
    language,
    sourceHeaders: headers,
    mapping,
    tableColumns: table.columns,
    tableRowCount: table.rows.length - 1,
    blankBodyRow: table.rows.length === 2 && table.rows[1].every((cell) => isBlank(cell)),
    inserts,
    updates,
    unchanged,
    conflicts,
    rejected,
    blankRowsSkipped,
  };
}

export type ConflictChoice = "keepSheet" | "takeIncoming";

/**
 * Turns the officer's decisions into updates, inserts or unchanged rows. Every
 * conflict needs a decision: an undecided one stays a conflict, and the adapter
 * refuses to apply a plan that still has conflicts.
 */
export function resolveConflicts(plan: SyncPlan, choices: Readonly<Record<string, ConflictChoice>> | ConflictChoice): SyncPlan {
  const choiceFor = (id: string): ConflictChoice | undefined => (typeof choices === "string" ? choices : choices[id]);
  const inserts = [...plan.inserts];
  const updates = [...plan.updates];
  const unchanged = [...plan.unchanged];
  const conflicts: PlannedConflict[] = [];
  for (const conflict of plan.conflicts) {
    const choice = choiceFor(conflict.id);
    if (choice === undefined) {
      conflicts.push(conflict);
    } else if (choice === "keepSheet") {
      unchanged.push({
        id: conflict.id,
        position: conflict.position,
        sourceRow: conflict.sourceRow,
        reason: "keptSheet",
        originKey: conflict.originKey,
        record: conflict.keepRecord,
      });
    } else if (conflict.kind === "deletedInSheet") {
      inserts.push({
        id: conflict.id,
        sourceRow: conflict.sourceRow,
        cells: conflict.cells as CanonicalRow,
        generatedId: false,
        originKey: conflict.originKey,
        record: conflict.takeRecord,
        warnings: conflict.warnings,
      });
    } else {
      updates.push({
        id: conflict.id,
        position: conflict.position!,
        sourceRow: conflict.sourceRow,
        before: conflict.before!,
        cells: conflict.cells,
        diffs: conflict.diffs,
        originKey: conflict.originKey,
        record: conflict.takeRecord,
        warnings: conflict.warnings,
      });
    }
  }
  updates.sort((a, b) => a.position - b.position);
  inserts.sort((a, b) => a.sourceRow - b.sourceRow);
  return { ...plan, inserts, updates, unchanged, conflicts };
}

export interface PlanCounts {
  readonly inserts: number;
  readonly updates: number;
  readonly unchanged: number;
  readonly conflicts: number;
  readonly rejected: number;
}

export function planCounts(plan: SyncPlan): PlanCounts {
  return {
    inserts: plan.inserts.length,
    updates: plan.updates.length,
    unchanged: plan.unchanged.length,
    conflicts: plan.conflicts.length,
    rejected: plan.rejected.length,
  };
}

/** True when applying would write nothing to the table and no last-sync record. */
export function planIsEmpty(plan: SyncPlan): boolean {
  return plan.inserts.length === 0 && plan.updates.length === 0 && plan.conflicts.length === 0 && plan.unchanged.every((u) => u.record === null && u.originKey === null);
}
