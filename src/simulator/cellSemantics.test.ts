import { ExcelSimulator } from "./index";

async function writeAndRead(sim: ExcelSimulator, address: string, values: unknown[][]) {
  return sim.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange(address);
    range.values = values as Excel.Range["values"];
    const read = context.workbook.worksheets.getItem("Sheet1").getRange(address).load("values, formulas, valueTypes, numberFormat");
    await context.sync();
    return read;
  });
}

describe("cell semantics", () => {
  it('stores "=..." written to values as a formula, and "\'=..." as literal text', async () => {
    const sim = new ExcelSimulator();
    const read = await writeAndRead(sim, "A1:C1", [["=SUM(1,2)", "'=SUM(1,2)", "'0012"]]);
    expect(read.formulas).toEqual([["=SUM(1,2)", "=SUM(1,2)", "0012"]]);
    expect(read.values).toEqual([["#NAME?", "=SUM(1,2)", "0012"]]);
    expect(sim.debug.cellInfo("Sheet1", "A1").formula).toBe("=SUM(1,2)");
    expect(sim.debug.cellInfo("Sheet1", "B1").formula).toBeUndefined();
    expect(read.valueTypes).toEqual([["Error", "String", "String"]]);
  });

  it("converts numeric text to numbers unless the cell is formatted as text", async () => {
    const sim = new ExcelSimulator();
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B1:B3").numberFormat = [["@"], ["@"], ["@"]];
    });
    const read = await writeAndRead(sim, "A1:B3", [["1234", "1234"], ["-5", "-5"], ["1,234", "=1+1"]]);
    expect(read.values).toEqual([[1234, "1234"], [-5, "-5"], ["1,234", "=1+1"]]);
  });

  it("converts TRUE/FALSE and ISO dates like Excel, ignores nulls and clears on empty strings", async () => {
    const sim = new ExcelSimulator();
    await writeAndRead(sim, "A1:C1", [["keep", "x", "y"]]);
    const read = await writeAndRead(sim, "A1:C1", [[null, "TRUE", "2019-11-18"]]);
    expect(read.values).toEqual([["keep", true, 43787]]);
    expect(read.numberFormat[0][2]).toBe("yyyy-mm-dd");
    const cleared = await writeAndRead(sim, "A1", [[""]]);
    expect(cleared.values).toEqual([[""]]);
    expect(cleared.valueTypes).toEqual([["Empty"]]);
  });

  it("applies a scalar to every cell and rejects a mis-shaped array with InvalidArgument", async () => {
    const sim = new ExcelSimulator();
    const read = await writeAndRead(sim, "A1:B2", 7 as unknown as unknown[][]);
    expect(read.values).toEqual([[7, 7], [7, 7]]);
    await expect(writeAndRead(sim, "A1:B2", [[1, 2]])).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("formats text for common number formats", async () => {
    const sim = new ExcelSimulator();
    const text = await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:D1");
      range.values = [[1234567, 0.25, 43787, 3.5]];
      range.numberFormat = [["#,##0", "0%", "yyyy-mm-dd", "0.00"]];
      range.load("text");
      await context.sync();
      return range.text;
    });
    expect(text).toEqual([["1,234,567", "25%", "2019-11-18", "3.50"]]);
  });

  it("formats Korean date and won patterns", async () => {
    const sim = new ExcelSimulator();
    const text = await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      range.values = [[43787, 1500000, 43787]];
      range.numberFormat = [['yyyy"년" m"월" d"일"', '#,##0"원"', "yyyy.mm.dd"]];
      range.load("text");
      await context.sync();
      return range.text;
    });
    expect(text).toEqual([["2019년 11월 18일", "1,500,000원", "2019.11.18"]]);
  });

  it("reads mm after hours as minutes, not months", async () => {
    const sim = new ExcelSimulator();
    const text = await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [[43787.5625, 43787.5625]];
      range.numberFormat = [["yyyy-mm-dd hh:mm", "hh:mm:ss"]];
      range.load("text");
      await context.sync();
      return range.text;
    });
    expect(text).toEqual([["2019-11-18 13:30", "13:30:00"]]);
  });

  it("uses the formula evaluator for formula cells", async () => {
    const sim = new ExcelSimulator();
    sim.setFormulaEvaluator((formula, ctx) => (formula === "=A1*2" ? Number(ctx.value("A1")) * 2 : undefined));
    const read = await writeAndRead(sim, "A1:C1", [[21, "=A1*2", "=UNKNOWN()"]]);
    expect(read.values).toEqual([[21, 42, "#NAME?"]]);
  });
});
