/**
 * The report's progress blocks through the adapter, the simulator and the demo's evaluator
 * (issue 13, item 6): realized in the quarter by category and by partner country, the
 * quarter's records, realization KPIs from dated progress, and a schema 1 workbook.
 */
import { createDemoFormulaEvaluator } from "../../demo/formulaEvaluator";
import { SEED_COMMITMENTS, SEED_PROGRESS, SEED_SHEETS, commitmentTableValues, fxTableValues, seedProgressKrw } from "../../demo/seedWorkbook";
import { writeSeedWorkbook } from "../../demo/writeSeedWorkbook";
import { REPORT_ROWS, REPORT_LABELS, SPILL_ROOM, cellAddress } from "../../report";
import { CATEGORIES, isoToSerial } from "../../schema";
import { ExcelSimulator } from "../../simulator";
import { addProgress, type ProgressDraft } from "./progress";
import { generateReport } from "./report";
import { checkBeforeReport } from "./reportCheck";

jest.setTimeout(120_000);

const NOW = new Date("2020-01-10T00:00:00Z");
const SHEET = "보고서 2019-4분기";
const R = REPORT_ROWS;

async function demo(): Promise<ExcelSimulator> {
  const sim = new ExcelSimulator();
  sim.setFormulaEvaluator(createDemoFormulaEvaluator(sim));
  await writeSeedWorkbook(sim.run, "ko");
  return sim;
}

const generate = (sim: ExcelSimulator, replaceExisting = false, language: "ko" | "en" = "ko") =>
  generateReport(sim.run, { quarter: "2019-Q4", language, replaceExisting, now: NOW });

/** The ledger's 2019-Q4, computed here from the seed data, not by any report function. */
function expectedQuarter() {
  const start = isoToSerial("2019-10-01");
  const end = isoToSerial("2019-12-31");
  const byId = new Map(SEED_COMMITMENTS.map((c) => [c.id, c]));
  const records = SEED_PROGRESS.filter((p) => isoToSerial(p.date) >= start && isoToSerial(p.date) <= end);
  const byCategory = new Map<string, number>();
  const byCountry = new Map<string, number>();
  for (const record of records) {
    const commitment = byId.get(record.commitmentId)!;
    if (commitment.status === "cancelled") continue;
    const krw = seedProgressKrw(record) ?? 0;
    byCategory.set(commitment.category, (byCategory.get(commitment.category) ?? 0) + krw);
    byCountry.set(commitment.country, (byCountry.get(commitment.country) ?? 0) + krw);
  }
  return { records, byCategory, byCountry };
}

function block(sim: ExcelSimulator, top: number, bottom: number, left = 1, right = 12): unknown[][] {
  return sim.debug.sheetValues(SHEET).slice(top - 1, bottom).map((row) => row.slice(left - 1, right));
}

const close = (actual: unknown, expected: number) => {
  expect(typeof actual).toBe("number");
  expect(actual as number).toBeCloseTo(expected, 4);
};

