/**
 * Setup's schema-2 upgrade against the simulator, with the demo's formula evaluator computing
 * the native columns, so "every total identical" is checked on the numbers Excel would show.
 */
import { ExcelSimulator } from "../../simulator";
import { createDemoFormulaEvaluator } from "../../demo/formulaEvaluator";
import { total } from "../../functions/functions";
import { CARRIED_OVER_NOTE, COLUMNS, PROGRESS_TABLE_NAME, SCHEMA_VERSION, isoToSerial, progressHeaderRow } from "../../schema";
import { commitmentProgressFormulas, progressAmountKrwFormula } from "../../schema/progressFormulas";
import { amountKrwFormula, fxHeaderRow } from "../../schema/formulas";
import { LocalizedError } from "./LocalizedError";
import { setUpWorkbook } from "./setup";
import { SCHEMA_VERSION_SETTING } from "./setupPlan";

const V1_KEYS = COLUMNS.map((c) => c.key).filter((key) => key !== "jobsCreated");
const V1_HEADERS = V1_KEYS.map((key) => COLUMNS.find((c) => c.key === key)!.ko);

function row(values: Partial<Record<(typeof V1_KEYS)[number], unknown>>): unknown[] {
  return V1_KEYS.map((key) => (key in values ? values[key as keyof typeof values] : ""));
}

const ROWS = [
  row({ id: "창원-2019-003", agency: "창원시", signed: isoToSerial("2019-11-09"), instrument: "협약", category: "협력", partner: "P3", country: "CA", amount: 300000, currency: "CAD", amountKrw: amountKrwFormula("ko"), realizedKrw: 95_000_000, status: "이행중", updated: isoToSerial("2020-06-30") + 0.25 }),
  row({ id: "창원-2019-008", agency: "창원시", signed: isoToSerial("2019-11-10"), instrument: "계약", category: "수출", partner: "P8", country: "US", amount: 350000, currency: "USD", amountKrw: amountKrwFormula("ko"), realizedKrw: 405_615_000, status: "완료", updated: isoToSerial("2020-03-31") }),
  row({ id: "창원-2019-010", agency: "창원시", signed: isoToSerial("2019-11-14"), instrument: "계약", category: "수출", partner: "P10", country: "US", amount: 200000, currency: "USD", amountKrw: amountKrwFormula("ko"), realizedKrw: "", status: "체결" }),
];

async function legacyWorkbook(rows: unknown[][] = ROWS): Promise<ExcelSimulator> {
  const sim = new ExcelSimulator();
  sim.debug.addTable("약정", "A1", [V1_HEADERS, ...rows], "Commitments");
  sim.debug.addTable("환율", "A1", [fxHeaderRow("ko"), ["USD", 1158.9, 1, isoToSerial("2019-11-07")], ["CAD", 879.8, 1, isoToSerial("2019-11-07")]], "FxRates");
  await sim.run(async (context) => {
    context.workbook.settings.add(SCHEMA_VERSION_SETTING, 1);
    await context.sync();
  });
  sim.setFormulaEvaluator(createDemoFormulaEvaluator(sim));
  return sim;
}

const column = (sim: ExcelSimulator, table: string, header: string) => {
  const values = sim.debug.tableValues(table);
  const index = values[0].indexOf(header);
  return values.slice(1).map((r) => r[index]);
};

