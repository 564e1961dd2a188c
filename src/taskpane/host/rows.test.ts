import { ExcelSimulator, type FormulaEvaluator } from "../../simulator";
import { COLUMNS, headerRow, isoToSerial, timestampToSerialKst } from "../../schema";
import { amountKrwFormula } from "../../schema/formulas";
import { RowProblemsError, saveRow } from "./rows";
import { readSelectedRow } from "./selection";
import { setUpWorkbook } from "./setup";
import { jsonBytes } from "../../payload/jsonBytes";

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

type Expansion = "excel" | "never";

async function readyWorkbook(language: "ko" | "en" = "ko", tableAutoExpand: Expansion = "excel"): Promise<ExcelSimulator> {
  const sim = new ExcelSimulator({ tableAutoExpand });
  sim.setFormulaEvaluator(amountKrwLikeExcel({ USD: 1470 }));
  await setUpWorkbook(sim.run, language);
  return sim;
}

const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);

// Excel grows a table on its own only sometimes (office-js #2097, #3191) and never with the
// user's AutoCorrect "include new rows" off: every save must land in the table either way.
describe.each(["excel", "never"] as const)("saveRow (table auto-expansion %s)", (mode) => {
  it("fills the new table's blank row first, in at most 3 syncs, generating an ID", async () => {
    const sim = await readyWorkbook("ko", mode);
    sim.resetSyncCount();
    const saved = await saveRow(sim.run, { values: INPUT, target: null }, NOW);
    expect(sim.syncCount).toBeLessThanOrEqual(3);
    expect(saved).toMatchObject({ mode: "update", rowIndex: 0, sheetRow: 2, id: "창원-2019-001" });
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
    const sim = await readyWorkbook("ko", mode);
    await saveRow(sim.run, { values: INPUT, target: null }, NOW);
    sim.resetSyncCount();
    const second = await saveRow(sim.run, { values: { ...INPUT, amount: "1억 원" }, target: null }, NOW);
    expect(sim.syncCount).toBeLessThanOrEqual(3);
    expect(second).toMatchObject({ mode: "append", rowIndex: 1, sheetRow: 3, id: "창원-2019-002" });
    const values = sim.debug.tableValues("Commitments");
    expect(values).toHaveLength(3);
    expect(values[2][col("amountKrw")]).toBe(100_000_000);
    const letter = String.fromCharCode(65 + col("amountKrw"));
    expect(sim.debug.cellInfo("약정", `${letter}3`).formula).toBe(amountKrwFormula("ko"));
    expect(sim.debug.cellInfo("약정", "C3").numberFormat).toBe("yyyy-mm-dd");
  });

  it("updates a row in place, found by ID even after the table was sorted, in at most 3 syncs", async () => {
    const sim = await readyWorkbook("ko", mode);
    await saveRow(sim.run, { values: INPUT, target: null }, NOW);
    await saveRow(sim.run, { values: { ...INPUT, partner: "Beta" }, target: null }, NOW);
    // The target says row 0, but the row with that ID now sits in row 1 (as after a sort).
    sim.resetSyncCount();
    const saved = await saveRow(sim.run, { values: { ...INPUT, id: "창원-2019-002", partner: "Beta", status: "completed" }, target: { rowIndex: 0, id: "창원-2019-002", sheetRow: 2 } }, NOW);
    expect(sim.syncCount).toBeLessThanOrEqual(3);
    expect(saved).toMatchObject({ mode: "update", rowIndex: 1, sheetRow: 3, id: "창원-2019-002" });
    const values = sim.debug.tableValues("Commitments");
    expect(values).toHaveLength(3);
    expect(values[2][col("status")]).toBe("완료");
    expect(values[1][col("status")]).toBe("체결");
  });

  it("never writes the user's extra columns when updating", async () => {
    const sim = new ExcelSimulator({ tableAutoExpand: mode });
    const header = [...headerRow("en"), "My notes"];
    const row = header.map(() => "" as unknown);
    Object.assign(row, { [col("id")]: "X-1", [col("agency")]: "Busan", [col("instrument")]: "MOU", [col("category")]: "Export", [col("partner")]: "P", [col("country")]: "JP", [col("status")]: "Signed", [header.length - 1]: "=1+1" });
    sim.debug.addTable("Sheet1", "A1", [header, row], "Commitments");
    await saveRow(sim.run, { values: { id: "X-1", agency: "Busan", instrument: "MOU", category: "export", partner: "P2", country: "JP", status: "Lapsed" }, target: { rowIndex: 0, id: "X-1", sheetRow: 2 } }, NOW);
    const values = sim.debug.tableValues("Commitments");
    expect(values[1][col("partner")]).toBe("P2");
    expect(values[1][col("status")]).toBe("Lapsed");
    expect(sim.debug.cellInfo("Sheet1", `${String.fromCharCode(65 + header.length - 1)}2`).formula).toBe("=1+1");
  });

  it("refuses an ID another row uses, and bad fields, without writing", async () => {
    const sim = await readyWorkbook("ko", mode);
    await saveRow(sim.run, { values: INPUT, target: null }, NOW);
    const before = JSON.stringify(sim.snapshot());
    await expect(saveRow(sim.run, { values: { ...INPUT, id: "창원-2019-001" }, target: null }, NOW)).rejects.toThrow(/already used/);
    const bad = saveRow(sim.run, { values: { ...INPUT, country: "Atlantis" }, target: null }, NOW);
    await expect(bad).rejects.toBeInstanceOf(RowProblemsError);
    await expect(bad).rejects.toMatchObject({ problems: [expect.objectContaining({ column: "country", code: "badCountry" })] });
    expect(JSON.stringify(sim.snapshot())).toBe(before);
  });

  it("saves into a register over the 5 MB response cap, reading only the ID column", async () => {
    const sim = new ExcelSimulator({ tableAutoExpand: mode });
    const header = headerRow("ko");
    const note = "방문단 후속 협의 예정, 세부 일정은 담당 부서에서 확인 중. ".repeat(4);
    const body = Array.from({ length: 20_000 }, (_, i) =>
      COLUMNS.map((c) => ({ id: `부산-2020-${String(i + 1).padStart(5, "0")}`, agency: "부산시", instrument: "양해각서(MOU)", category: "수출", partner: `P${i}`, country: "JP", status: "체결", notes: `${note}${i}` })[c.key as string] ?? ""),
    );
    sim.debug.addTable("약정", "A1", [header, ...body], "Commitments");
    expect(jsonBytes(sim.debug.tableValues("Commitments"))).toBeGreaterThan(5 * 1024 * 1024);
    const saved = await saveRow(sim.run, { values: { ...INPUT, id: "부산-2020-00007", agency: "부산시" }, target: { rowIndex: 6, id: "부산-2020-00007", sheetRow: 8 } }, NOW);
    expect(saved).toMatchObject({ mode: "update", rowIndex: 6, sheetRow: 8 });
    const appended = await saveRow(sim.run, { values: { ...INPUT, agency: "부산시", signed: "2020-05-01" }, target: null }, NOW);
    expect(appended).toMatchObject({ mode: "append", rowIndex: 20_000, sheetRow: 20_002, id: "부산-2020-20001" });
    await expect(saveRow(sim.run, { values: { ...INPUT, id: "부산-2020-19999" }, target: null }, NOW)).rejects.toThrow(/already used/);
  });

  it("leaves columns the add-in does not own untouched (null, not \"\") when appending", async () => {
    const sim = new ExcelSimulator({ tableAutoExpand: mode });
    const header = ["연번", ...headerRow("ko")];
    const first = ["1", ...COLUMNS.map((c) => ({ id: "X-1", agency: "부산시", instrument: "양해각서(MOU)", category: "수출", partner: "P", country: "JP", status: "체결" })[c.key as string] ?? "")];
    sim.debug.addTable("약정", "A1", [header, first], "Commitments");
    const saved = await saveRow(sim.run, { values: INPUT, target: null }, NOW);
    expect(saved).toMatchObject({ mode: "append", rowIndex: 1, sheetRow: 3 });
    const values = sim.debug.tableValues("Commitments");
    expect(values).toHaveLength(3);
    expect(values[2][0]).toBe("");
    expect(values[2][1 + col("id")]).toBe("창원-2019-001");
  });

  it("explains a workbook without the table", async () => {
    const sim = new ExcelSimulator({ tableAutoExpand: mode });
    await expect(saveRow(sim.run, { values: INPUT, target: null }, NOW)).rejects.toMatchObject({
      localized: { ko: expect.stringContaining("설정"), en: expect.stringContaining("Setup tab") },
    });
  });
});

