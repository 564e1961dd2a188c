/**
 * The pure heart of sync: the current table and an incoming batch in, a plan out.
 * Nothing is written here; the preview shows the plan and the adapter executes it.
 *
 * Three concepts, one module each:
 *   - identity (plan/identity.ts, plan/currentTable.ts): which table row an incoming row is;
 *   - the three-way merge (plan/merge.ts): what to do with it;
 *   - plan assembly (this file): reading the batch through the mapping, rejecting what cannot be
 *     stored with its reasons, and collecting the outcomes.
 * The plan's types live in plan/types.ts; decisions and summaries in plan/resolve.ts.
 */
import { COLUMNS, HeaderError, PROGRESS_DERIVED_COLUMN_KEYS, idLookalikeKey, isBlankText, normalizeCurrency, type ColumnKey } from "../schema";
import type { CanonicalRow, FieldProblem } from "../validation/normalizeRow";
import { autoMap, checkMapping, sourceHeaders } from "./mapping";
import { idKey, positionsOfIds, rawRecord } from "./plan/currentTable";
import { IdAllocator, matchIdlessRows, type IdlessRow } from "./plan/identity";
import { COMMITMENTS_TABLE, type SyncTable } from "./plan/syncTable";
import type { SyncKey } from "./syncKey";
import { mergeAbsent, mergePresent, type MergeContext, type MergeInput } from "./plan/merge";
import {
  REJECTING_CODES,
  message,
  type IgnoredColumn,
  type PlanOptions,
  type PlannedConflict,
  type PlannedInsert,
  type PlannedUnchanged,
  type PlannedUpdate,
  type RejectReason,
  type RejectedRow,
  type SyncPlan,
} from "./plan/types";

export * from "./plan/types";
export { resolveConflicts, planCounts, planIsEmpty, type PlanCounts, type ConflictChoices } from "./plan/resolve";
export { naturalKey, COMMITMENTS_TABLE, type SyncTable } from "./plan/syncTable";

/**
 * The schema's isBlank, written out here: it runs for every incoming cell, and calls
 * through the schema barrel's re-export cost measurably in the bench (tsx and jest run
 * the code as CommonJS, where each such call goes through two property getters).
 * Invisible-only text (a zero-width space) is blank too: it never clears or fills a cell.
 */
const COLUMNS_BY_KEY = new Map(COLUMNS.map((column) => [column.key, column]));

function blankCell(value: unknown): boolean {
  if (value === null || value === undefined || value === "") return true;
  if (typeof value !== "string") return false;
  // Ordinary text starts with a visible character below U+00A0 (no space, nothing invisible) and is decided at once.
  const first = value.charCodeAt(0);
  if (first > 32 && first < 0xa0) return false;
  return isBlankText(value);
}

interface IncomingRow {
  readonly index: number;
  readonly sourceRow: number;
  readonly cells: readonly unknown[];
  /** The fields the row supplies (non-blank), in source column order: a field is supplied exactly when it is defined here. */
  readonly raw: Partial<Record<SyncKey, unknown>>;
  /** Amount (KRW) from a source that gives no Amount: how it is used depends on the row it lands on. */
  readonly wonOnly: unknown;
  readonly id: string;
  readonly overflow: boolean;
}

/** Turns a source row into schema fields through the mapping; Amount (KRW) and Updated get their import rules. */
function mapIncoming(cells: readonly unknown[], keys: readonly (SyncKey | null)[]): { raw: Partial<Record<SyncKey, unknown>>; wonOnly: unknown } {
  const raw: Partial<Record<SyncKey, unknown>> = {};
  let amountKrw: unknown = undefined;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index];
    if (!key || blankCell(cells[index])) continue;
    // Updated is stamped by the sync that writes the row.
    if (key === "updated") continue;
    if (key === "amountKrw") amountKrw = cells[index];
    else raw[key] = cells[index];
  }
  // Amount (KRW) is computed by the table's formula from Amount and Currency: with an Amount, the
  // source's KRW column says nothing new and is ignored.
  return { raw, wonOnly: raw.amount === undefined ? amountKrw : undefined };
}

function isKrw(value: unknown): boolean {
  return value === undefined || normalizeCurrency(value) === "KRW";
}

