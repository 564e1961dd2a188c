/**
 * Schema 2: Commitments' Realized (KRW) is the SUMIFS over the Progress ledger. Sync never writes
 * it, leaves it out of the fingerprints (a progress record is not a sheet edit), says so in the
 * preview, and records written before the upgrade (which fingerprinted the typed value) stay valid.
 */
import { COLUMNS, headerRow, isoToSerial, type ColumnKey } from "../schema";
import { applyInMemory } from "./applyInMemory";
import { planCounts, planIsEmpty, planSync, type PlanOptions, type SyncPlan } from "./planSync";
import { EMPTY_SYNC_STATE, type SyncState } from "./syncState";
import { buildWritePlan } from "./writePlan";

const NOW = Date.UTC(2026, 10, 29, 1, 0, 0);
const SUM = "=SUMIFS(Progress[원화환산액],Progress[관리번호],[@관리번호])";
const ROW = {
  id: "창원-2019-001",
  agency: "창원시",
  signed: isoToSerial("2019-11-18"),
  instrument: "양해각서(MOU)",
  category: "투자",
  partner: "Acme Robotics",
  country: "US",
  amount: 700000,
  currency: "USD",
  status: "체결",
};
const KEYS: ColumnKey[] = ["id", "agency", "signed", "instrument", "category", "partner", "country", "amount", "currency", "status", "realizedKrw"];
const HEADERS = KEYS.map((key) => COLUMNS.find((c) => c.key === key)!.ko);
const line = (partner: string, realized: unknown) => ["창원-2019-001", "창원시", "2019-11-18", "MOU", "투자", partner, "미국", "70만불", "USD", "체결", realized];

function table(row: Partial<Record<ColumnKey, unknown>>): unknown[][] {
  return [headerRow("ko"), COLUMNS.map((c) => row[c.key] ?? "")];
}

function setRealized(current: unknown[][], value: unknown): unknown[][] {
  const index = COLUMNS.findIndex((c) => c.key === "realizedKrw");
  return current.map((row, i) => (i === 0 ? row : row.map((cell, j) => (j === index ? value : cell))));
}

function plan(current: unknown[][], incoming: unknown[][], state: SyncState, extra: Partial<PlanOptions> = {}): SyncPlan {
  return planSync(current, incoming, { state, sourceName: "부서.csv", ...extra });
}

function apply(current: unknown[][], state: SyncState, p: SyncPlan, schema2: boolean) {
  return applyInMemory(
    { table: current, state },
    buildWritePlan(p, { now: NOW, amountKrwFormula: null, progressFormulas: schema2 ? new Map([["realizedKrw", SUM]]) : undefined }),
  );
}

const SCHEMA2 = { progressComputed: ["realizedKrw"] as ColumnKey[] };