describe("readSelectedRow", () => {
  it("loads nothing, without an error, when Excel cannot give one selected range (multi-area, chart)", async () => {
    // Excel's getSelectedRange() fails at sync for a multi-area selection or a selected chart.
    const sim = await readyWorkbook();
    const failingSelection: typeof sim.run = (batch) =>
      sim.run((context) => {
        let selectionQueued = false;
        const workbook = new Proxy(context.workbook, {
          get(target, property) {
            if (property === "getSelectedRange") {
              selectionQueued = true;
              return () => target.getSelectedRange();
            }
            const value = Reflect.get(target, property);
            return typeof value === "function" ? value.bind(target) : value;
          },
        });
        const sync = async () => {
          if (selectionQueued) {
            selectionQueued = false;
            throw Object.assign(new Error("The current selection is invalid for this operation."), { code: "InvalidSelection" });
          }
          return context.sync();
        };
        return batch(new Proxy(context, { get: (target, property) => (property === "workbook" ? workbook : property === "sync" ? sync : Reflect.get(target, property)) }));
      });
    await expect(readSelectedRow(failingSelection)).resolves.toBeNull();
  });

  it("reads the row under the selection, and nothing outside the table", async () => {
    const sim = await readyWorkbook();
    await saveRow(sim.run, { values: INPUT, target: null }, NOW);
    await sim.userSelect("약정", "D2");
    const row = await readSelectedRow(sim.run);
    expect(row).toMatchObject({ rowIndex: 0, sheetRow: 2, id: "창원-2019-001", values: { amount: 700000, currency: "USD", partner: expect.any(String) } });
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
