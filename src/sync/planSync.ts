/**
 * The pure heart of sync: the current table and an incoming batch in, a plan out.
 * Nothing is written here; the preview shows the plan and the adapter executes it.
 *
 * Three concepts, one module each:
 *   - identity (plan/identity.ts, plan/currentTable.ts): which table row an incoming row is;
 *   - the three-way merge (plan/merge.ts): what to do with it;
 *   - plan assembly (this file): the batch read through the mapping (plan/incoming.ts), what cannot
 *     be stored rejected with its reasons (plan/idMessages.ts), and the outcomes collected.
 * Which table is synced into (Commitments, or the Progress ledger) is a SyncTable (plan/syncTable.ts).
 * The plan's types live in plan/types.ts; decisions and summaries in plan/resolve.ts.
 */
import { HeaderError, idLookalikeKey } from "../schema";
import type { CanonicalRow, FieldProblem } from "../validation/normalizeRow";
import { autoMap, checkMapping, sourceHeaders } from "./mapping";
import { idKey, positionsOfIds, rawRecord } from "./plan/currentTable";
import { IdAllocator, matchIdlessRows, type IdlessRow } from "./plan/identity";
import { COMMITMENTS_TABLE, type SyncTable } from "./plan/syncTable";
import type { SyncKey } from "./syncKey";
import { computedColumns, ignoredColumns } from "./plan/computedColumns";
import { nearDuplicate, repeatedInSource, repeatedInTable } from "./plan/idMessages";
import { WON_WITH_OTHER_CURRENCY, blankCell, mapIncoming, rawForExisting, wonAsAmount, type IncomingRow } from "./plan/incoming";
import { mergeAbsent, mergePresent, type MergeContext, type MergeInput } from "./plan/merge";
import {
  REJECTING_CODES,
  message,
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
        reject(row, [repeatedInSource(spec, id, sources)]);
        continue;
      }
    } else {
      const match = idlessMatches.get(row.index)!;
      id = match.id ?? "";
      originKey = match.originKey;
    }

    if (ids.duplicates.has(id)) {
      const positions = ids.duplicates.get(id)!.map((p) => p + 2);
      reject(row, [repeatedInTable(spec, id, positions)]);
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
          reject(row, [nearDuplicate(spec, id, inTable.map((other) => `"${other}"`).join(", "), "table")]);
          continue;
        }
        const inSource = byLookalike.get(idLookalikeKey(id))!.filter((other) => other !== id && !ids.positionOf.has(other));
        if (inSource.length > 0) {
          reject(row, [nearDuplicate(spec, id, inSource.map((other) => `"${other}"`).join(", "), "source")]);
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
          column: spec.idKey,
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

export type { CanonicalRow };
