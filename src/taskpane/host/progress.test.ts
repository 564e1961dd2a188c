import { ExcelSimulator } from "../../simulator";
import { createDemoFormulaEvaluator } from "../../demo/formulaEvaluator";
import { writeSeedWorkbook } from "../../demo/writeSeedWorkbook";
import { COLUMNS, PROGRESS_TABLE_NAME, TABLE_NAME, isoToSerial } from "../../schema";
import { progressAmountKrwFormula } from "../../schema/progressFormulas";
import { addProgress, readProgress, ProgressRejectedError, type ProgressDraft } from "./progress";
import { setUpWorkbook } from "./setup";

async function seeded(): Promise<ExcelSimulator> {
  const sim = new ExcelSimulator();
  sim.setFormulaEvaluator(createDemoFormulaEvaluator(sim));
  await writeSeedWorkbook(sim.run, "ko");
  return sim;
}

const draft = (overrides: Partial<ProgressDraft> = {}): ProgressDraft => ({
  commitmentId: "창원-2019-010",
  date: "2019-12-20",
  kind: "exportShipped",
  amount: "5만불",
  currency: "",
  jobs: "",
  evidence: "수출신고 41234-19-1220001X",
  notes: "",
  ...overrides,
});

function rowIndexOf(sim: ExcelSimulator, id: string): number {
  const idIndex = COLUMNS.findIndex((c) => c.key === "id");
  return sim.debug.tableValues(TABLE_NAME).findIndex((row) => row[idIndex] === id) - 1;
}

function realizedOf(sim: ExcelSimulator, id: string): unknown {
  const values = sim.debug.tableValues(TABLE_NAME);
  const idIndex = COLUMNS.findIndex((c) => c.key === "id");
  const realized = COLUMNS.findIndex((c) => c.key === "realizedKrw");
  return values.find((row) => row[idIndex] === id)![realized];
}

