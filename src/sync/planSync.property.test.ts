import fc from "fast-check";
import { COLUMNS, headerRow, type ColumnKey } from "../schema";
import { applyInMemory, type InMemoryWorkbook } from "./applyInMemory";
import { planIsEmpty, planSync, resolveConflicts, type ConflictChoice, type SyncPlan } from "./planSync";
import { EMPTY_SYNC_STATE } from "./syncState";
import { buildWritePlan } from "./writePlan";

const NOW = Date.UTC(2026, 10, 22);
const COLUMN_INDEX = new Map(COLUMNS.map((c, i) => [c.key, i]));
const ID_POOL = ["창원-2019-001", "창원-2019-002", "창원-2019-003", "창원-2020-001", "창원-2020-002", "X-1", "X-2", "X-3"];

const textCell = fc.constantFrom("Acme", "부산상사", "=HYPERLINK(\"x\")", "-2+3", "@SUM(1)", "0303", "", "Hanoi Foods");
const statusCell = fc.constantFrom("체결", "Signed", "이행중", "In progress", "완료");
const jobsCell = fc.oneof(fc.integer({ min: 0, max: 500 }), fc.constantFrom("120명", ""));
const countryCell = fc.constantFrom("US", "미국", "Japan", "VN", "Atlantis");
const signedCell = fc.constantFrom("2019-11-18", "2019.12.01", "2020년 3월 2일", "");

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
  .uniqueArray(fc.constantFrom(...ID_POOL), { maxLength: 6 })
  .chain((ids) => (ids.length === 0 ? fc.constant([] as unknown[][]) : fc.tuple(...ids.map(sheetRow))))
  .map((rows) => [headerRow("ko"), ...rows]);

const INCOMING_HEADER = ["ID", "Agency", "Signed", "Instrument", "Category", "Partner", "Country", "Status", "Jobs", "Notes"];
const incomingRow = fc
  .record({
    id: fc.oneof(fc.constantFrom(...ID_POOL), fc.constant("")),
    signed: signedCell,
    partner: fc.constantFrom("Acme", "부산상사", "Hanoi Foods", "Busan Trading"),
    country: countryCell,
    status: statusCell,
    jobs: jobsCell,
    notes: textCell,
  })
  .map((r) => [r.id, "창원시", r.signed, "MOU", "Investment", r.partner, r.country, r.status, r.jobs, r.notes]);
const batch = fc.array(incomingRow, { maxLength: 8 }).map((rows) => [INCOMING_HEADER, ...rows]);
const sheetEdit = fc.record({ row: fc.nat(), jobs: fc.integer({ min: 0, max: 500 }), remove: fc.boolean() });

function sync(workbook: InMemoryWorkbook, incoming: unknown[][], choice: ConflictChoice, maxChunkBytes?: number, chunkCount?: number) {
  const plan = resolveConflicts(planSync(workbook.table, incoming, { state: workbook.state, sourceName: "p.csv" }), choice);
  const writes = buildWritePlan(plan, { now: NOW, amountKrwFormula: "=1", maxChunkBytes });
  return { plan, writes, after: applyInMemory(workbook, writes, chunkCount) };
}

function editSheet(workbook: InMemoryWorkbook, edits: { row: number; jobs: number; remove: boolean }[]): InMemoryWorkbook {
  const table = workbook.table.map((r) => [...r]);
  for (const edit of edits) {
    if (table.length <= 1) break;
    const index = 1 + (edit.row % (table.length - 1));
    if (edit.remove) table.splice(index, 1);
    else table[index][COLUMN_INDEX.get("jobs")!] = edit.jobs;
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

describe("planSync properties", () => {
  it("apply then re-plan gives zero changes; rows are neither lost nor duplicated", () => {
    fc.assert(
      fc.property(currentTable, batch, fc.array(sheetEdit, { maxLength: 4 }), batch, fc.constantFrom<ConflictChoice>("keepSheet", "takeIncoming"), (table, first, edits, second, choice) => {
        const start: InMemoryWorkbook = { table, state: EMPTY_SYNC_STATE };
        const synced = sync(start, first, choice).after;
        const edited = editSheet(synced, edits);
        const { plan, after } = sync(edited, second, choice);

        // Idempotence: the same batch again changes nothing, not even the records.
        expectNoChanges(planSync(after.table, second, { state: after.state, sourceName: "p.csv" }));

        // No ID twice.
        expect(new Set(ids(after.table)).size).toBe(after.table.length - 1);
        // Every row of the table before the sync is still there.
        for (const id of ids(edited.table)) expect(ids(after.table)).toContain(id);
        // Every accepted incoming row is there (unless the sheet deleted it and the officer kept that).
        for (const row of [...plan.inserts, ...plan.updates]) expect(ids(after.table)).toContain(row.id);
        for (const row of plan.unchanged) if (row.position !== null) expect(ids(after.table)).toContain(row.id);
        // Nothing outside the plan: rejected rows and untouched table rows keep their count.
        expect(after.table.length).toBe(edited.table.length + plan.inserts.length);
      }),
      { numRuns: 150 },
    );
  });

  it("a sync interrupted after any chunk, then run again, ends with the same table as an uninterrupted one", () => {
    fc.assert(
      fc.property(currentTable, batch, fc.nat(), (table, incoming, cut) => {
        const start: InMemoryWorkbook = { table, state: EMPTY_SYNC_STATE };
        // Tiny chunks so even small batches span several requests.
        const whole = sync(start, incoming, "takeIncoming", 600);
        const chunks = whole.writes.chunks.length;
        const partial = sync(start, incoming, "takeIncoming", 600, chunks === 0 ? 0 : cut % chunks).after;
        const rerun = sync(partial, incoming, "takeIncoming", 600).after;
        expect(rerun.table).toEqual(whole.after.table);
        expectNoChanges(planSync(rerun.table, incoming, { state: rerun.state, sourceName: "p.csv" }));
      }),
      { numRuns: 150 },
    );
  });
});
