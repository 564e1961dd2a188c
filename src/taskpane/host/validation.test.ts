import { ExcelSimulator } from "../../simulator";
import { COLUMNS, headerRow, isoToSerial } from "../../schema";
import { fxHeaderRow } from "../../schema/formulas";
import { createRowSelectionFeed, selectCell } from "./selection";
import { validateWorkbook } from "./validation";
import { jsonBytes } from "../../payload/jsonBytes";

const EN = headerRow("en");
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);

function row(cells: Partial<Record<string, unknown>>): unknown[] {
  const out = EN.map(() => "" as unknown);
  for (const [key, value] of Object.entries(cells)) out[col(key)] = value;
  return out;
}

const GOOD = { id: "BS-2020-001", agency: "Busan", signed: isoToSerial("2020-03-01"), instrument: "MOU", category: "Export", partner: "P", country: "JP", amount: 100, currency: "USD", amountKrw: 147000, status: "Signed" };

function seeded(rows: unknown[][]): ExcelSimulator {
  const sim = new ExcelSimulator();
  sim.debug.addTable("Commitments", "A1", [EN, ...rows], "Commitments");
  sim.debug.addTable("FxRates", "A1", [fxHeaderRow("en"), ["USD", 1470, 1, isoToSerial("2019-01-02")], ["JPY", 935, 100, isoToSerial("2019-01-02")]], "FxRates");
  return sim;
}

describe("validateWorkbook", () => {
  it("lists the problems of a seeded bad table with row IDs and column labels", async () => {
    const sim = seeded([
      row(GOOD),
      row({ ...GOOD, id: "BS-2020-002", country: "Mordor", currency: "GBP", amountKrw: "#N/A" }),
      row({ ...GOOD, id: "BS-2020-001", status: "Completed", signed: "" }),
    ]);
    const report = await validateWorkbook(sim.run);
    expect(report.rowCount).toBe(3);
    expect(report.fxCurrencies).toEqual(["JPY", "USD"]);
    expect(report.problems.map((p) => [p.rowIndex, p.id, p.columnLabel, p.code])).toEqual([
      [0, "BS-2020-001", "ID", "duplicateId"],
      [1, "BS-2020-002", "Country", "badCountry"],
      [1, "BS-2020-002", "Currency", "noFxRate"],
      [2, "BS-2020-001", "ID", "duplicateId"],
      [2, "BS-2020-001", "Signed", "completedWithoutSigned"],
      // No Signed date: Amount (KRW) used the latest USD rate, and the panel says so.
      [2, "BS-2020-001", "Amount (KRW)", "rateFallback"],
    ]);
  });

  it("reads a 10,000-row table in at most 3 syncs", async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => row({ ...GOOD, id: `BS-2020-${String(i + 1).padStart(5, "0")}`, amount: i % 97 === 0 ? -1 : 100 }));
    const sim = seeded(rows);
    sim.resetSyncCount();
    const report = await validateWorkbook(sim.run);
    expect(sim.syncCount).toBeLessThanOrEqual(3);
    expect(report.rowCount).toBe(10_000);
    expect(report.problems.filter((p) => p.code === "negativeAmount")).toHaveLength(Math.ceil(10_000 / 97));
  });

  it("treats every foreign currency as rateless when FxRates is missing", async () => {
    const sim = new ExcelSimulator();
    sim.debug.addTable("Commitments", "A1", [EN, row(GOOD)], "Commitments");
    const report = await validateWorkbook(sim.run);
    expect(report.problems.map((p) => p.code)).toEqual(["noFxRate"]);
  });

  it("reads a register over Excel on the web's 5 MB response cap in blocks (about 20,000 rows)", async () => {
    const note = "방문단 후속 협의 예정, 세부 일정은 담당 부서에서 확인 중. ".repeat(4);
    const rows = Array.from({ length: 20_000 }, (_, i) => row({ ...GOOD, id: `BS-2020-${String(i + 1).padStart(5, "0")}`, notes: `${note}${i}` }));
    const sim = seeded(rows);
    const bodyBytes = jsonBytes(sim.debug.tableValues("Commitments"));
    expect(bodyBytes).toBeGreaterThan(5 * 1024 * 1024);
    sim.resetSyncCount();
    const report = await validateWorkbook(sim.run);
    expect(report.rowCount).toBe(20_000);
    expect(report.problems).toEqual([]);
    expect(sim.syncCount).toBeGreaterThan(2);
  });

  it("names rows by their sheet row, wherever the table starts, and flags Realized without an amount", async () => {
    const sim = new ExcelSimulator();
    sim.debug.addTable("Commitments", "B4", [EN, row(GOOD), row({ ...GOOD, id: "BS-2020-002", amount: "", currency: "", amountKrw: "", realizedKrw: 5_000_000 }), row(GOOD)], "Commitments");
    sim.debug.addTable("FxRates", "A1", [fxHeaderRow("en"), ["USD", 1470, 1, isoToSerial("2019-01-02")]], "FxRates");
    const report = await validateWorkbook(sim.run);
    expect(report.firstSheetRow).toBe(5);
    expect(report.problems.map((p) => [p.rowIndex, p.code])).toEqual([
      [0, "duplicateId"],
      [1, "realizedWithoutAmount"],
      [2, "duplicateId"],
    ]);
    expect(report.problems[0].message.ko).toContain("시트 7행");
    expect(report.problems[2].message.en).toContain("sheet row 5");
  });

  it("explains a missing table", async () => {
    await expect(validateWorkbook(new ExcelSimulator().run)).rejects.toThrow(/no Commitments table/);
  });
});

describe("selection adapter", () => {
  it("selects the offending cell (activating its sheet) in at most 2 syncs", async () => {
    const sim = seeded([row(GOOD), row({ ...GOOD, id: "BS-2020-002", country: "Mordor" })]);
    sim.debug.setValues("Other", "A1", [["x"]]);
    await sim.userSelect("Other", "A1");
    sim.resetSyncCount();
    await selectCell(sim.run, 1, "country");
    expect(sim.syncCount).toBeLessThanOrEqual(2);
    expect(sim.selection).toEqual({ sheet: "Commitments", address: `${String.fromCharCode(65 + col("country"))}3` });
    await expect(selectCell(sim.run, 5, "country")).rejects.toMatchObject({
      localized: { ko: "시트 7행은(는) 더 이상 약정 표 안에 없습니다. 검증을 다시 실행하세요.", en: "Sheet row 7 is no longer in the Commitments table. Run validation again." },
    });
  });

  it("feeds selected table rows to listeners until they unsubscribe", async () => {
    const sim = seeded([row(GOOD), row({ ...GOOD, id: "BS-2020-002" })]);
    const feed = createRowSelectionFeed(sim.run);
    const seen: (string | null)[] = [];
    const errors: unknown[] = [];
    const unsubscribe = feed.onRowSelected((r) => seen.push(r ? r.id : null), (e) => errors.push(e));
    // Registration happens in its own run; wait for it.
    await sim.run(async (context) => context.sync());
    await new Promise((resolve) => setTimeout(resolve, 0));
    await sim.userSelect("Commitments", "B3");
    await sim.userSelect("Commitments", "A10");
    unsubscribe();
    await sim.userSelect("Commitments", "B2");
    expect(seen).toEqual(["BS-2020-002", null]);
    expect(errors).toEqual([]);
  });
});
