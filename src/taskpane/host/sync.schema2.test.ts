/**
 * Sync across the schema-2 upgrade, on the simulator with the demo's formula evaluator (the
 * SUMIFS really moves): a file synced before the upgrade, the upgrade, a progress record, then
 * the same file and a changed file. No conflict, nothing written twice, Realized stays the formula.
 */
import { ExcelSimulator } from "../../simulator";
import { createDemoFormulaEvaluator } from "../../demo/formulaEvaluator";
import { COLUMNS, isoToSerial } from "../../schema";
import { amountKrwFormula, fxHeaderRow } from "../../schema/formulas";
import { planCounts, planIsEmpty, planSync } from "../../sync";
import { addProgress } from "./progress";
import { setUpWorkbook } from "./setup";
import { SCHEMA_VERSION_SETTING } from "./setupPlan";
import { applyPlan, readCurrent, undoLastSync } from "./sync";

const NOW = Date.UTC(2026, 10, 29, 3);
const V1_KEYS = COLUMNS.map((c) => c.key).filter((key) => key !== "jobsCreated");
const V1_HEADERS = V1_KEYS.map((key) => COLUMNS.find((c) => c.key === key)!.ko);
const row = (values: Partial<Record<(typeof V1_KEYS)[number], unknown>>) => V1_KEYS.map((key) => (key in values ? values[key as keyof typeof values] : ""));
const ROWS = [
  row({ id: "창원-2019-008", agency: "창원시", signed: isoToSerial("2019-11-10"), instrument: "계약", category: "수출", partner: "P8", country: "US", amount: 350000, currency: "USD", amountKrw: amountKrwFormula("ko"), realizedKrw: "", status: "완료" }),
];
const HEADER = ["ID", "Agency", "Signed", "Instrument", "Category", "Partner", "Country", "Amount", "Currency", "Status", "Realized (KRW)"];
const file = (partner: string) => [HEADER, ["창원-2019-008", "창원시", "2019-11-10", "계약", "수출", partner, "US", "350000", "USD", "완료", "405615000"]];

async function legacyWorkbook(tableAutoExpand?: "never"): Promise<ExcelSimulator> {
  const sim = new ExcelSimulator(tableAutoExpand ? { tableAutoExpand } : undefined);
  sim.debug.addTable("약정", "A1", [V1_HEADERS, ...ROWS], "Commitments");
  sim.debug.addTable("환율", "A1", [fxHeaderRow("ko"), ["USD", 1158.9, 1, isoToSerial("2019-11-07")]], "FxRates");
  await sim.run(async (context) => {
    context.workbook.settings.add(SCHEMA_VERSION_SETTING, 1);
    await context.sync();
  });
  sim.setFormulaEvaluator(createDemoFormulaEvaluator(sim));
  return sim;
}

async function plan(sim: ExcelSimulator, incoming: unknown[][]) {
  const snapshot = await readCurrent(sim.run);
  const result = planSync(snapshot.values, incoming, {
    state: snapshot.merged.state,
    sourceName: "부서.csv",
    progressComputed: snapshot.progressFormulas ? [...snapshot.progressFormulas.keys()] : undefined,
    carriedOver: snapshot.carriedOver,
  });
  return { snapshot, plan: result };
}

describe.each([undefined, "never" as const])("sync across the schema-2 upgrade (tableAutoExpand %s)", (mode) => {
  it("a record from before the upgrade, then progress: the same file plans nothing, a changed file updates without a conflict", async () => {
    const sim = await legacyWorkbook(mode);
    const first = await plan(sim, file("P8"));
    expect(first.plan.updates[0].diffs.map((d) => d.column)).toEqual(["realizedKrw"]);
    await applyPlan(sim.run, first.snapshot, first.plan, { now: NOW });

    await setUpWorkbook(sim.run, "ko");
    await addProgress(sim.run, { commitmentId: "창원-2019-008", date: "2020-05-01", kind: "수출선적", amount: "5만불", currency: "", jobs: "", evidence: "EX-1", notes: "" }, NOW);
    const realizedIndex = sim.debug.tableValues("Commitments")[0].indexOf("집행액");
    const realized = sim.debug.tableValues("Commitments")[1][realizedIndex];
    expect(realized).toBeGreaterThan(405_615_000);

    const again = await plan(sim, file("P8"));
    expect(again.snapshot.carriedOver).toEqual(new Map([["창원-2019-008", 405_615_000]]));
    expect(planIsEmpty(again.plan)).toBe(true);
    expect(again.plan.ignoredColumns.map((c) => c.column)).toEqual(["realizedKrw"]);

    const changed = await plan(sim, file("P8 Ltd"));
    expect(planCounts(changed.plan)).toMatchObject({ updates: 1, conflicts: 0 });
    await applyPlan(sim.run, changed.snapshot, changed.plan, { now: NOW + 1000 });
    const after = sim.debug.tableValues("Commitments");
    expect(after[1][after[0].indexOf("상대기관")]).toBe("P8 Ltd");
    expect(after[1][realizedIndex]).toBe(realized);
    const formulas = await sim.run(async (context) => {
      const body = context.workbook.tables.getItem("Commitments").getDataBodyRange().load("formulas");
      await context.sync();
      return body.formulas;
    });
    expect(String(formulas[0][realizedIndex])).toMatch(/^=SUMIFS\(/);
  });

  it("undo of a sync that appended and updated rows on a schema-2 table does not take the computed Realized for an edit", async () => {
    // Found by the demo's e2e: the appended row's Realized is the SUMIFS (0), the record was made without it.
    const sim = await legacyWorkbook(mode);
    await setUpWorkbook(sim.run, "ko");
    const incoming = [HEADER, ["창원-2019-008", "창원시", "2019-11-10", "계약", "수출", "P8 Ltd", "US", "350000", "USD", "완료", ""], ["창원-2019-020", "창원시", "2019-11-12", "계약", "수출", "P20", "US", "1000", "USD", "체결", ""]];
    const first = await plan(sim, incoming);
    expect(planCounts(first.plan)).toMatchObject({ inserts: 1, updates: 1, conflicts: 0 });
    await applyPlan(sim.run, first.snapshot, first.plan, { now: NOW });
    expect(sim.debug.tableValues("Commitments")).toHaveLength(3);
    const undone = await undoLastSync(sim.run, { now: NOW + 1000 });
    expect(undone).not.toBeNull();
    const after = sim.debug.tableValues("Commitments");
    expect(after).toHaveLength(2);
    expect(after[1][after[0].indexOf("상대기관")]).toBe("P8");
  });
});
