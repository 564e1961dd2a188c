import fc from "fast-check";
import { COLUMNS, RenamedHeaderError, headerRow, isBlank, type ColumnKey } from "../schema";
import { applyInMemory, type InMemoryWorkbook } from "./applyInMemory";
import { autoMap, sourceHeaders, type ColumnMapping } from "./mapping";
import { parseDelimited } from "./parseDelimited";
import { planIsEmpty, planSync, resolveConflicts, type ConflictChoice, type SyncPlan } from "./planSync";
import { EMPTY_SYNC_STATE } from "./syncState";
import { buildWritePlan } from "./writePlan";

/**
 * Random scenarios: a table, a first sync, the officer's edits, a second sync (maybe from
 * another source), then the invariants of docs/sync.md "Guarantees". The generators are built
 * from small named parts so a new kind of messy input is one more `fc.constantFrom` entry.
 */

const NOW = Date.UTC(2026, 10, 22);
const COLUMN_INDEX = new Map(COLUMNS.map((c, i) => [c.key, i]));
const PROTOTYPE_IDS = ["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty"];
/** Explicit IDs: ordinary ones, prototype names, and a look-alike ("x-1" next to "X-1"). */
const ID_POOL = ["창원-2019-001", "창원-2019-002", "창원-2020-001", "X-1", "X-2", "x-1", ...PROTOTYPE_IDS];
const SOURCES = ["a.csv", "b.csv"];

const textCell = fc.constantFrom("Acme", "부산상사", "=HYPERLINK(\"x\")", "-2+3", "@SUM(1)", "0303", "", "Hanoi Foods", "\u200b", "  ");
const statusCell = fc.constantFrom("체결", "Signed", "이행중", "In progress", "완료");
const jobsCell = fc.oneof(fc.integer({ min: 0, max: 500 }), fc.constantFrom("120명", "", "3천만원"));
const countryCell = fc.constantFrom("US", "미국", "Japan", "VN", "Atlantis");
const signedCell = fc.constantFrom("2019-11-18", "2019.12.01", "2020년 3월 2일", "", "0", "1899-12-31");
/** Amount and Currency together: "5천" without a currency is rejected, "70만불" names its own. */
const moneyCells = fc.constantFrom(["", ""], ["100", "USD"], ["5천", ""], ["70만불", ""], ["--5", "USD"], ["1,000", "KRW"]);

/** A table row as the sheet holds it: canonical Korean labels. */
const sheetRow = (id: string) =>
  fc.record({ partner: fc.constantFrom("Acme", "부산상사", "Hanoi Foods"), jobs: fc.integer({ min: 0, max: 500 }), notes: textCell }).map((r) => {
    const values: Partial<Record<ColumnKey, unknown>> = {
      id,
      agency: "창원시",
      instrument: "양해각서(MOU)",
      category: "투자",
      partner: r.partner,
      country: "US",
      status: "체결",
      jobs: r.jobs,
      notes: r.notes,
    };
    return COLUMNS.map((c) => values[c.key] ?? "");
  });

const currentTable = fc
  .uniqueArray(fc.constantFrom(...ID_POOL), { maxLength: 5 })
  .chain((ids) => (ids.length === 0 ? fc.constant([] as unknown[][]) : fc.tuple(...ids.map(sheetRow))))
  .map((rows) => [headerRow("ko"), ...rows]);

/** Spellings of each incoming header the mapping must read alike (header renames in the source). */
const HEADER_SPELLINGS: readonly (readonly [ColumnKey, readonly string[]])[] = [
  ["id", ["ID", "관리번호", "관리 번호"]],
  ["agency", ["Agency", "추진기관", "기관명"]],
  ["signed", ["Signed", "체결일", "협약일자"]],
  ["instrument", ["Instrument", "협약형태"]],
  ["category", ["Category", "구분"]],
  ["partner", ["Partner", "상대기관", "업체명"]],
  ["country", ["Country", "국가", "국가명"]],
  ["amount", ["Amount", "금액"]],
  ["currency", ["Currency", "통화"]],
  ["status", ["Status", "상태"]],
  ["jobs", ["Jobs", "일자리"]],
  ["notes", ["Notes", "비고", "메모"]],
];
const incomingHeader = fc.tuple(...HEADER_SPELLINGS.map(([, spellings]) => fc.constantFrom(...spellings)));

/**
 * An incoming row. ID-less rows come from two natural keys (same agency, partner, date,
 * instrument, country) so look-alikes meet; Category and the money cells vary, some rejected.
 */
const incomingRow = fc
  .record({
    id: fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...ID_POOL) }, { weight: 3, arbitrary: fc.constant("") }),
    signed: signedCell,
    partner: fc.constantFrom("Acme", "부산상사", "Hanoi Foods", "Busan Trading"),
    category: fc.constantFrom("Investment", "투자", "수출"),
    country: countryCell,
    money: moneyCells,
    status: statusCell,
    jobs: jobsCell,
    notes: textCell,
  })
  .map((r) => [r.id, "창원시", r.signed, "MOU", r.category, r.partner, r.country, r.money[0], r.money[1], r.status, r.jobs, r.notes]);
