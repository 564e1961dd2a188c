/**
 * planSync into the Progress ledger (issue 13 item 5): the same planner as commitments, with the
 * Progress table's identity (Progress ID, or Commitment ID + Date + Kind + Evidence), its
 * normaliser and its checks against the Commitments table.
 */
import { COLUMNS, headerRow, progressHeaderRow, PROGRESS_COLUMNS, type ProgressColumnKey } from "../schema";
import { progressAmountKrwFormula } from "../schema/progressFormulas";
import { applyInMemory, type InMemoryWorkbook } from "./applyInMemory";
import { commitmentIndex } from "../progress/commitmentCheck";
import { progressSyncTable } from "./plan/progressTable";
import { planCounts, planIsEmpty, planSync, resolveConflicts, type SyncPlan } from "./planSync";
import { EMPTY_SYNC_STATE } from "./syncState";
import { buildWritePlan } from "./writePlan";

const NOW = Date.UTC(2026, 10, 29);
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);

function commitmentRow(id: string, signed: number, status: string): unknown[] {
  const row: unknown[] = COLUMNS.map(() => "");
  row[col("id")] = id;
  row[col("agency")] = "창원시";
  row[col("signed")] = signed;
  row[col("status")] = status;
  return row;
}

// 2019-11-18 = 43787, 2015-04-10 = 42104.
const COMMITMENTS = [
  headerRow("ko"),
  commitmentRow("창원-2019-003", 43787, "체결"),
  commitmentRow("성남-2015-001", 42104, "이행중"),
  commitmentRow("창원-2019-009", 43787, "취소"),
];
const TABLE = progressSyncTable(commitmentIndex(COMMITMENTS));
const pCol = (key: ProgressColumnKey) => PROGRESS_COLUMNS.findIndex((c) => c.key === key);

/** A new Progress table: its header and the one blank row Excel keeps in an empty table. */
const EMPTY_PROGRESS = [progressHeaderRow("ko"), PROGRESS_COLUMNS.map(() => "")];

function progressRow(values: Partial<Record<ProgressColumnKey, unknown>>): unknown[] {
  return PROGRESS_COLUMNS.map((c) => values[c.key] ?? "");
}

function plan(current: unknown[][], incoming: unknown[][], state = EMPTY_SYNC_STATE, sourceName = "선적실적.csv"): SyncPlan {
  return planSync(current, incoming, { table: TABLE, state, sourceName });
}

function apply(workbook: InMemoryWorkbook, p: SyncPlan): InMemoryWorkbook {
  return applyInMemory(workbook, buildWritePlan(p, { now: NOW, amountKrwFormula: progressAmountKrwFormula("ko"), blankRows: p.blankBodyRow ? [0] : [] }));
}

const SHIPMENTS = [
  ["관리번호", "선적일", "구분", "금액", "수출신고번호"],
  ["창원-2019-003", "2019-12-05", "수출선적", "5만불", "12345-19-000001X"],
  ["창원-2019-003", "2020-02-10", "수출선적", "3만불", "12345-20-000002X"],
  ["성남-2015-001", "2016.03.02", "투자집행", "1억 원", ""],
];