/**
 * The fields of a won-only row (Amount (KRW), no Amount) for a row with no amount of its own:
 * a new row, or a sheet row with no Amount in another currency. The won amount becomes the
 * Amount, in KRW. null when the row names another currency: won cannot be stored as that.
 */
function wonAsAmount(row: IncomingRow): Partial<Record<SyncKey, unknown>> | null {
  if (row.wonOnly === undefined) return row.raw;
  if (!isKrw(row.raw.currency)) return null;
  return { ...row.raw, amount: row.wonOnly, currency: row.raw.currency ?? "KRW" };
}

const WON_WITH_OTHER_CURRENCY = message(
  "원화환산액만 있고 금액이 없는데 통화가 원화가 아닙니다. 그 통화의 금액을 넣거나 통화를 비우세요.",
  "The row has an Amount (KRW) but no Amount, and its Currency is not KRW. Give the Amount in that currency, or leave Currency blank.",
);

export function planSync(current: readonly (readonly unknown[])[], incoming: readonly (readonly unknown[])[], options: PlanOptions): SyncPlan {
  const spec: SyncTable = options.table ?? COMMITMENTS_TABLE;
  const table = spec.readCurrent(current, options.language);
  const language = table.language;
  if (incoming.length === 0) throw new HeaderError("The source is empty: it has no header row. (가져올 자료에 제목 행이 없습니다.)");
  const headers = sourceHeaders(incoming[0], language);
  const mapping = options.mapping ?? autoMap(headers, null, spec.vocabulary).mapping;
  checkMapping(headers, mapping, spec.vocabulary);
  const normalize = spec.normalize;
  const keys = headers.map((h) => mapping.get(h) ?? null);
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
  // Explicit IDs by look-alike key (case, width, invisible characters), to flag near-duplicates.
  const byLookalike = new Map<string, string[]>();
  for (let index = 1; index < incoming.length; index++) {
    const cells = incoming[index];
    if (cells.every(blankCell)) {
      blankRowsSkipped++;
      continue;
    }
    const overflow = cells.length > width && cells.slice(width).some((cell) => !blankCell(cell));
    const { raw, wonOnly } = mapIncoming(cells, keys);
    const id = idKey(raw[spec.idKey]);
    const row: IncomingRow = { index, sourceRow: rowNumber(index), cells, raw, wonOnly, id, overflow };
    rows.push(row);
    if (id === "" || overflow) continue;
    const first = sourceRowsOfId.get(id);
    if (first === undefined) {
      sourceRowsOfId.set(id, row.sourceRow);
      const key = idLookalikeKey(id);
      const list = byLookalike.get(key);
      if (list) list.push(id);
      else byLookalike.set(key, [id]);
    } else {
      const list = repeatedIds.get(id) ?? [first];
      list.push(row.sourceRow);
      repeatedIds.set(id, list);
    }
  }

  const ids = positionsOfIds(table, rows.every((row) => row.id !== "") ? sourceRowsOfId : null, byLookalike);
  const allocator = new IdAllocator(function* () {
    yield* ids.positionOf.keys();
    yield* ids.duplicates.keys();
    yield* sourceRowsOfId.keys();
    yield* options.state.records.keys();
    yield* options.state.origins.values();
  });
  const formulas = options.formulas ?? null;
  const computed = computedColumns(table, options);
  const carriedOver = options.carriedOver;
  const context: MergeContext = {
    spec,
    computed,
    legacyRealized: (id) => (carriedOver ? (carriedOver.get(id) ?? "") : undefined),
    table,
    state: options.state,
    sourceName: options.sourceIdentity ?? options.sourceName,
    language,
    isFormula: (position, key) => {
      const index = table.indexOf.get(key);
      if (index === undefined) return false;
      // Unknown formulas: the computed Amount (KRW) column is assumed to be one (never overwritten).
      if (!formulas) return key === "amountKrw";
      const cell = formulas[position + 1]?.[index];
      return typeof cell === "string" && cell.startsWith("=");
    },
  };

  const rejectedRows = new Set<number>();
  const reject = (row: IncomingRow, reasons: readonly RejectReason[]) => {
    rejectedRows.add(row.index);
    rejected.push({ sourceRow: row.sourceRow, raw: row.cells, reasons });
  };
  const blockingReasons = (problems: readonly FieldProblem<SyncKey>[]): RejectReason[] =>
    problems.filter((p) => REJECTING_CODES.has(p.code) && !(p.column === spec.idKey && p.code === "required")).map((p) => ({ column: p.column, message: p.message }));

  // Pass 2: rows that cannot be read at all, and ID-less rows that are not valid on their own,
  // are rejected before any matching: a rejected row never takes part in identity.
  const idless: IdlessRow[] = [];
  const idlessNorm = new Map<number, ReturnType<SyncTable["normalize"]>>();
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
    if (row.id !== "") continue;
    const raw = wonAsAmount(row);
    if (raw === null) {
      reject(row, [{ column: "currency", message: WON_WITH_OTHER_CURRENCY }]);
      continue;
    }
    const norm = normalize(raw, language);
    const blocking = blockingReasons(norm.problems);
    if (blocking.length > 0) {
      reject(row, blocking);
      continue;
    }
    idless.push({ order: row.index, norm: norm.row });
    idlessNorm.set(row.index, norm);
  }
  const idlessMatches = matchIdlessRows(spec, idless, table, ids, options.state, sourceRowsOfId);

  const claimed = new Map<string, number>();
  for (const row of rows) {
    if (rejectedRows.has(row.index)) continue;
    let id = row.id;
    let originKey: string | null = null;
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
      const match = idlessMatches.get(row.index)!;
      id = match.id ?? "";
      originKey = match.originKey;
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
    let input: MergeInput;
    if (position === undefined) {
      // A new ID that only looks different from another (case, width, invisible characters) is
      // flagged, not inserted: quoted in a letter, the two could not be told apart.
      if (row.id !== "") {
        const inTable = ids.lookalikes.get(id);
        if (inTable) {
          reject(row, [nearDuplicate(id, inTable.map((other) => `"${other}"`).join(", "), "table")]);
          continue;
        }
        const inSource = byLookalike.get(idLookalikeKey(id))!.filter((other) => other !== id && !ids.positionOf.has(other));
        if (inSource.length > 0) {
          reject(row, [nearDuplicate(id, inSource.map((other) => `"${other}"`).join(", "), "source")]);
          continue;
        }
      }
      const raw = wonAsAmount(row);
      if (raw === null) {
        reject(row, [{ column: "currency", message: WON_WITH_OTHER_CURRENCY }]);
        continue;
      }
      const norm = idlessNorm.get(row.index) ?? normalize(raw, language);
      let generatedId = false;
      if (id === "") {
        // Valid on its own (pass 2), so the ID can be handed out now.
        id = allocator.next(spec.firstId(norm.row));
        generatedId = true;
      }
      input = { id, sourceRow: row.sourceRow, raw, norm, originKey, generatedId };
    } else {
      const raw = rawForExisting(row, rawRecord(table.rows[position + 1], table.columns));
      const norm = row.id === "" && raw === row.raw && row.wonOnly === undefined ? idlessNorm.get(row.index)! : normalize(raw, language);
      input = { id, sourceRow: row.sourceRow, raw, norm, originKey, generatedId: false };
    }
    const outcome = position === undefined ? mergeAbsent(context, input) : mergePresent(context, input, position);
    if (outcome.kind === "reject") {
      reject(row, outcome.reasons);
      continue;
    }
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
      continue;
    }
    claimed.set(id, row.sourceRow);
    if (outcome.kind === "insert") inserts.push(outcome.value);
    else if (outcome.kind === "update") updates.push(outcome.value);
    else if (outcome.kind === "unchanged") unchanged.push(outcome.value);
    else conflicts.push(outcome.value);
  }

  updates.sort((a, b) => a.position - b.position);
  rejected.sort((a, b) => a.sourceRow - b.sourceRow);
  return {
    table: spec.name,
    sourceName: options.sourceName,
    sourceIdentity: options.sourceIdentity ?? options.sourceName,
    language,
    sourceHeaders: headers,
    mapping,
    tableColumns: table.columns,
    tableRowCount: table.rows.length - 1,
    blankBodyRow: table.rows.length === 2 && table.rows[1].every((cell) => blankCell(cell)),
    inserts,
    updates,
    unchanged,
    conflicts,
    rejected,
    blankRowsSkipped,
    ignoredColumns: ignoredColumns(computed, headers, mapping),
  };
}

