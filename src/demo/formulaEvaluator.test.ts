import { SEED_COMMITMENTS, SEED_SHEETS, seedAmountKrw } from "./seedWorkbook";
import { writeSeedWorkbook } from "./writeSeedWorkbook";
import { createDemoFormulaEvaluator } from "./formulaEvaluator";
import { FormulaSyntaxError, functionNames, parseFormula } from "./formulas/parseFormula";
import { COLUMNS } from "../schema";
import { ExcelSimulator } from "../simulator";
import { COMMIT_FUNCTIONS, commitFunctions } from "./formulas/commitFunctions";
import { FormulaError } from "./formulas/values";

async function seededDemo(): Promise<ExcelSimulator> {
  const sim = new ExcelSimulator();
  sim.setFormulaEvaluator(createDemoFormulaEvaluator(sim));
  await writeSeedWorkbook(sim.run, "ko");
  return sim;
}

const KRW_COLUMN = String.fromCharCode(65 + COLUMNS.findIndex((c) => c.key === "amountKrw"));

describe("createDemoFormulaEvaluator", () => {
  it("computes the Amount (KRW) calculated column with the seed's rates", async () => {
    const sim = await seededDemo();
    const table = sim.debug.table(SEED_SHEETS.commitments.table);
    const values = sim.debug.tableValues(SEED_SHEETS.commitments.table);
    const krw = table.columns.indexOf("원화환산액");
    SEED_COMMITMENTS.forEach((row, i) => {
      const expected = seedAmountKrw(row);
      const actual = values[i + 1][krw];
      if (expected === null) expect([row.id, actual]).toEqual([row.id, ""]);
      else expect([row.id, Math.round(Number(actual))]).toEqual([row.id, Math.round(expected)]);
    });
    expect(sim.debug.cellInfo(table.sheet, "O2").formula).toMatch(/^=IFERROR\(IF\(OR/);
    expect(KRW_COLUMN).toBe("O");
  });

  it("evaluates COMMIT formulas with the function library, and names, cells and text around them", async () => {
    const sim = await seededDemo();
    const exports2019 = SEED_COMMITMENTS.filter((r) => r.category === "export" && r.status !== "cancelled" && r.signed?.startsWith("2019"))
      .reduce((sum, r) => sum + (seedAmountKrw(r) ?? 0), 0);
    sim.debug.setValues("계산", "A1", [
      ["2019", '=COMMIT.EXPORTVALUE(Commitments[#All],,,A1)', '="합계: "&TEXT(B1,"#,##0")', "=COMMIT.FORMATKRW(B1)"],
      ["=COMMIT.QUARTER(\"2019-11-18\")", "=COMMIT.PARSEAMOUNT(\"70만불\")", '=COMMIT.PARSECURRENCY("70만불")', "=COMMIT.EXPORTVALUE(Commitments[#All],,,\"2019-Q9\")"],
      ["=NOSUCH.FUNCTION(1)", "=UnknownName+1", "=1/0", "=SUM(B2,1)"],
    ]);
    expect(sim.debug.cell("계산", "B1")).toBeCloseTo(exports2019, 4);
    expect(sim.debug.cell("계산", "C1")).toBe(`합계: ${Math.round(exports2019).toLocaleString("en-US")}`);
    expect(sim.debug.cell("계산", "D1")).toMatch(/원$/);
    expect(sim.debug.cell("계산", "A2")).toBe("2019-Q4");
    expect(sim.debug.cell("계산", "B2")).toBe(700000);
    expect(sim.debug.cell("계산", "C2")).toBe("USD");
    // A malformed period fails loudly, never with a plausible number.
    expect(sim.debug.cell("계산", "D2")).toBe("#VALUE!");
    expect(sim.debug.cell("계산", "A3")).toBe("#NAME?");
    expect(sim.debug.cell("계산", "B3")).toBe("#NAME?");
    expect(sim.debug.cell("계산", "C3")).toBe("#DIV/0!");
    expect(sim.debug.cell("계산", "D3")).toBe(700001);
  });

  it("spills PIVOT results and sees edits to the table", async () => {
    const sim = await seededDemo();
    sim.debug.setValues("계산", "A1", [['=COMMIT.PIVOT(Commitments[#All],"Country",,,"2019-Q4","Category=Export")']]);
    const grid = sim.debug.sheetValues("계산");
    expect(grid[0][0]).toMatch(/국가/);
    expect(grid[grid.length - 1][0]).toBe("합계");
    const total = grid[grid.length - 1][1] as number;
    expect(total).toBeGreaterThan(0);
    // Edit an export row's Amount: Amount (KRW) is recomputed and the spilled total follows.
    const exportRow = SEED_COMMITMENTS.findIndex((r) => r.category === "export" && r.signed?.startsWith("2019-11") && r.amount !== null);
    expect(exportRow).toBeGreaterThanOrEqual(0);
    await sim.run(async (context) => {
      const body = context.workbook.tables.getItem("Commitments").getDataBodyRange();
      body.getCell(exportRow, COLUMNS.findIndex((c) => c.key === "amount")).values = [[(SEED_COMMITMENTS[exportRow].amount ?? 0) * 2]];
      await context.sync();
    });
    const after = sim.debug.sheetValues("계산");
    expect(after[after.length - 1][1]).toBeCloseTo(total + (seedAmountKrw(SEED_COMMITMENTS[exportRow]) ?? 0), 2);
  });
});

describe("parseFormula", () => {
  it("reads structured references, sheet-qualified ranges, array constants and omitted arguments", () => {
    const node = parseFormula(
      "=SORT(FILTER(CHOOSE({1,2},T[[Amount (KRW)]],T[[#All],[ID]]),('My ''Sheet'''!$A$1:B2>=1)*(x<>\"a\"\"b\")),2,-1)&COMMIT.COUNT(T[#All],,\"c\")",
    );
    expect(functionNames(node)).toEqual(["SORT", "FILTER", "CHOOSE", "COMMIT.COUNT"]);
    expect(JSON.stringify(node)).toContain('"table":"T","items":[],"columns":["Amount (KRW)"]');
    expect(JSON.stringify(node)).toContain('"items":["#ALL"],"columns":["ID"]');
    expect(JSON.stringify(node)).toContain('"sheet":"My \'Sheet\'","from":"A1","to":"B2"');
    expect(JSON.stringify(node)).toContain('"value":"a\\"b"');
  });

  it("names the position of a syntax error", () => {
    expect(() => parseFormula('=SUM(1,"a)')).toThrow(FormulaSyntaxError);
    expect(() => parseFormula("=SUM(1,2")).toThrow(/expected "\)"/);
    expect(() => parseFormula("=1+")).toThrow(/ends too early/);
    expect(() => parseFormula("1+1")).toThrow(/starts with "="/);
  });

  it("calls a COMMIT function on a range holding an error only because the metadata allows it (issue 10 item 1)", async () => {
    const sim = await seededDemo();
    // A currency missing from FxRates leaves Amount (KRW) blank, never #N/A …
    const body = sim.debug.tableValues(SEED_SHEETS.commitments.table);
    const currencyColumn = body[0].indexOf("통화");
    const row = body.findIndex((r, i) => i > 0 && r[currencyColumn] === "USD");
    await sim.run(async (context) => {
      const range = context.workbook.tables.getItem("Commitments").getDataBodyRange();
      range.getCell(row - 1, currencyColumn).values = [["IDR"]];
      await context.sync();
    });
    const krwColumn = body[0].indexOf("원화환산액");
    expect(sim.debug.tableValues(SEED_SHEETS.commitments.table)[row][krwColumn]).toBe("");
    // … and an error cell in the table reaches the functions (allowErrorForDataTypeAny), which
    // report it only for a row that counts.
    const table = [
      ["관리번호", "구분", "원화환산액", "상태"],
      ["A-1", "수출", 5, "체결"],
      ["A-2", "투자", new FormulaError("#N/A"), "체결"],
    ];
    const allowed = commitFunctions({ allowErrorForDataTypeAny: true }).get("COMMIT.EXPORTVALUE")!;
    expect(allowed([table])).toBe(5);
    const investment = commitFunctions({ allowErrorForDataTypeAny: true }).get("COMMIT.INVESTMENTVALUE")!([table]);
    expect(investment).toEqual(new FormulaError("#VALUE!", expect.stringContaining("Row A-2: 원화환산액 (Amount (KRW)) holds the error #N/A") as never));
    // Without the flag Excel never calls the function: the cell shows the error, with no message.
    const refused = commitFunctions({}).get("COMMIT.EXPORTVALUE")!([table]);
    expect(refused).toEqual(new FormulaError("#N/A"));
    // The demo runs under the flags the build ships.
    expect(COMMIT_FUNCTIONS.get("COMMIT.EXPORTVALUE")!([table])).toBe(5);
  });
});
