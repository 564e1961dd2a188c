import { ExcelSimulator } from "../../simulator";
import { COLUMNS, TABLE_NAME, headerRow } from "../../schema";
import { amountKrwFormula } from "../../schema/formulas";
import { buildWritePlan, jsonBytes, planSync, resolveConflicts, type ConflictChoice } from "../../sync";
import {
  applyPlan,
  EditedSinceSyncError,
  listSources,
  readCurrent,
  readSourceSheet,
  readSourceTable,
  undoLastSync,
  SYNC_LOG_SHEET,
  type ApplyOptions,
} from "./sync";
import { MODES, modeName, rowsBelowTable, seedRow, type Mode } from "../../../test/support/syncKit";

/** The mode the suites below run in (set per describe.each block). */
let currentMode: Mode = MODES[0];

const NOW = Date.UTC(2026, 10, 22, 1, 0, 0);
const INDEX = new Map(COLUMNS.map((c, i) => [c.key, i]));
const FIVE_MB = 5 * 1024 * 1024;

function seededSim(rows: unknown[][]): ExcelSimulator {
  const sim = new ExcelSimulator({ tableAutoExpand: currentMode.tableAutoExpand });
  sim.debug.addTable("약정", "A1", [headerRow("ko"), ...rows], TABLE_NAME);
  return sim;
}

const HEADER = ["ID", "Agency", "Signed", "Instrument", "Category", "Partner", "Country", "Amount", "Currency", "Status", "Notes"];

/** Preview + resolve + apply, as the panel does. */
async function syncOnce(sim: ExcelSimulator, incoming: unknown[][], choice: ConflictChoice = "takeIncoming", options: ApplyOptions = {}) {
  const snapshot = await readCurrent(sim.run);
  const plan = resolveConflicts(planSync(snapshot.values, incoming, { state: snapshot.merged.state, sourceName: "dept.csv" }), choice);
  const result = await applyPlan(sim.run, snapshot, plan, { now: NOW, growBy: currentMode.growBy, ...options });
  return { snapshot, plan, result };
}