const batch = fc.tuple(incomingHeader, fc.array(incomingRow, { maxLength: 6 })).map(([header, rows]) => [[...header], ...rows]);
const sheetEdit = fc.record({ row: fc.nat(), jobs: fc.integer({ min: 0, max: 500 }), remove: fc.boolean(), clearNotes: fc.boolean() });
/** The officer's decisions: one for all, or per conflict in turn (cycled). */
const choices = fc.oneof(
  fc.constantFrom<ConflictChoice>("keepSheet", "takeIncoming", "trustSource"),
  fc.array(fc.constantFrom<ConflictChoice>("keepSheet", "takeIncoming", "trustSource"), { minLength: 1, maxLength: 4 }),
);

/** The batch as CSV text with mixed line endings, read back by parseDelimited (what a file goes through). */
function throughCsv(rows: unknown[][], endings: readonly string[]): { rows: unknown[][]; lineOf: readonly number[] } {
  const quote = (cell: unknown) => `"${String(cell).replace(/"/g, '""')}"`;
  const text = rows.map((row, i) => row.map(quote).join(",") + endings[i % endings.length]).join("");
  const parsed = parseDelimited(text, ",");
  return { rows: parsed.rows, lineOf: parsed.lineOf };
}

function decide(plan: SyncPlan, choice: ConflictChoice | ConflictChoice[]): SyncPlan {
  if (typeof choice === "string") return resolveConflicts(plan, choice);
  return resolveConflicts(plan, new Map(plan.conflicts.map((c, i) => [c.id, choice[i % choice.length]])));
}

/**
 * autoMap per distinct header row, computed once: the header spellings are few, and mapping them
 * again for each of 10,000 scenarios would cost more than the planning under test.
 */
const mappings = new Map<string, ColumnMapping>();
function mappingFor(incoming: unknown[][]): ColumnMapping {
  const key = JSON.stringify(incoming[0]);
  let mapping = mappings.get(key);
  if (!mapping) mappings.set(key, (mapping = autoMap(sourceHeaders(incoming[0], "ko")).mapping));
  return mapping;
}

function planWith(workbook: InMemoryWorkbook, incoming: unknown[][], sourceName: string): SyncPlan {
  return planSync(workbook.table, incoming, { state: workbook.state, sourceName, mapping: mappingFor(incoming) });
}

function sync(workbook: InMemoryWorkbook, incoming: unknown[][], choice: ConflictChoice | ConflictChoice[], sourceName: string, maxChunkBytes?: number, chunkCount?: number) {
  const plan = planWith(workbook, incoming, sourceName);
  const decided = decide(plan, choice);
  const writes = buildWritePlan(decided, { now: NOW, amountKrwFormula: "=1", maxChunkBytes });
  return { plan, decided, writes, after: applyInMemory(workbook, writes, chunkCount) };
}

function editSheet(workbook: InMemoryWorkbook, edits: { row: number; jobs: number; remove: boolean; clearNotes: boolean }[]): InMemoryWorkbook {
  const table = workbook.table.map((r) => [...r]);
  for (const edit of edits) {
    if (table.length <= 1) break;
    const index = 1 + (edit.row % (table.length - 1));
    if (edit.remove) table.splice(index, 1);
    else {
      table[index][COLUMN_INDEX.get("jobs")!] = edit.jobs;
      if (edit.clearNotes) table[index][COLUMN_INDEX.get("notes")!] = "";
    }
  }
  return { table, state: workbook.state };
}

const ids = (table: unknown[][]) => table.slice(1).map((r) => String(r[0]));

function expectNoChanges(plan: SyncPlan) {
  expect(plan.inserts).toEqual([]);
  expect(plan.updates).toEqual([]);
  expect(plan.conflicts).toEqual([]);
  expect(planIsEmpty(plan)).toBe(true);
}

/** A broken guarantee: thrown (not expect()ed) so 10,000 scenarios stay cheap; fast-check reports and shrinks it. */
function check(holds: boolean, what: string): void {
  if (!holds) throw new Error(`Guarantee broken: ${what}`);
}

