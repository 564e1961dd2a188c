/**
 * Syncing Progress sources, property (issue 13 item 5): for random ledgers sent by random
 * sources — with and without Progress IDs, kinds and dates spelled every way an office writes
 * them, Korean money, repeated shipments, unknown and cancelled commitments, blank rows,
 * shuffled between syncs —
 *   - every incoming row is accounted for (written, unchanged or rejected with a reason);
 *   - only records of known, live commitments reach the table, each Progress ID once;
 *   - syncing the same file again plans nothing, in any row order;
 *   - no record is lost: every record the first sync wrote is still there after the second.
 */
import fc from "fast-check";
import { COLUMNS, headerRow, progressHeaderRow, PROGRESS_COLUMNS } from "../schema";
import { progressAmountKrwFormula } from "../schema/progressFormulas";
import { applyInMemory, type InMemoryWorkbook } from "./applyInMemory";
import { commitmentIndex } from "../progress/commitmentCheck";
import { progressSyncTable } from "./plan/progressTable";
import { planIsEmpty, planSync, type SyncPlan } from "./planSync";
import { EMPTY_SYNC_STATE } from "./syncState";
import { buildWritePlan } from "./writePlan";

const NOW = Date.UTC(2026, 10, 29);
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);
const commitment = (id: string, status: string) => COLUMNS.map((c, i) => (i === col("id") ? id : i === col("status") ? status : i === col("signed") ? 43000 : c.key === "agency" ? "창원시" : ""));
const COMMITMENTS = [headerRow("ko"), commitment("창원-2019-003", "체결"), commitment("성남-2015-001", "이행중"), commitment("X-1", "취소")];
const TABLE = progressSyncTable(commitmentIndex(COMMITMENTS));
const P_ID = PROGRESS_COLUMNS.findIndex((c) => c.key === "progressId");
const P_COMMITMENT = PROGRESS_COLUMNS.findIndex((c) => c.key === "commitmentId");

const commitmentId = fc.oneof(
  { arbitrary: fc.constantFrom("창원-2019-003", "성남-2015-001", " 창원-2019-003 "), weight: 8 },
  { arbitrary: fc.constantFrom("X-1", "없는-2020-001", ""), weight: 2 },
);
const date = fc.constantFrom("2019-12-05", "2019.12.05", "2019년 12월 5일", 43804, "2020-02-10", "not a date");
const kind = fc.constantFrom("수출선적", "Export shipped", "선적", "투자집행", "고용창출", "행사", "기타", "주문");
const amount = fc.constantFrom("5만불", "$30,000", "1억 원", "1,200", 7000, "", "--5");
const evidence = fc.constantFrom("", "A-1", "A-2", "12345-19-000001X");
const record = fc.record({ commitmentId, date, kind, amount, evidence, jobs: fc.constantFrom("", "12명", 3) });
const source = fc.record({
  rows: fc.array(fc.oneof({ arbitrary: record, weight: 9 }, { arbitrary: fc.constant(null), weight: 1 }), { minLength: 1, maxLength: 14 }),
  /** The second file: the same rows in another order. */
  order: fc.integer({ min: 0, max: 1_000_000 }),
});

const HEADER = ["관리번호", "선적일", "실적구분", "금액", "통화", "증빙", "일자리"];

interface IncomingRecord {
  readonly commitmentId: string;
  readonly date: string | number;
  readonly kind: string;
  readonly amount: string | number;
  readonly evidence: string;
  readonly jobs: string | number;
}

function toFile(rows: readonly (IncomingRecord | null)[]): unknown[][] {
  return [HEADER, ...rows.map((r) => (r === null ? HEADER.map(() => "") : [r.commitmentId, r.date, r.kind, r.amount, typeof r.amount === "number" || r.amount === "1,200" ? "USD" : "", r.evidence, r.jobs]))];
}

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function apply(workbook: InMemoryWorkbook, plan: SyncPlan): InMemoryWorkbook {
  return applyInMemory(workbook, buildWritePlan(plan, { now: NOW, amountKrwFormula: progressAmountKrwFormula("ko"), blankRows: plan.blankBodyRow ? [0] : [] }));
}

describe("planSync into the Progress ledger, property", () => {
  it("accounts for every row, writes only live commitments' records once each, and a resync in any order plans nothing", () => {
    fc.assert(
      fc.property(source, ({ rows, order }) => {
        const file = toFile(rows);
        const empty = [progressHeaderRow("ko"), PROGRESS_COLUMNS.map(() => "")];
        const first = planSync(empty, file, { table: TABLE, state: EMPTY_SYNC_STATE, sourceName: "실적.csv" });
        const nonBlank = rows.filter((r) => r !== null).length;
        expect(first.inserts.length + first.updates.length + first.unchanged.length + first.conflicts.length + first.rejected.length).toBe(nonBlank);
        expect(first.blankRowsSkipped).toBe(rows.length - nonBlank);
        for (const rejected of first.rejected) expect(rejected.reasons.length).toBeGreaterThan(0);

        const wb = apply({ table: empty, state: EMPTY_SYNC_STATE }, first);
        const body = wb.table.slice(1).filter((row) => row[P_ID] !== "");
        expect(body).toHaveLength(first.inserts.length);
        const ids = body.map((row) => row[P_ID]);
        expect(new Set(ids).size).toBe(ids.length);
        for (const row of body) expect(["창원-2019-003", "성남-2015-001"]).toContain(row[P_COMMITMENT]);

        const again = planSync(wb.table, [file[0], ...shuffle(file.slice(1), order)], { table: TABLE, state: wb.state, sourceName: "실적.csv" });
        expect(planIsEmpty(again)).toBe(true);
        expect(again.rejected).toHaveLength(first.rejected.length);
        const after = apply(wb, again);
        expect(after.table.slice(1).map((row) => row[P_ID]).filter((id) => id !== "")).toEqual(ids);
      }),
      { numRuns: 300 },
    );
  });
});
