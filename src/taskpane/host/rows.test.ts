import { ExcelSimulator, type FormulaEvaluator } from "../../simulator";
import { COLUMNS, headerRow, isoToSerial, timestampToSerialKst } from "../../schema";
import { amountKrwFormula } from "../../schema/formulas";
import { RowProblemsError, saveRow } from "./rows";
import { readSelectedRow } from "./selection";
import { setUpWorkbook } from "./setup";

/** What Excel computes for the Amount (KRW) formula, with fixed rates (the demo has a real evaluator). */
function amountKrwLikeExcel(rates: Record<string, number>): FormulaEvaluator {
  return (formula, context) => {
    if (formula !== amountKrwFormula("ko") && formula !== amountKrwFormula("en")) return undefined;
    const row = context.tableRow()?.row;
    if (!row) return undefined;
    const amount = row["금액"] ?? row["Amount"];
    const currency = row["통화"] ?? row["Currency"];
    if (amount === "" || currency === "") return "";
    if (currency === "KRW") return amount;
    return rates[String(currency)] === undefined ? "#N/A" : Number(amount) * rates[String(currency)];
  };
}

const NOW = Date.UTC(2026, 10, 22, 1, 0, 0);
const INPUT = {
  agency: "창원시",
  signed: "2019-11-18",
  instrument: "mou",
  category: "investment",
  partner: "=HYPERLINK(\"http://evil\")",
  country: "미국",
  amount: "70만불",
  status: "signed",
};

async function readyWorkbook(language: "ko" | "en" = "ko"): Promise<ExcelSimulator> {
  const sim = new ExcelSimulator();
  sim.setFormulaEvaluator(amountKrwLikeExcel({ USD: 1470 }));
  await setUpWorkbook(sim.run, language);
  return sim;
}

const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);