describe("the report's progress in the quarter (issue 13, item 6)", () => {
  it("shows 2019-Q4's progress by category and by partner country, and lists its records, as the ledger has them", async () => {
    const sim = await demo();
    await generate(sim);
    const { records, byCategory, byCountry } = expectedQuarter();
    expect(records.length).toBeGreaterThan(0);

    CATEGORIES.forEach((category, i) => {
      expect(sim.debug.cell(SHEET, cellAddress(R.progressFirstCategory + i, 1))).toBe(category.ko);
      close(sim.debug.cell(SHEET, cellAddress(R.progressFirstCategory + i, 2)), byCategory.get(category.value) ?? 0);
    });
    const total = [...byCategory.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(0);
    close(sim.debug.cell(SHEET, cellAddress(R.progressFirstCategory + CATEGORIES.length, 2)), total);

    // The country pivot: header, one row per country (largest first), the total row.
    const pivot = block(sim, R.progressHeader, R.progressListSection - 1, 4, 6).filter((row) => row[0] !== "");
    expect(pivot[0].slice(1)).toEqual(["2019-Q4", "합계"]);
    const countries = pivot.slice(1, -1);
    expect(new Map(countries.map((row) => [row[0], row[2]]))).toEqual(byCountry);
    countries.forEach((row) => expect(row[1]).toBe(row[2]));
    expect(pivot[pivot.length - 1][0]).toBe("합계");
    close(pivot[pivot.length - 1][2], total);

    // The records, by date, with the ledger's IDs, dates and won values.
    const listed = block(sim, R.progressList, R.progressList + SPILL_ROOM.progressListRows - 1, 1, 7).filter((row) => row[0] !== "");
    const expected = [...records].sort((a, b) => a.date.localeCompare(b.date));
    expect(listed.map((row) => [row[0], row[1], row[2]])).toEqual(expected.map((p) => [p.id, isoToSerial(p.date), p.commitmentId]));
    listed.forEach((row, i) => close(row[4], seedProgressKrw(expected[i]) ?? 0));
    expect(sim.debug.cellInfo(SHEET, cellAddress(R.progressList, 2)).numberFormat).toBe("yyyy-mm-dd");
    expect(sim.debug.cell(SHEET, "A7")).toBe("");
  });

  it("regenerating an old quarter after later progress reproduces it exactly; progress inside the quarter changes it", async () => {
    const sim = await demo();
    await generate(sim);
    const before = sim.debug.sheetValues(SHEET);
    const cumulative = before[R.kpiFirst + 6 - 1][8];
    expect(typeof cumulative).toBe("number");

    // Later progress of a commitment signed in the quarter: its Realized (SUMIFS) grows, 2019-Q4 must not.
    const draft = (date: string, amount: string): ProgressDraft => ({
      commitmentId: "창원-2019-010",
      date,
      kind: "exportShipped",
      amount,
      currency: "",
      jobs: "3",
      evidence: `수출신고 ${date}`,
      notes: "",
    });
    await addProgress(sim.run, draft("2020-02-03", "5만불"), Date.UTC(2020, 1, 3));
    await addProgress(sim.run, draft("2025-06-30", "3억 원"), Date.UTC(2025, 5, 30));
    await generate(sim, true);
    expect(sim.debug.sheetValues(SHEET)).toEqual(before);

    // The same figures move when the progress is dated inside the quarter (the test can fail).
    await addProgress(sim.run, draft("2019-12-30", "1억 원"), Date.UTC(2019, 11, 30));
    await generate(sim, true);
    const after = sim.debug.sheetValues(SHEET);
    const exportRow = R.progressFirstCategory + CATEGORIES.findIndex((c) => c.value === "export") - 1;
    expect((after[exportRow][1] as number) - (before[exportRow][1] as number)).toBeCloseTo(100_000_000, 4);
    expect(after[R.kpiFirst + 6 - 1][8]).toBeGreaterThan(cumulative as number);
    const listedIds = after.slice(R.progressList - 1, R.progressList + 10).map((row) => row[0]);
    expect(listedIds).toContain("창원-2019-010-P03");
  });

  it("retargeting the period cell re-targets the progress blocks (no date is formatted as text)", async () => {
    const sim = await demo();
    await generate(sim);
    sim.debug.setValues(SHEET, "B4", [["2020년 1분기"]]);
    const start = isoToSerial("2020-01-01");
    const end = isoToSerial("2020-03-31");
    const q1 = SEED_PROGRESS.filter((p) => isoToSerial(p.date) >= start && isoToSerial(p.date) <= end);
    const total = q1.reduce((sum, p) => sum + (seedProgressKrw(p) ?? 0), 0);
    close(sim.debug.cell(SHEET, cellAddress(R.progressFirstCategory + CATEGORIES.length, 2)), total);
    const listed = block(sim, R.progressList, R.progressList + 10, 1, 1).map((row) => row[0]).filter((id) => id !== "");
    expect(q1.length).toBeGreaterThan(0);
    expect(listed).toEqual([...q1].sort((a, b) => a.date.localeCompare(b.date)).map((p) => p.id));
  });

  it("says in words that a workbook without a Progress table (schema 1) has no progress, with no error anywhere", async () => {
    const sim = new ExcelSimulator();
    sim.debug.addTable(SEED_SHEETS.commitments.sheet, "A1", commitmentTableValues("ko") as never, SEED_SHEETS.commitments.table);
    sim.debug.addTable(SEED_SHEETS.fxRates.sheet, "A1", fxTableValues("ko"), SEED_SHEETS.fxRates.table);
    sim.setFormulaEvaluator(createDemoFormulaEvaluator(sim));
    await generate(sim);
    expect(sim.debug.cell(SHEET, cellAddress(R.progressHeader, 1))).toBe(REPORT_LABELS.noProgressTable.ko);
    expect(sim.debug.cell(SHEET, cellAddress(R.progressListHeader, 1))).toBe(REPORT_LABELS.noProgressTable.ko);
    const values = sim.debug.sheetValues(SHEET);
    const errors = values.flat().filter((v) => typeof v === "string" && /^#(REF|NAME|VALUE|N\/A|SPILL)/.test(v));
    expect(errors).toEqual([]);
    for (let row = R.progressSection; row < R.endNote; row++) {
      for (let column = 1; column <= 12; column++) {
        expect(sim.debug.cellInfo(SHEET, cellAddress(row, column)).formula).toBeUndefined();
      }
    }
    // The realization KPIs fall back to the cumulative column.
    expect(typeof values[R.kpiFirst + 6 - 1][8]).toBe("number");
    expect(sim.debug.cell(SHEET, "A7")).toBe("");
  });

  it("writes the English report with the same progress figures", async () => {
    const sim = await demo();
    await generate(sim);
    await generateReport(sim.run, { quarter: "2019-Q4", language: "en", replaceExisting: false, now: NOW });
    const ko = sim.debug.sheetValues(SHEET);
    const en = sim.debug.sheetValues("Report 2019-Q4");
    for (let row = R.progressFirstCategory; row <= R.progressFirstCategory + CATEGORIES.length; row++) expect(en[row - 1][1]).toBe(ko[row - 1][1]);
    expect(en.slice(R.progressList - 1, R.endNote - 1).map((r) => r[0])).toEqual(ko.slice(R.progressList - 1, R.endNote - 1).map((r) => r[0]));
  });

  it("lists progress of an unknown commitment before generating, and the status line names the progress block", async () => {
    const sim = await demo();
    // The first seed record now points at a commitment that is not in the register (the Commitment ID is column B).
    sim.debug.setValues(SEED_SHEETS.progress.sheet, "B2", [["창원-2099-001"]]);
    const check = await checkBeforeReport(sim.run);
    expect(check.progressOrphans!.map((o) => [o.progressId, o.commitmentId])).toEqual([[SEED_PROGRESS[0].id, "창원-2099-001"]]);
    await generate(sim);
    expect(String(sim.debug.cell(SHEET, "A7"))).toContain(REPORT_LABELS.statusProgress.ko.trim());
    expect(String(sim.debug.cell(SHEET, cellAddress(R.progressFirstCategory + CATEGORIES.length, 2)))).toBe("#VALUE!");
  });
});
