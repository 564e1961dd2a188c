/**
 * Syncing a Progress source into the ledger, on the simulator with the demo's formula evaluator
 * (the Commitments table's Realized SUMIFS really moves): the same read, chunked writes, records,
 * log and undo as a Commitments sync, kept apart from them (issue 13 item 5).
 */
import { ExcelSimulator } from "../../simulator";
import { createDemoFormulaEvaluator } from "../../demo/formulaEvaluator";
import { COLUMNS, isoToSerial } from "../../schema";
import { amountKrwFormula, fxHeaderRow } from "../../schema/formulas";
import { planCounts, planIsEmpty, planSync } from "../../sync";
import { setUpWorkbook } from "./setup";
import { SCHEMA_VERSION_SETTING } from "./setupPlan";
import { applyPlan, listSources, planContext, readCurrent, readLastSync, undoLastSync } from "./sync";

const NOW = Date.UTC(2026, 10, 29, 3);
const V1_KEYS = COLUMNS.map((c) => c.key).filter((key) => key !== "jobsCreated");
const V1_HEADERS = V1_KEYS.map((key) => COLUMNS.find((c) => c.key === key)!.ko);
const row = (values: Partial<Record<(typeof V1_KEYS)[number], unknown>>) => V1_KEYS.map((key) => (key in values ? values[key as keyof typeof values] : ""));
const COMMITMENT = { agency: "창원시", signed: isoToSerial("2019-11-10"), instrument: "계약", category: "수출", country: "US", currency: "USD", amountKrw: amountKrwFormula("ko") };
const ROWS = [
  row({ ...COMMITMENT, id: "창원-2019-008", partner: "P8", amount: 350000, realizedKrw: "", status: "체결" }),
  row({ ...COMMITMENT, id: "창원-2019-009", partner: "P9", amount: 10000, realizedKrw: "", status: "취소" }),
];
const SHIPMENTS = [
  ["관리번호", "선적일", "구분", "금액", "수출신고번호"],
  ["창원-2019-008", "2019-12-05", "수출선적", "5만불", "EX-1"],
  ["창원-2019-008", "2020-02-10", "수출선적", "3만불", "EX-2"],
  ["창원-2019-009", "2020-02-10", "수출선적", "1만불", "EX-3"],
  ["창원-2019-777", "2020-02-10", "수출선적", "1만불", "EX-4"],
];

async function schema2Workbook(tableAutoExpand?: "never"): Promise<ExcelSimulator> {
  const sim = new ExcelSimulator(tableAutoExpand ? { tableAutoExpand } : undefined);
  sim.debug.addTable("약정", "A1", [V1_HEADERS, ...ROWS], "Commitments");
  sim.debug.addTable("환율", "A1", [fxHeaderRow("ko"), ["USD", 1200, 1, isoToSerial("2019-11-07")]], "FxRates");
  await sim.run(async (context) => {
    context.workbook.settings.add(SCHEMA_VERSION_SETTING, 1);
    await context.sync();
  });
  sim.setFormulaEvaluator(createDemoFormulaEvaluator(sim));
  await setUpWorkbook(sim.run, "ko");
  return sim;
}

async function plan(sim: ExcelSimulator, incoming: unknown[][], sourceName = "선적실적_2020-02.csv") {
  const snapshot = await readCurrent(sim.run, "progress");
  return { snapshot, plan: planSync(snapshot.values, incoming, { ...planContext(snapshot), sourceName }) };
}

const realizedOf = (sim: ExcelSimulator, id: string) => {
  const table = sim.debug.tableValues("Commitments");
  const row = table.find((cells) => cells[0] === id)!;
  return row[table[0].indexOf("집행액")];
};