describe("planSync into the Progress ledger", () => {
  it("maps a shipments list by its own headers, gives each record the commitment's next Progress ID, and reads Korean money", () => {
    const p = plan(EMPTY_PROGRESS, SHIPMENTS);
    expect(p.table).toBe("progress");
    expect([...p.mapping]).toEqual([
      ["관리번호", "commitmentId"],
      ["선적일", "date"],
      ["구분", "kind"],
      ["금액", "amount"],
      ["수출신고번호", "evidence"],
    ]);
    expect(p.rejected).toEqual([]);
    expect(p.inserts.map((i) => i.id)).toEqual(["창원-2019-003-P01", "창원-2019-003-P02", "성남-2015-001-P01"]);
    expect(p.inserts[0].cells).toMatchObject({ progressId: "창원-2019-003-P01", commitmentId: "창원-2019-003", date: 43804, kind: "수출선적", amount: 50_000, currency: "USD" });
    expect(p.inserts[2].cells).toMatchObject({ amount: 100_000_000, currency: "KRW", kind: "투자집행" });
    expect(p.blankBodyRow).toBe(true);
  });

  it("writes the Progress table's own Amount (KRW) formula into new rows, never a source figure, and fills the blank row first", () => {
    const p = plan(EMPTY_PROGRESS, SHIPMENTS);
    const wb = apply({ table: EMPTY_PROGRESS, state: EMPTY_SYNC_STATE }, p);
    expect(wb.table).toHaveLength(4);
    expect(wb.table[1][pCol("progressId")]).toBe("창원-2019-003-P01");
    for (const row of wb.table.slice(1)) expect(row[pCol("amountKrw")]).toBe(progressAmountKrwFormula("ko"));
    expect(wb.table[3][pCol("updated")]).toEqual(expect.any(Number));
  });

  it("is idempotent: the same file again plans nothing, and next month's longer file adds only the new shipment", () => {
    let wb: InMemoryWorkbook = { table: EMPTY_PROGRESS, state: EMPTY_SYNC_STATE };
    wb = apply(wb, plan(wb.table, SHIPMENTS, wb.state));
    const again = plan(wb.table, SHIPMENTS, wb.state);
    expect(planIsEmpty(again)).toBe(true);
    expect(planCounts(again)).toMatchObject({ inserts: 0, updates: 0, conflicts: 0, rejected: 0 });
    const longer = [...SHIPMENTS.slice(0, 2), ["창원-2019-003", "2020-03-01", "수출선적", "2만불", "12345-20-000003X"], ...SHIPMENTS.slice(2)];
    const next = plan(wb.table, longer, wb.state);
    expect(next.inserts.map((i) => i.id)).toEqual(["창원-2019-003-P03"]);
    expect(next.updates).toEqual([]);
  });

  it("keys rows without a Progress ID by Commitment ID, Date, Kind and Evidence: two shipments on one day differ by their declaration", () => {
    const sameDay = [
      ["관리번호", "실적일", "실적구분", "금액", "증빙"],
      ["창원-2019-003", "2019-12-05", "수출선적", "5만불", "A-1"],
      ["창원-2019-003", "2019-12-05", "수출선적", "5만불", "A-2"],
    ];
    let wb: InMemoryWorkbook = { table: EMPTY_PROGRESS, state: EMPTY_SYNC_STATE };
    wb = apply(wb, plan(wb.table, sameDay, wb.state));
    expect(wb.table.slice(1).map((row) => row[pCol("evidence")])).toEqual(["A-1", "A-2"]);
    // The second declaration's amount corrected at the source: an update of that record alone.
    const corrected = [sameDay[0], sameDay[1], ["창원-2019-003", "2019-12-05", "수출선적", "6만불", "A-2"]];
    const p = plan(wb.table, corrected, wb.state);
    expect(p.updates.map((u) => [u.id, u.diffs.map((d) => [d.column, d.after])])).toEqual([["창원-2019-003-P02", [["amount", 60_000]]]]);
    expect(p.inserts).toEqual([]);
  });

  it("rejects a record for a commitment the table does not have, or one that is cancelled, naming the ID; nothing is dropped silently", () => {
    const source = [
      ["관리번호", "실적일", "실적구분", "금액"],
      ["창원-2019-777", "2020-01-01", "수출선적", "5만불"],
      ["창원-2019-009", "2020-01-01", "수출선적", "5만불"],
      ["창원-2019-003", "2020-01-01", "수출선적", "5만불"],
      ["창원-2019-003", "2020-01-02", "수출선적", ""],
    ];
    const p = plan(EMPTY_PROGRESS, source);
    expect(p.inserts.map((i) => i.id)).toEqual(["창원-2019-003-P01"]);
    expect(p.rejected.map((r) => [r.sourceRow, r.reasons.map((reason) => reason.message.en)])).toEqual([
      [2, ['No commitment with ID "창원-2019-777" in the Commitments table. Add the commitment first, or correct the ID.']],
      [3, ['"창원-2019-009" is cancelled, so it takes no progress.']],
      [5, ["Amount, Jobs, Evidence and Notes are all blank: a progress record needs at least one."]],
    ]);
  });

  it("stores a record dated before the commitment was signed, with the warning the validation panel gives", () => {
    const p = plan(EMPTY_PROGRESS, [["관리번호", "실적일", "실적구분", "일자리"], ["창원-2019-003", "2019-01-01", "고용창출", "12명"]]);
    expect(p.inserts).toHaveLength(1);
    expect(p.inserts[0].cells.jobs).toBe(12);
    expect(p.inserts[0].warnings.map((w) => w.code)).toEqual(["progressBeforeSigned"]);
  });

  it("updates by Progress ID, and a record edited in the sheet and changed at the source is a conflict the officer decides", () => {
    const current = [progressHeaderRow("ko"), progressRow({ progressId: "창원-2019-003-P01", commitmentId: "창원-2019-003", date: 43804, kind: "수출선적", amount: 50_000, currency: "USD" })];
    const source = [
      ["실적번호", "관리번호", "실적일", "실적구분", "금액", "통화"],
      ["창원-2019-003-P01", "창원-2019-003", "2019-12-05", "수출선적", 55_000, "USD"],
    ];
    let wb: InMemoryWorkbook = { table: current, state: EMPTY_SYNC_STATE };
    const first = plan(wb.table, source, wb.state);
    expect(first.updates.map((u) => u.diffs)).toEqual([[{ column: "amount", before: 50_000, after: 55_000 }]]);
    wb = apply(wb, first);
    // The officer corrects the amount in the sheet; the source then sends another figure.
    wb.table[1][pCol("amount")] = 52_000;
    const next = plan(wb.table, [source[0], ["창원-2019-003-P01", "창원-2019-003", "2019-12-05", "수출선적", 58_000, "USD"]], wb.state);
    expect(next.conflicts.map((c) => [c.id, c.kind, c.diffs])).toEqual([["창원-2019-003-P01", "edited", [{ column: "amount", before: 52_000, after: 58_000 }]]]);
    const kept = resolveConflicts(next, new Map([["창원-2019-003-P01", "keepSheet"]]));
    wb = apply(wb, kept);
    expect(wb.table[1][pCol("amount")]).toBe(52_000);
    expect(planIsEmpty(plan(wb.table, [source[0], ["창원-2019-003-P01", "창원-2019-003", "2019-12-05", "수출선적", 58_000, "USD"]], wb.state))).toBe(true);
  });

  it("names a repeated Progress ID in the ledger's words", () => {
    const source = [
      ["실적번호", "관리번호", "실적일", "실적구분", "금액"],
      ["창원-2019-003-P01", "창원-2019-003", "2019-12-05", "수출선적", "5만불"],
      ["창원-2019-003-P01", "창원-2019-003", "2019-12-06", "수출선적", "6만불"],
    ];
    const p = plan(EMPTY_PROGRESS, source);
    expect(p.rejected.map((r) => r.reasons.map((reason) => [reason.column, reason.message.ko]))).toEqual([
      [["progressId", '실적번호 "창원-2019-003-P01"가 가져올 자료의 2, 3행에 여러 번 나옵니다. 하나만 남기세요.']],
      [["progressId", '실적번호 "창원-2019-003-P01"가 가져올 자료의 2, 3행에 여러 번 나옵니다. 하나만 남기세요.']],
    ]);
  });

  it("refuses a Progress table without its key columns, naming them", () => {
    expect(() => plan([["실적번호", "금액"], ["", ""]], SHIPMENTS)).toThrow(/no Commitment ID, Date, Kind column/);
  });

  it("never auto-maps a source column to a Commitments-only column, and refuses such a mapping by name", () => {
    const source = [["관리번호", "실적일", "실적구분", "상대기관", "금액"], ["창원-2019-003", "2019-12-05", "수출선적", "Acme", "5만불"]];
    const p = plan(EMPTY_PROGRESS, source);
    expect(p.mapping.get("상대기관")).toBeNull();
    expect(() => planSync(EMPTY_PROGRESS, source, { table: TABLE, state: EMPTY_SYNC_STATE, sourceName: "x", mapping: new Map([...p.mapping, ["상대기관", "partner"]]) })).toThrow(
      /"상대기관" is mapped to "partner", which this table does not have/,
    );
  });
});