/**
 * Schema 2's columns the table computes from Progress: as the host read them, or as `formulas`
 * shows them in the first body row. Only columns the table has count.
 */
function computedColumns(table: { readonly indexOf: ReadonlyMap<SyncKey, number> }, options: PlanOptions): ReadonlySet<ColumnKey> {
  const computed = new Set<ColumnKey>();
  for (const key of PROGRESS_DERIVED_COLUMN_KEYS) {
    const index = table.indexOf.get(key);
    if (index === undefined) continue;
    const cell = options.formulas?.[1]?.[index];
    if (options.progressComputed?.includes(key) || (typeof cell === "string" && cell.startsWith("="))) computed.add(key);
  }
  return computed;
}

function ignoredColumns(computed: ReadonlySet<ColumnKey>, headers: readonly string[], mapping: ReadonlyMap<string, SyncKey | null>): IgnoredColumn[] {
  const ignored: IgnoredColumn[] = [];
  for (const key of computed) {
    const mapped = headers.filter((header) => mapping.get(header) === key);
    if (mapped.length === 0) continue;
    const names = mapped.map((header) => `"${header}"`).join(", ");
    const column = COLUMNS_BY_KEY.get(key)!;
    ignored.push({
      column: key,
      headers: mapped,
      message: message(
        `${names} 열(${column.ko})은 가져오지 않습니다. 이 표의 ${column.ko} 열은 이행실적 표에서 계산되므로, 실적은 이행실적(Progress) 표에 넣으세요.`,
        `Column ${names} (${column.en}) is not imported: this table computes ${column.en} from the Progress ledger. Record realizations in the Progress table (이행실적).`,
      ),
    });
  }
  return ignored;
}