describe.each([undefined, "never" as const])("syncing a Progress source (tableAutoExpand %s)", (mode) => {
  it("writes the live commitments' records with the ledger's own Amount (KRW) formula, moves Realized, and a resync plans nothing", async () => {
    const sim = await schema2Workbook(mode);
    const first = await plan(sim, SHIPMENTS);
    expect(planCounts(first.plan)).toMatchObject({ inserts: 2, rejected: 2 });
    expect(first.plan.rejected.map((r) => r.reasons[0].message.ko)).toEqual([
      '"창원-2019-009"은(는) 취소된 협약이라 실적을 기록할 수 없습니다.',
      '관리번호 "창원-2019-777"인 협약이 약정 표에 없습니다. 약정을 먼저 입력하거나 관리번호를 고치세요.',
    ]);
    sim.resetSyncCount();
    const result = await applyPlan(sim.run, first.snapshot, first.plan, { now: NOW });
    expect(result).toMatchObject({ outcome: "completed", inserted: 2 });
    // Read-and-check, then the one chunk with its records and log line.
    expect(sim.syncCount).toBeLessThanOrEqual(4);

    const ledger = sim.debug.tableValues("Progress");
    expect(ledger.slice(1).map((cells) => [cells[0], cells[1], cells[ledger[0].indexOf("증빙")]])).toEqual([
      ["창원-2019-008-P01", "창원-2019-008", "EX-1"],
      ["창원-2019-008-P02", "창원-2019-008", "EX-2"],
    ]);
    const formulas = await sim.run(async (context) => {
      const body = context.workbook.tables.getItem("Progress").getDataBodyRange().load("formulas");
      await context.sync();
      return body.formulas;
    });
    expect(formulas.map((cells) => String(cells[ledger[0].indexOf("원화환산액")]))).toEqual([expect.stringMatching(/^=/), expect.stringMatching(/^=/)]);
    expect(realizedOf(sim, "창원-2019-008")).toBe(80_000 * 1200);

    const again = await plan(sim, SHIPMENTS);
    expect(planIsEmpty(again.plan)).toBe(true);
    expect(again.plan.rejected).toHaveLength(2);
  });

  it("keeps Progress records and undo apart from the Commitments table's: undoing the Progress sync removes its rows and leaves the Commitments sync undoable", async () => {
    const sim = await schema2Workbook(mode);
    // A Commitments sync first: its undo must survive the Progress sync.
    const commitmentsSnapshot = await readCurrent(sim.run);
    const commitmentsPlan = planSync(
      commitmentsSnapshot.values,
      [
        ["ID", "Agency", "Signed", "Instrument", "Category", "Partner", "Country", "Amount", "Currency", "Status"],
        ["창원-2019-008", "창원시", "2019-11-10", "계약", "수출", "P8 Ltd", "US", "350000", "USD", "체결"],
      ],
      { ...planContext(commitmentsSnapshot), sourceName: "부서.csv" },
    );
    await applyPlan(sim.run, commitmentsSnapshot, commitmentsPlan, { now: NOW });
    const first = await plan(sim, SHIPMENTS);
    await applyPlan(sim.run, first.snapshot, first.plan, { now: NOW + 1000 });

    expect(await readLastSync(sim.run, "progress")).toMatchObject({ source: "선적실적_2020-02.csv", appended: 2 });
    expect(await readLastSync(sim.run, "commitments")).toMatchObject({ source: "부서.csv", updated: 1 });
    await undoLastSync(sim.run, { target: "progress", now: NOW + 2000 });
    expect(sim.debug.tableValues("Progress").slice(1).filter((cells) => cells[0] !== "")).toEqual([]);
    expect(realizedOf(sim, "창원-2019-008")).toBe(0);
    expect(await readLastSync(sim.run, "progress")).toBeNull();
    expect(await readLastSync(sim.run, "commitments")).toMatchObject({ source: "부서.csv" });
    const log = await sim.run(async (context) => {
      const used = context.workbook.worksheets.getItem("SyncLog").getUsedRange().load("values");
      await context.sync();
      return used.values.map((cells) => String(cells[1]));
    });
    expect(log.slice(1)).toEqual(["부서.csv", "선적실적_2020-02.csv → 이행실적", "선적실적_2020-02.csv → 이행실적"]);
  });
});

it("refuses to undo a Progress sync while the Progress table is filtered, naming that table, and changes nothing", async () => {
  const sim = await schema2Workbook();
  const first = await plan(sim, SHIPMENTS);
  await applyPlan(sim.run, first.snapshot, first.plan, { now: NOW });
  const ledger = sim.debug.tableValues("Progress");
  sim.debug.filterTable("Progress", "실적구분", ["수출선적"]);
  await expect(undoLastSync(sim.run, { target: "progress" })).rejects.toMatchObject({
    localized: { ko: expect.stringMatching(/^이행실적 표에 필터가 걸려 있어/), en: expect.stringMatching(/^The Progress table is filtered/) },
  });
  expect(sim.debug.tableValues("Progress")).toEqual(ledger);
  expect(await readLastSync(sim.run, "progress")).not.toBeNull();
});

it("offers neither the Commitments nor the Progress table, nor their sheets, as a source", async () => {
  const sim = await schema2Workbook();
  sim.debug.addTable("부서자료", "A1", [["관리번호", "금액"], ["x", 1]], "DeptList");
  const sources = await listSources(sim.run);
  expect(sources).toEqual(expect.arrayContaining([{ kind: "table", name: "DeptList" }, { kind: "sheet", name: "부서자료" }]));
  expect(sources.map((s) => s.name)).not.toEqual(expect.arrayContaining(["Commitments"]));
  expect(sources.map((s) => s.name).filter((name) => ["Commitments", "Progress", "약정", "이행실적", "환율"].includes(name))).toEqual(["환율"]);
});