describe("progress adapter", () => {
  it("adds a record typed as 5만불 in 2 syncs, and the Realized formula picks it up", async () => {
    const sim = await seeded();
    expect(realizedOf(sim, "창원-2019-010")).toBe(0);
    sim.resetSyncCount();
    const added = await addProgress(sim.run, draft(), Date.UTC(2019, 11, 20, 3));
    expect(sim.syncCount).toBeLessThanOrEqual(2);
    expect(added).toEqual({ progressId: "창원-2019-010-P01", warnings: [] });
    const rows = sim.debug.tableValues(PROGRESS_TABLE_NAME);
    const last = rows[rows.length - 1];
    expect(last.slice(0, 6)).toEqual(["창원-2019-010-P01", "창원-2019-010", isoToSerial("2019-12-20"), "수출선적", 50000, "USD"]);
    expect(last[6]).toBeCloseTo(50000 * 1158.9, 6);
    expect(realizedOf(sim, "창원-2019-010")).toBeCloseTo(50000 * 1158.9, 6);

    // The pane's re-read after adding: the timeline and the row's Realized (KRW) (the SUMIFS) in 1 sync.
    sim.resetSyncCount();
    const { records, totals } = await readProgress(sim.run, "창원-2019-010", rowIndexOf(sim, "창원-2019-010"));
    expect(sim.syncCount).toBe(1);
    expect(totals?.realizedKrw).toBeCloseTo(50000 * 1158.9, 6);
    expect(records.map((r) => [r.progressId, r.kind, r.amount, r.currency, r.evidence])).toEqual([["창원-2019-010-P01", "exportShipped", 50000, "USD", "수출신고 41234-19-1220001X"]]);
    // The next record of the same commitment takes P02.
    expect((await addProgress(sim.run, draft({ amount: "1만 달러" }))).progressId).toBe("창원-2019-010-P02");
  });

  it("lists a commitment's records oldest first", async () => {
    const sim = await seeded();
    const { records } = await readProgress(sim.run, "창원-2019-008");
    expect(records.map((r) => r.progressId)).toEqual(["창원-2019-008-P01", "창원-2019-008-P02"]);
    expect(records[0].amountKrw).toBeCloseTo(200000 * 1158.9, 6);
  });

  it("finds the commitment's row by ID when the row the pane loaded holds another one now", async () => {
    const sim = await seeded();
    const rowIndex = rowIndexOf(sim, "창원-2019-008");
    const direct = await readProgress(sim.run, "창원-2019-008", rowIndex);
    expect(direct.totals?.realizedKrw).toBeCloseTo(realizedOf(sim, "창원-2019-008") as number, 6);
    expect(typeof direct.totals?.jobsCreated).toBe("number");
    // Rows sorted since the pane loaded: another row, or past the end of the table.
    for (const stale of [rowIndex + 1, 10_000, undefined]) {
      expect((await readProgress(sim.run, "창원-2019-008", stale)).totals).toEqual(direct.totals);
    }
    expect((await readProgress(sim.run, "창원-2099-001", 0)).totals).toBeNull();
  });

  it("refuses progress for an unknown or cancelled commitment, listing every problem, and writes nothing", async () => {
    const sim = await seeded();
    const before = JSON.stringify(sim.snapshot());
    const unknown = await addProgress(sim.run, draft({ commitmentId: "창원-2099-001", amount: "5만" })).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(ProgressRejectedError);
    expect((unknown as ProgressRejectedError).problems.map((p) => p.field).sort()).toEqual(["amount", "commitmentId"]);
    expect((unknown as ProgressRejectedError).localized.en).toContain('No commitment with ID "창원-2099-001" in the Commitments table');
    const values = sim.debug.tableValues(TABLE_NAME);
    const status = COLUMNS.findIndex((c) => c.key === "status");
    const cancelled = values.find((row) => row[status] === "취소");
    if (cancelled) {
      const failure = await addProgress(sim.run, draft({ commitmentId: String(cancelled[0]) })).catch((e: unknown) => e);
      expect((failure as ProgressRejectedError).localized.ko).toContain("취소된 협약");
    }
    expect(JSON.stringify(sim.snapshot())).toBe(before);
  });

  it("warns, and still saves, progress dated before Signed; never writes typed text as a formula", async () => {
    const sim = await seeded();
    const added = await addProgress(sim.run, draft({ date: "2019-01-02", evidence: "=HYPERLINK(\"http://x\")", notes: "+1" }));
    expect(added.warnings.map((w) => w.message.en)).toEqual(["The date 2019-01-02 is before the commitment was signed (2019-11-14)."]);
    const rows = sim.debug.tableValues(PROGRESS_TABLE_NAME);
    const last = rows[rows.length - 1];
    expect(last[8]).toBe('=HYPERLINK("http://x")');
    const sheet = sim.debug.table(PROGRESS_TABLE_NAME).sheet;
    const row = rows.length; // header is row 1
    expect(sim.debug.cellInfo(sheet, `I${row}`).formula).toBeUndefined();
    expect(sim.debug.cellInfo(sheet, `G${row}`).formula).toBe(progressAmountKrwFormula("ko"));
  });

  it("fills a new table's blank placeholder row instead of growing past it", async () => {
    const sim = new ExcelSimulator();
    await setUpWorkbook(sim.run, "ko");
    await sim.run(async (context) => {
      const table = context.workbook.tables.getItem(TABLE_NAME);
      const header = table.getHeaderRowRange().load("values");
      await context.sync();
      const typed = new Map([["관리번호", "부산-2024-001"], ["추진기관", "부산시"], ["협약형태", "MOU"], ["구분", "수출"], ["상대기관", "P"], ["국가", "US"], ["상태", "체결"]]);
      const cells = header.values[0].map((h) => typed.get(String(h)) ?? null);
      table.getDataBodyRange().getRow(0).values = [cells];
      await context.sync();
    });
    await addProgress(sim.run, draft({ commitmentId: "부산-2024-001", amount: "3억 원" }));
    const rows = sim.debug.tableValues(PROGRESS_TABLE_NAME);
    expect(rows).toHaveLength(2);
    expect(rows[1].slice(0, 2)).toEqual(["부산-2024-001-P01", "부산-2024-001"]);
  });
});