/**
 * The fields a row supplies for the table row it lands on. A won-only source (Amount (KRW), no
 * Amount) must not turn a USD row into a KRW row: where the sheet row has an Amount or a currency
 * other than won, the won figure goes to Amount (KRW) alone (written only where that cell is not
 * a formula), and a Currency of KRW that merely labels the won column is not taken.
 */
function rawForExisting(row: IncomingRow, sheet: Partial<Record<SyncKey, unknown>>): Partial<Record<SyncKey, unknown>> {
  if (row.wonOnly === undefined) return row.raw;
  const sheetHasAmount = !blankCell(sheet.amount);
  const sheetInWon = blankCell(sheet.currency) || normalizeCurrency(sheet.currency) === "KRW";
  if (!sheetHasAmount && sheetInWon && isKrw(row.raw.currency)) return wonAsAmount(row)!;
  const raw: Partial<Record<SyncKey, unknown>> = { ...row.raw, amountKrw: row.wonOnly };
  if (raw.currency !== undefined && isKrw(raw.currency)) delete raw.currency;
  return raw;
}

function nearDuplicate(id: string, others: string, where: "source" | "table"): RejectReason {
  return {
    column: "id",
    message:
      where === "table"
        ? message(
            `관리번호 "${id}"는 표에 있는 ${others}와(과) 대소문자·전각/반각·보이지 않는 문자만 다릅니다. 같은 약정이면 표의 관리번호를 그대로 쓰고, 다른 약정이면 알아보기 쉬운 다른 번호를 쓰세요.`,
            `ID "${id}" differs from the table's ${others} only by case, width or invisible characters. If it is the same commitment, use the table's ID exactly; if not, give it a clearly different ID.`,
          )
        : message(
            `관리번호 "${id}"는 가져올 자료의 ${others}와(과) 대소문자·전각/반각·보이지 않는 문자만 다릅니다. 어느 쪽이 맞는지 정해 하나로 맞추세요.`,
            `ID "${id}" differs from the source's ${others} only by case, width or invisible characters. Decide which is right and make them one.`,
          ),
  };
}

export type { CanonicalRow };