describe("setup's schema-2 upgrade", () => {
  it("moves Realized values into opening Progress rows, then makes the column the SUMIFS: every total identical, in ≤ 4 syncs", async () => {
    const sim = await legacyWorkbook();
    const before = column(sim, "Commitments", "집행액");
    const totalBefore = total(sim.debug.tableValues("Commitments") as never, "집행액");
    sim.resetSyncCount();
    const result = await setUpWorkbook(sim.run, "ko");
    expect(sim.syncCount).toBeLessThanOrEqual(4);
    expect(result).toMatchObject({ kind: "upgrade", addedColumns: ["jobsCreated"], progressSheetName: "이행실적", carriedOver: 2 });

    const progress = sim.debug.tableValues(PROGRESS_TABLE_NAME);
    expect(progress[0]).toEqual(progressHeaderRow("ko"));
    expect(progress.slice(1).map((r) => [r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[9]])).toEqual([
      ["창원-2019-003-P01", "창원-2019-003", isoToSerial("2020-06-30"), "기타", 95_000_000, "KRW", 95_000_000, CARRIED_OVER_NOTE],
      ["창원-2019-008-P01", "창원-2019-008", isoToSerial("2020-03-31"), "기타", 405_615_000, "KRW", 405_615_000, CARRIED_OVER_NOTE],
    ]);
    expect(sim.debug.table(PROGRESS_TABLE_NAME).calculatedColumns[6]).toBe(progressAmountKrwFormula("ko"));

    // Every commitment's Realized is the number it was (blank reads 0 through the formula).
    expect(column(sim, "Commitments", "집행액")).toEqual(before.map((v) => (v === "" ? 0 : v)));
    expect(total(sim.debug.tableValues("Commitments") as never, "집행액")).toBe(totalBefore);
    expect(column(sim, "Commitments", "창출일자리")).toEqual([0, 0, 0]);
    const calculated = sim.debug.table("Commitments").calculatedColumns;
    expect(calculated[V1_HEADERS.indexOf("집행액")]).toBe(commitmentProgressFormulas("ko").realizedKrw);
    expect(calculated[V1_HEADERS.length]).toBe(commitmentProgressFormulas("ko").jobsCreated);
    const version = await sim.run(async (context) => {
      const setting = context.workbook.settings.getItem(SCHEMA_VERSION_SETTING).load("value");
      await context.sync();
      return setting.value;
    });
    expect(version).toBe(SCHEMA_VERSION);
  });

  it("changes nothing when run twice", async () => {
    const sim = await legacyWorkbook();
    await setUpWorkbook(sim.run, "ko");
    const before = JSON.stringify(sim.snapshot());
    expect((await setUpWorkbook(sim.run, "ko")).kind).toBe("unchanged");
    expect(JSON.stringify(sim.snapshot())).toBe(before);
  });

  it("completes on a rerun after a failure at any operation of the write, without carrying anything twice", async () => {
    let failedAt = 0;
    for (let operation = 1; operation < 500; operation++) {
      const sim = await legacyWorkbook();
      // Syncs 1–3 read; the 4th is the write. Excel keeps the operations before the failing one.
      sim.failAtOperation(4, operation);
      const first = await setUpWorkbook(sim.run, "ko").then(
        () => "done",
        () => "failed",
      );
      if (first === "done") break;
      failedAt = operation;
      await setUpWorkbook(sim.run, "ko");
      const progress = sim.debug.tableValues(PROGRESS_TABLE_NAME).slice(1);
      expect({ operation, rows: progress.map((r) => r[1]) }).toEqual({ operation, rows: ["창원-2019-003", "창원-2019-008"] });
      expect({ operation, realized: column(sim, "Commitments", "집행액") }).toEqual({ operation, realized: [95_000_000, 405_615_000, 0] });
      expect((await setUpWorkbook(sim.run, "ko")).kind).toBe("unchanged");
    }
    expect(failedAt).toBeGreaterThan(10);
  });

  it("refuses, writing nothing, when Realized holds formulas of the user's own", async () => {
    const rows = [ROWS[0], row({ ...Object.fromEntries(V1_KEYS.map((k, i) => [k, ROWS[1][i]])), realizedKrw: "=1+1" })];
    const sim = await legacyWorkbook(rows);
    const before = JSON.stringify(sim.snapshot());
    const failure = await setUpWorkbook(sim.run, "ko").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(LocalizedError);
    expect((failure as LocalizedError).localized.ko).toContain("직접 만든 수식");
    expect((failure as LocalizedError).localized.en).toContain("창원-2019-008: =1+1");
    expect(JSON.stringify(sim.snapshot())).toBe(before);
  });

  it("creates an empty Progress table before the formulas that refer to it on a new workbook", async () => {
    const sim = new ExcelSimulator();
    sim.resetSyncCount();
    await setUpWorkbook(sim.run, "en");
    expect(sim.syncCount).toBeLessThanOrEqual(3);
    expect(sim.debug.table(PROGRESS_TABLE_NAME)).toMatchObject({ sheet: "Progress", columns: progressHeaderRow("en") });
    const calculated = sim.debug.table("Commitments").calculatedColumns;
    expect(calculated[COLUMNS.findIndex((c) => c.key === "realizedKrw")]).toBe("=SUMIFS(Progress[Amount (KRW)],Progress[Commitment ID],[@ID])");
    expect(calculated[COLUMNS.findIndex((c) => c.key === "jobsCreated")]).toBe("=SUMIFS(Progress[Jobs],Progress[Commitment ID],[@ID])");
  });
});