describe.each(MODES.map((mode) => [modeName(mode), mode] as const))("sync adapter on the simulator (%s)", (_name, mode) => {
  beforeAll(() => {
    currentMode = mode;
  });

  it("updates in place, appends below the table, stores injections as text and logs the run", async () => {
    const sim = seededSim([seedRow(0), seedRow(1)]);
    const incoming = [
      HEADER,
      ["창원-2019-002", "창원시", "2019-11-18", "MOU", "투자", "Partner 1", "US", "1001", "USD", "완료", "checked"],
      ["", "창원시", "2019-12-01", "MOU", "수출", '=HYPERLINK("http://evil.example","click")', "JP", "70만불", "", "체결", "@SUM(1)"],
    ];
    const { result } = await syncOnce(sim, incoming);
    expect(result).toMatchObject({ outcome: "completed", inserted: 1, updated: 1, logged: true });

    const table = sim.debug.tableValues(TABLE_NAME);
    expect(table).toHaveLength(4);
    expect(table[2][INDEX.get("status")!]).toBe("완료");
    expect(table[2][INDEX.get("notes")!]).toBe("checked");
    expect(table[3][INDEX.get("id")!]).toBe("창원-2019-003");
    const partnerCell = sim.debug.cellInfo("약정", `F4`);
    expect(partnerCell.value).toBe('=HYPERLINK("http://evil.example","click")');
    expect(partnerCell.formula).toBeUndefined();
    expect(sim.debug.cellInfo("약정", "V4").formula).toBeUndefined();
    // New rows get the table's Amount (KRW) formula, the one formula sync ever writes.
    expect(sim.debug.cellInfo("약정", "O4").formula).toBe(amountKrwFormula("ko"));

    const log = sim.debug.sheetValues(SYNC_LOG_SHEET);
    expect(log[0][0]).toBe("시각");
    expect(log[1].slice(1, 8)).toEqual(["dept.csv", 1, 1, 0, 0, 0, "완료"]);

    // Same batch again: nothing to do, and the log says so.
    const again = await syncOnce(sim, incoming);
    expect(again.result.outcome).toBe("nothingToDo");
    expect(sim.debug.sheetValues(SYNC_LOG_SHEET)[2][7]).toBe("바꿀 것 없음");
  });

  it("reads a table larger than one response in blocks, shrinking a block when later rows are longer", async () => {
    const limit = 120_000;
    const sim = new ExcelSimulator({ payloadLimitBytes: limit, tableAutoExpand: currentMode.tableAutoExpand });
    const rows = Array.from({ length: 3000 }, (_, i) => seedRow(i, { notes: i < 500 ? "" : "긴 메모 ".repeat(8) }));
    sim.debug.addTable("약정", "A1", [headerRow("ko"), ...rows], TABLE_NAME);
    const snapshot = await readCurrent(sim.run);
    expect(snapshot.values).toHaveLength(3001);
    expect(snapshot.values[3000][INDEX.get("notes")!]).toBe("긴 메모 ".repeat(8));
    expect(sim.syncLog.some((s) => s.error !== undefined)).toBe(true);
    for (const record of sim.syncLog.filter((s) => s.error === undefined)) expect(record.responseBytes).toBeLessThanOrEqual(limit);
  });

  it("fills a new table's one blank row first, in an English table, and undo leaves it blank again", async () => {
    const sim = new ExcelSimulator({ tableAutoExpand: currentMode.tableAutoExpand });
    sim.debug.addTable("Commitments", "A1", [headerRow("en"), COLUMNS.map(() => "")], TABLE_NAME);
    const before = sim.debug.tableValues(TABLE_NAME);
    const incoming = [
      ["관리번호", "추진기관", "협약형태", "구분", "상대기관", "국가", "상태"],
      ["E-1", "창원시", "양해각서", "수출", "Acme", "미국", "체결"],
      ["E-2", "창원시", "LOI", "투자", "Busan", "일본", "추진중"],
    ];
    const { result } = await syncOnce(sim, incoming);
    expect(result).toMatchObject({ outcome: "completed", inserted: 2 });
    const table = sim.debug.tableValues(TABLE_NAME);
    expect(table.map((r) => r[0])).toEqual(["ID", "E-1", "E-2"]);
    // Enum labels and countries are written in the table's language and form.
    expect(table[1].slice(3, 8)).toEqual(["MOU", "Export", "Acme", "", "US"]);
    expect(sim.debug.sheetValues(SYNC_LOG_SHEET)[0][0]).toBe("Time");
    await undoLastSync(sim.run, { now: NOW });
    // The table is back to one blank row. Its Amount (KRW) cell now holds the calculated column's
    // formula, as Excel refills a table's last row (unevaluated here: no formula engine in this test).
    const withoutAmountKrw = (rows: unknown[][]) => rows.map((r) => r.filter((_, i) => i !== INDEX.get("amountKrw")));
    expect(withoutAmountKrw(sim.debug.tableValues(TABLE_NAME))).toEqual(withoutAmountKrw(before));
    expect(sim.debug.cellInfo("Commitments", "O2").formula).toBe(amountKrwFormula("en"));
  });

  it("syncs from another table or sheet of the workbook, never offering the Commitments table itself", async () => {
    const sim = seededSim([seedRow(0)]);
    sim.debug.addTable("부서목록", "B3", [["관리번호", "비고"], ["창원-2019-001", "부서 메모"]], "DeptList");
    sim.debug.setValues("메모", "A1", [["관리번호", "담당자"], ["창원-2019-001", "김주무관"]]);
    await syncOnce(sim, [HEADER, ["창원-2019-001", "", "", "", "", "", "", "", "", "", "first"]]);
    expect(await listSources(sim.run)).toEqual([
      { kind: "table", name: "DeptList" },
      { kind: "sheet", name: "Sheet1" },
      { kind: "sheet", name: "부서목록" },
      { kind: "sheet", name: "메모" },
    ]);
    const fromTable = await readSourceTable(sim.run, "DeptList");
    expect(fromTable).toEqual([["관리번호", "비고"], ["창원-2019-001", "부서 메모"]]);
    const fromSheet = await readSourceSheet(sim.run, "메모");
    const snapshot = await readCurrent(sim.run);
    // The row was last written from dept.csv: planning this sheet under the same source name keeps the
    // check on what was read (another source name would make the change a conflict, issue 9 item 7).
    const plan = planSync(snapshot.values, fromSheet, { state: snapshot.merged.state, sourceName: "dept.csv" });
    expect(plan.updates[0].diffs).toEqual([{ column: "owner", before: "", after: "김주무관" }]);
    await expect(readSourceSheet(sim.run, "Sheet1")).rejects.toThrow(/empty/);
  });

  it("keeps conflict detection across save and reopen (records live in custom XML parts)", async () => {
    const sim = seededSim([seedRow(0)]);
    await syncOnce(sim, [HEADER, ["창원-2019-001", "창원시", "2019-11-18", "MOU", "투자", "Partner 0", "US", "1000", "USD", "체결", "v1"]]);
    const reopened = ExcelSimulator.fromSnapshot(JSON.parse(JSON.stringify(sim.snapshot())));
    reopened.debug.setValues("약정", "V2", [["edited in the sheet"]]);
    const snapshot = await readCurrent(reopened.run);
    const plan = planSync(snapshot.values, [HEADER, ["창원-2019-001", "창원시", "2019-11-18", "MOU", "투자", "Partner 0", "US", "1000", "USD", "체결", "v2"]], {
      state: snapshot.merged.state,
      sourceName: "dept.csv",
    });
    expect(plan.conflicts.map((c) => c.id)).toEqual(["창원-2019-001"]);
  });

  it("never takes data below the table into it, and stops when the sheet changed since the preview", async () => {
    const sim = seededSim([seedRow(0)]);
    sim.debug.setValues("약정", "A4", [["someone's total"]]);
    const { result } = await syncOnce(sim, [HEADER, ["N-1", "창원시", "", "MOU", "투자", "P", "US", "", "", "체결", ""], ["N-2", "창원시", "", "MOU", "투자", "Q", "US", "", "", "체결", ""]]);
    if (currentMode.growBy === "resize") {
      // table.resize would take the cell into the table: refused, nothing written.
      expect(result.outcome).toBe("failed");
      expect(result.message?.en).toContain("below the table");
      expect(sim.debug.tableValues(TABLE_NAME)).toHaveLength(2);
    } else {
      // rows.add inserts: the cell moves down, below the grown table, untouched.
      expect(result.outcome).toBe("completed");
      expect(sim.debug.tableValues(TABLE_NAME).map((r) => r[0])).toEqual(["관리번호", "창원-2019-001", "N-1", "N-2"]);
      expect(rowsBelowTable(sim).map((r) => r.filter((c) => c !== ""))).toEqual([["someone's total"]]);
    }

    const other = seededSim([seedRow(0), seedRow(1)]);
    const snapshot = await readCurrent(other.run);
    const plan = planSync(snapshot.values, [HEADER, ["창원-2019-002", "창원시", "2019-11-18", "MOU", "투자", "Partner 1", "US", "1001", "USD", "완료", ""]], {
      state: snapshot.merged.state,
      sourceName: "dept.csv",
    });
    other.debug.setValues("약정", "V3", [["typed after the preview"]]);
    const stale = await applyPlan(other.run, snapshot, plan, { now: NOW });
    expect(stale.outcome).toBe("stale");
    expect(other.debug.cell("약정", "V3")).toBe("typed after the preview");
    expect(other.debug.cell("약정", "R3")).toBe("체결");
  });

describe("bulk and failure behaviour", () => {
  /** A table with updates, inserts and ID-less rows whose sync takes several chunks and a prior sync (so records get folded). */
  function faultFixture() {
    const sim = seededSim(Array.from({ length: 30 }, (_, i) => seedRow(i)));
    const first = [HEADER, ...Array.from({ length: 10 }, (_, i) => [`창원-2019-${String(i + 1).padStart(3, "0")}`, "창원시", "2019-11-18", "MOU", "투자", `Partner ${i}`, "US", String(1000 + i), "USD", "체결", "first"])];
    const second = [
      HEADER,
      ...Array.from({ length: 20 }, (_, i) => [`창원-2019-${String(i + 1).padStart(3, "0")}`, "창원시", "2019-11-18", "MOU", "투자", `Partner ${i}`, "US", String(1000 + i), "USD", "이행중", `second ${i}`]),
      ...Array.from({ length: 15 }, (_, i) => ["", "창원시", "2021-04-0" + ((i % 9) + 1), "LOI", "수출", `Buyer ${i}`, "JP", "70만불", "", "추진중", "=1+1"]),
    ];
    return { sim, first, second };
  }

  it("a fault at the k-th sync, for every k, then a re-run, gives the same table as an uninterrupted run", async () => {
    const options = { maxChunkBytes: 3000 };
    const reference = faultFixture();
    await syncOnce(reference.sim, reference.first, "takeIncoming", options);
    const start = reference.sim.snapshot();
    reference.sim.resetSyncCount();
    const clean = await syncOnce(reference.sim, reference.second, "takeIncoming", options);
    expect(clean.result.chunksTotal).toBeGreaterThan(3);
    const syncsInCleanRun = reference.sim.syncCount;
    const expected = reference.sim.debug.tableValues(TABLE_NAME);

    for (let k = 1; k <= syncsInCleanRun; k++) {
      const sim = ExcelSimulator.fromSnapshot(start);
      sim.failAtSync(k);
      const interrupted = await syncOnce(sim, reference.second, "takeIncoming", options).catch((error: unknown) => ({ error }));
      // The fault really hit this run: either a read failed (thrown) or the apply reports the failure.
      if ("result" in interrupted) expect({ k, outcome: interrupted.result.outcome }).toEqual({ k, outcome: "failed" });
      else expect(String(interrupted.error)).toMatch(/GeneralException|fail/i);
      await syncOnce(sim, reference.second, "takeIncoming", options);
      expect({ k, table: sim.debug.tableValues(TABLE_NAME) }).toEqual({ k, table: expected });
      // And it has converged: the same batch once more changes nothing.
      const after = await syncOnce(sim, reference.second, "takeIncoming", options);
      expect({ k, outcome: after.result.outcome }).toEqual({ k, outcome: "nothingToDo" });
    }
  }, 60_000);

  it("cancel stops between chunks; the log says what was applied; syncing again completes", async () => {
    const { sim, second } = faultFixture();
    const controller = new AbortController();
    const { result } = await syncOnce(sim, second, "takeIncoming", { maxChunkBytes: 3000, signal: controller.signal, onProgress: (p) => p.chunksDone === 2 && controller.abort() });
    expect(result.outcome).toBe("cancelled");
    expect(result.chunksDone).toBe(2);
    const log = sim.debug.sheetValues(SYNC_LOG_SHEET);
    expect(String(log[1][8])).toContain(`2/${result.chunksTotal}`);
    const rerun = await syncOnce(sim, second, "takeIncoming", { maxChunkBytes: 3000 });
    expect(rerun.result.outcome).toBe("completed");
    const ids = sim.debug.tableValues(TABLE_NAME).slice(1).map((r) => r[0]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(45);
  });

  it("undo restores the previous table exactly, including after a partial run", async () => {
    for (const cancelAfter of [null, 1]) {
      const { sim, first, second } = faultFixture();
      await syncOnce(sim, first);
      const before = sim.debug.tableValues(TABLE_NAME);
      const controller = new AbortController();
      await syncOnce(sim, second, "takeIncoming", {
        maxChunkBytes: 3000,
        signal: controller.signal,
        onProgress: (p) => p.chunksDone === cancelAfter && controller.abort(),
      });
      expect(sim.debug.tableValues(TABLE_NAME)).not.toEqual(before);
      const summary = await undoLastSync(sim.run, { now: NOW, maxChunkBytes: 3000 });
      expect(summary?.source).toBe("dept.csv");
      expect(sim.debug.tableValues(TABLE_NAME)).toEqual(before);
      // The records are back to the first sync's: syncing the second batch again plans the same work.
      const replay = await syncOnce(sim, second);
      expect(replay.result).toMatchObject({ outcome: "completed", inserted: 15, updated: 20 });
    }
  });

  it("undo refuses rows edited after the sync unless forced", async () => {
    const { sim, first } = faultFixture();
    const before = sim.debug.tableValues(TABLE_NAME);
    await syncOnce(sim, first);
    sim.debug.setValues("약정", "V2", [["edited after the sync"]]);
    await expect(undoLastSync(sim.run, { now: NOW })).rejects.toBeInstanceOf(EditedSinceSyncError);
    await undoLastSync(sim.run, { now: NOW, force: true });
    expect(sim.debug.tableValues(TABLE_NAME)).toEqual(before);
    expect(await undoLastSync(sim.run, { now: NOW })).toBeNull();
  });
});
});

describe("bulk (default mode)", () => {
  beforeAll(() => {
    currentMode = MODES[0];
  });

  it("inserts 10,000 rows into a 100,000-row table within ceil(payload / 4 MB) + 3 syncs, none over 5 MB", async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => seedRow(i));
    const sim = seededSim(rows);
    const note = "해외 출장 중 체결한 양해각서의 후속 조치 메모입니다. ".repeat(6);
    const incoming = [HEADER, ...Array.from({ length: 10_000 }, (_, i) => [`N-${i}`, "창원시", "2020-01-02", "LOI", "수출", `New ${i}`, "VN", "5000", "USD", "추진중", note])];
    const snapshot = await readCurrent(sim.run);
    expect(sim.syncLog.every((s) => s.requestBytes <= FIVE_MB && s.responseBytes <= FIVE_MB)).toBe(true);
    const plan = planSync(snapshot.values, incoming, { state: snapshot.merged.state, sourceName: "big.csv" });
    const payload = buildWritePlan(plan, { now: NOW, amountKrwFormula: snapshot.amountKrwFormula }).chunks.reduce((n, c) => n + jsonBytes(c.append), 0);
    expect(payload).toBeGreaterThan(4 * 1024 * 1024);

    sim.resetSyncCount();
    const result = await applyPlan(sim.run, snapshot, plan, { now: NOW });
    expect(result.outcome).toBe("completed");
    expect(sim.syncCount).toBeLessThanOrEqual(Math.ceil(payload / (4 * 1024 * 1024)) + 3);
    for (const record of sim.syncLog) {
      expect(record.requestBytes).toBeLessThanOrEqual(FIVE_MB);
      expect(record.responseBytes).toBeLessThanOrEqual(FIVE_MB);
    }
    expect(sim.syncLog.filter((s) => s.operations > 0).some((s) => s.apiCalculationSuspended)).toBe(true);
    const table = sim.debug.tableValues(TABLE_NAME);
    expect(table).toHaveLength(110_001);
    expect(table[110_000][0]).toBe("N-9999");
  }, 120_000);
});