describe("saveRow", () => {
  it("fills the new table's blank row first, in at most 2 syncs, generating an ID", async () => {
    const sim = await readyWorkbook();
    sim.resetSyncCount();
    const saved = await saveRow(sim.run, { values: INPUT, target: null }, NOW);
    expect(sim.syncCount).toBeLessThanOrEqual(2);
    expect(saved).toMatchObject({ mode: "update", rowIndex: 0, id: "창원-2019-001" });
    const values = sim.debug.tableValues("Commitments");
    expect(values).toHaveLength(2);
    const row = values[1];
    expect(row[col("id")]).toBe("창원-2019-001");
    expect(row[col("instrument")]).toBe("양해각서(MOU)");
    expect(row[col("country")]).toBe("US");
    expect(row[col("amount")]).toBe(700000);
    expect(row[col("currency")]).toBe("USD");
    expect(row[col("amountKrw")]).toBe(700000 * 1470);
    expect(row[col("signed")]).toBe(isoToSerial("2019-11-18"));
    expect(row[col("updated")]).toBeCloseTo(timestampToSerialKst(NOW), 6);
    // Text that looks like a formula stays text.
    expect(row[col("partner")]).toBe("=HYPERLINK(\"http://evil\")");
    expect(sim.debug.cellInfo("약정", "F2").formula).toBeUndefined();
  });

  it("appends further rows with unique IDs and keeps Amount (KRW) calculated", async () => {
    const sim = await readyWorkbook();
    await saveRow(sim.run, { values: INPUT, target: null }, NOW);
    sim.resetSyncCount();
    const second = await saveRow(sim.run, { values: { ...INPUT, amount: "1억 원" }, target: null }, NOW);
    expect(sim.syncCount).toBeLessThanOrEqual(2);
    expect(second).toMatchObject({ mode: "append", rowIndex: 1, id: "창원-2019-002" });
    const values = sim.debug.tableValues("Commitments");
    expect(values).toHaveLength(3);
    expect(values[2][col("amountKrw")]).toBe(100_000_000);
    const letter = String.fromCharCode(65 + col("amountKrw"));
    expect(sim.debug.cellInfo("약정", `${letter}3`).formula).toBe(amountKrwFormula("ko"));
    expect(sim.debug.cellInfo("약정", "C3").numberFormat).toBe("yyyy-mm-dd");
  });

  it("updates a row in place, found by ID even after the table was sorted, in at most 2 syncs", async () => {
    const sim = await readyWorkbook();
    await saveRow(sim.run, { values: INPUT, target: null }, NOW);
    await saveRow(sim.run, { values: { ...INPUT, partner: "Beta" }, target: null }, NOW);
    // The target says row 0, but the row with that ID now sits in row 1 (as after a sort).
    sim.resetSyncCount();
    const saved = await saveRow(sim.run, { values: { ...INPUT, id: "창원-2019-002", partner: "Beta", status: "completed" }, target: { rowIndex: 0, id: "창원-2019-002" } }, NOW);
    expect(sim.syncCount).toBeLessThanOrEqual(2);
    expect(saved).toMatchObject({ mode: "update", rowIndex: 1, id: "창원-2019-002" });
    const values = sim.debug.tableValues("Commitments");
    expect(values).toHaveLength(3);
    expect(values[2][col("status")]).toBe("완료");
    expect(values[1][col("status")]).toBe("체결");
  });

  it("never writes the user's extra columns when updating", async () => {
    const sim = new ExcelSimulator();
    const header = [...headerRow("en"), "My notes"];
    const row = header.map(() => "" as unknown);
    Object.assign(row, { [col("id")]: "X-1", [col("agency")]: "Busan", [col("instrument")]: "MOU", [col("category")]: "Export", [col("partner")]: "P", [col("country")]: "JP", [col("status")]: "Signed", [header.length - 1]: "=1+1" });
    sim.debug.addTable("Sheet1", "A1", [header, row], "Commitments");
    await saveRow(sim.run, { values: { id: "X-1", agency: "Busan", instrument: "MOU", category: "export", partner: "P2", country: "JP", status: "Lapsed" }, target: { rowIndex: 0, id: "X-1" } }, NOW);
    const values = sim.debug.tableValues("Commitments");
    expect(values[1][col("partner")]).toBe("P2");
    expect(values[1][col("status")]).toBe("Lapsed");
    expect(sim.debug.cellInfo("Sheet1", `${String.fromCharCode(65 + header.length - 1)}2`).formula).toBe("=1+1");
  });

  it("refuses an ID another row uses, and bad fields, without writing", async () => {
    const sim = await readyWorkbook();
    await saveRow(sim.run, { values: INPUT, target: null }, NOW);
    const before = JSON.stringify(sim.snapshot());
    await expect(saveRow(sim.run, { values: { ...INPUT, id: "창원-2019-001" }, target: null }, NOW)).rejects.toThrow(/already used/);
    const bad = saveRow(sim.run, { values: { ...INPUT, country: "Atlantis" }, target: null }, NOW);
    await expect(bad).rejects.toBeInstanceOf(RowProblemsError);
    await expect(bad).rejects.toMatchObject({ problems: [expect.objectContaining({ column: "country", code: "badCountry" })] });
    expect(JSON.stringify(sim.snapshot())).toBe(before);
  });

  it("explains a workbook without the table", async () => {
    const sim = new ExcelSimulator();
    await expect(saveRow(sim.run, { values: INPUT, target: null }, NOW)).rejects.toMatchObject({
      localized: { ko: expect.stringContaining("설정"), en: expect.stringContaining("Setup tab") },
    });
  });
});

describe("readSelectedRow", () => {
  it("reads the row under the selection, and nothing outside the table", async () => {
    const sim = await readyWorkbook();
    await saveRow(sim.run, { values: INPUT, target: null }, NOW);
    await sim.userSelect("약정", "D2");
    const row = await readSelectedRow(sim.run);
    expect(row).toMatchObject({ rowIndex: 0, id: "창원-2019-001", values: { amount: 700000, currency: "USD", partner: expect.any(String) } });
    await sim.userSelect("약정", "Z2");
    expect(await readSelectedRow(sim.run)).toBeNull();
    await sim.userSelect("약정", "D5");
    expect(await readSelectedRow(sim.run)).toBeNull();
    await sim.userSelect("환율", "A2");
    expect(await readSelectedRow(sim.run)).toBeNull();
  });

  it("reads nothing before setup", async () => {
    const sim = new ExcelSimulator();
    expect(await readSelectedRow(sim.run)).toBeNull();
  });
});