describe("planSync on a schema-2 table (Realized (KRW) computed from Progress)", () => {
  it("never writes an incoming Realized value and names the column in the preview", () => {
    const current = setRealized(table(ROW), 1_000_000);
    const result = plan(current, [HEADERS, line("Acme Robotics", 9_999_999)], EMPTY_SYNC_STATE, SCHEMA2);
    expect(planCounts(result)).toMatchObject({ updates: 0, conflicts: 0, rejected: 0 });
    expect(result.ignoredColumns).toEqual([{ column: "realizedKrw", headers: [COLUMNS.find((c) => c.key === "realizedKrw")!.ko], message: expect.objectContaining({ en: expect.stringContaining("Progress") }) }]);
    expect(result.ignoredColumns[0].message.ko).toContain("이행실적");

    const changed = plan(current, [HEADERS, line("Acme Robotics Ltd", 9_999_999)], EMPTY_SYNC_STATE, SCHEMA2);
    expect(changed.updates).toHaveLength(1);
    expect(changed.updates[0].diffs.map((d) => d.column)).toEqual(["partner"]);

    // A new row does not carry the source's figure: the writer gives it the table's SUMIFS.
    const fresh = plan(current, [HEADERS, [...line("Hanoi Foods", 5), ""].map((cell, i) => (i === 0 ? "창원-2019-009" : cell))], EMPTY_SYNC_STATE, SCHEMA2);
    expect(fresh.inserts[0].cells.realizedKrw).toBe("");
    const written = apply(current, EMPTY_SYNC_STATE, fresh, true);
    expect(written.table[2][COLUMNS.findIndex((c) => c.key === "realizedKrw")]).toBe(SUM);
  });

  it("never writes an incoming Jobs created either when the table computes it", () => {
    const current = table({ ...ROW, jobsCreated: 12 });
    const header = [...HEADERS.slice(0, -1), COLUMNS.find((c) => c.key === "jobsCreated")!.en];
    const result = plan(current, [header, [...line("Acme Robotics", "").slice(0, -1), 99]], EMPTY_SYNC_STATE, { progressComputed: ["realizedKrw", "jobsCreated"] });
    expect(planCounts(result)).toMatchObject({ updates: 0, conflicts: 0, rejected: 0 });
    expect(result.ignoredColumns.map((c) => [c.column, c.headers])).toEqual([["jobsCreated", ["Jobs created"]]]);
  });

  it("detects the computed column from the table's formulas too, and says nothing on a schema-1 table", () => {
    const current = setRealized(table(ROW), 1_000_000);
    const formulas = setRealized(table(ROW), SUM);
    expect(plan(current, [HEADERS, line("Acme Robotics", 5)], EMPTY_SYNC_STATE, { formulas }).ignoredColumns.map((c) => c.column)).toEqual(["realizedKrw"]);
    const schema1 = plan(current, [HEADERS, line("Acme Robotics", 5)], EMPTY_SYNC_STATE);
    expect(schema1.ignoredColumns).toEqual([]);
    expect(schema1.updates[0].diffs.map((d) => d.column)).toEqual(["realizedKrw"]);
  });

  it("a progress record changing Realized is not a sheet edit: the next sync updates, and resyncing the same file plans nothing", () => {
    let current = setRealized(table(ROW), 1_000_000);
    let state = EMPTY_SYNC_STATE;
    const first = plan(current, [HEADERS, line("Acme Robotics Ltd", "")], state, SCHEMA2);
    ({ table: current, state } = apply(current, state, first, true));
    current = setRealized(current, 1_500_000); // a progress record was added
    expect(planIsEmpty(plan(current, [HEADERS, line("Acme Robotics Ltd", "")], state, SCHEMA2))).toBe(true);
    const next = plan(current, [HEADERS, line("Acme Robotics Inc", "")], state, SCHEMA2);
    expect(planCounts(next)).toMatchObject({ updates: 1, conflicts: 0 });
  });

  describe("records written before the upgrade", () => {
    // Schema 1: Realized typed, synced (the source sent it), recorded in the old fingerprint layout.
    function beforeUpgrade() {
      const current = table(ROW);
      const first = plan(current, [HEADERS, line("Acme Robotics", 1_000_000)], EMPTY_SYNC_STATE);
      expect(first.updates[0].diffs.map((d) => d.column)).toContain("realizedKrw");
      return apply(current, EMPTY_SYNC_STATE, first, false);
    }

    it("right after the upgrade (same Realized), a changed source row is an update, not a conflict", () => {
      const { table: current, state } = beforeUpgrade();
      const next = plan(current, [HEADERS, line("Acme Robotics Ltd", 1_000_000)], state, SCHEMA2);
      expect(planCounts(next)).toMatchObject({ updates: 1, conflicts: 0 });
      // The same file again plans nothing (its source fingerprint, old layout, is recognised).
      expect(planIsEmpty(plan(current, [HEADERS, line("Acme Robotics", 1_000_000)], state, SCHEMA2))).toBe(true);
    });

    it("after progress moved Realized, the carried-over amount keeps the old record valid", () => {
      const before = beforeUpgrade();
      const current = setRealized(before.table, 1_750_000);
      const carriedOver = new Map([["창원-2019-001", 1_000_000]]);
      const next = plan(current, [HEADERS, line("Acme Robotics Ltd", 1_000_000)], before.state, { ...SCHEMA2, carriedOver });
      expect(planCounts(next)).toMatchObject({ updates: 1, conflicts: 0 });
      // The update stores the new layout: later progress does not matter any more.
      const after = apply(current, before.state, next, true);
      const later = plan(setRealized(after.table, 2_000_000), [HEADERS, line("Acme Robotics Inc", "")], after.state, SCHEMA2);
      expect(planCounts(later)).toMatchObject({ updates: 1, conflicts: 0 });
    });

    it("a real sheet edit since the old sync is still a conflict", () => {
      const before = beforeUpgrade();
      const partner = COLUMNS.findIndex((c) => c.key === "partner");
      const current = before.table.map((row, i) => (i === 1 ? row.map((cell, j) => (j === partner ? "Edited Co" : cell)) : row));
      const carriedOver = new Map([["창원-2019-001", 1_000_000]]);
      const next = plan(current, [HEADERS, line("Acme Robotics Ltd", 1_000_000)], before.state, { ...SCHEMA2, carriedOver });
      expect(planCounts(next)).toMatchObject({ updates: 0, conflicts: 1 });
    });
  });
});