/** The invariants every sync keeps (docs/sync.md, "Guarantees"). */
function expectGuarantees(before: InMemoryWorkbook, incoming: unknown[][], plan: SyncPlan, decided: SyncPlan, after: InMemoryWorkbook, sourceName: string, replan = true) {
  // Every incoming row is accounted for exactly once: planned, rejected with a reason, or counted blank.
  const planned = [...plan.inserts, ...plan.updates, ...plan.unchanged, ...plan.conflicts].map((r) => r.sourceRow);
  check(planned.length + plan.rejected.length + plan.blankRowsSkipped === incoming.length - 1, "every incoming row is planned, rejected or counted blank");
  check(new Set([...planned, ...plan.rejected.map((r) => r.sourceRow)]).size === planned.length + plan.rejected.length, "no incoming row is planned twice");
  check(plan.rejected.every((r) => r.reasons.length > 0), "every rejected row has a reason");

  // No ID twice, and no new ID that only looks like another.
  const afterIds = ids(after.table);
  check(new Set(afterIds).size === afterIds.length, "no ID twice in the table");
  const lookalike = (id: string) => id.normalize("NFKC").toUpperCase().replace(/[\s\u200b]/g, "");
  for (const insert of decided.inserts) {
    for (const other of afterIds) check(other === insert.id || lookalike(other) !== lookalike(insert.id), `new ID ${insert.id} does not look like ${other}`);
  }

  // Nothing lost: every row of the table before the sync is still there, and no filled cell became blank.
  const afterById = new Map(after.table.slice(1).map((row) => [String(row[0]), row]));
  for (const row of before.table.slice(1)) {
    const now = afterById.get(String(row[0]));
    check(now !== undefined, `row ${String(row[0])} is still in the table`);
    row.forEach((cell, column) => check(isBlank(cell) || !isBlank(now![column]), `row ${String(row[0])} column ${column} was not cleared`));
  }
  // Accepted rows are there; nothing outside the plan was added.
  for (const row of [...decided.inserts, ...decided.updates]) check(afterById.has(row.id), `accepted row ${row.id} is in the table`);
  for (const row of decided.unchanged) check(row.position === null || afterById.has(row.id), `unchanged row ${row.id} is in the table`);
  check(after.table.length === before.table.length + decided.inserts.length, "the table grew by the inserts only");

  // Replan is empty: the same batch again changes nothing, not even the records.
  if (replan) check(planIsEmpty(planWith(after, incoming, sourceName)), "the same batch planned again changes nothing");
}

describe("planSync properties", () => {
  it("keeps the guarantees over 10,000 scenarios: look-alike ID-less rows, prototype-named IDs, two sources, header spellings, CSV line endings", () => {
    fc.assert(
      fc.property(
        currentTable,
        batch,
        fc.array(sheetEdit, { maxLength: 3 }),
        batch,
        choices,
        fc.constantFrom(...SOURCES),
        fc.constantFrom(...SOURCES),
        fc.option(fc.array(fc.constantFrom("\r\n", "\n", "\r"), { minLength: 1, maxLength: 3 }), { nil: null }),
        (table, first, edits, secondBatch, choice, firstSource, secondSource, endings) => {
          const start: InMemoryWorkbook = { table, state: EMPTY_SYNC_STATE };
          const once = sync(start, first, choice, firstSource);
          // The first sync's replan is the second sync's business when the batches agree; skipping it keeps 10,000 runs cheap.
          expectGuarantees(start, first, once.plan, once.decided, once.after, firstSource, false);
          const edited = editSheet(once.after, edits);
          let second: unknown[][] = secondBatch;
          if (endings) {
            const read = throughCsv(secondBatch, endings);
            // Line endings never merge, split or drop rows.
            check(JSON.stringify(read.rows) === JSON.stringify(secondBatch.map((row) => row.map(String))), "CSV text reads back row for row");
            second = read.rows;
          }
          const twice = sync(edited, second, choice, secondSource);
          expectGuarantees(edited, second, twice.plan, twice.decided, twice.after, secondSource);
        },
      ),
      { numRuns: Number(process.env.H1_RUNS ?? 10_000) },
    );
  });

  it("a sync interrupted after any chunk, then run again, ends with the same table as an uninterrupted one", () => {
    fc.assert(
      fc.property(currentTable, batch, fc.nat(), (table, incoming, cut) => {
        const start: InMemoryWorkbook = { table, state: EMPTY_SYNC_STATE };
        // Tiny chunks so even small batches span several requests.
        const whole = sync(start, incoming, "takeIncoming", "a.csv", 2000);
        const chunks = whole.writes.chunks.length;
        const partial = sync(start, incoming, "takeIncoming", "a.csv", 2000, chunks === 0 ? 0 : cut % chunks).after;
        const rerun = sync(partial, incoming, "takeIncoming", "a.csv", 2000).after;
        expect(rerun.table).toEqual(whole.after.table);
        expectNoChanges(planSync(rerun.table, incoming, { state: rerun.state, sourceName: "a.csv" }));
      }),
      { numRuns: 300 },
    );
  });

  it("refuses a table whose schema header was renamed, naming it, whichever column it is", () => {
    fc.assert(
      fc.property(currentTable, fc.nat({ max: COLUMNS.length - 1 }), fc.constantFrom("메모사항", "Column1", "", "합계"), batch, (table, column, name, incoming) => {
        const renamed = table.map((row) => [...row]);
        renamed[0][column] = name;
        let thrown: unknown = null;
        try {
          planSync(renamed, incoming, { state: EMPTY_SYNC_STATE, sourceName: "a.csv" });
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(RenamedHeaderError);
        expect((thrown as RenamedHeaderError).renamed).toEqual([{ key: COLUMNS[column].key, header: name, index: column }]);
      }),
      { numRuns: 300 },
    );
  });
});
