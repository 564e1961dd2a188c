import { ExcelSimulator, type FormulaEvaluator } from "./index";

/** Evaluates "=[@A]*[@B]" style formulas for the tests. */
const product: FormulaEvaluator = (formula, ctx) => {
  const match = /^=\[@(\w+)\]\*\[@(\w+)\]$/.exec(formula);
  const row = ctx.tableRow();
  if (!match || !row) return undefined;
  return Number(row.row[match[1]]) * Number(row.row[match[2]]);
};

describe("tables", () => {
  it("creates a table from a header row with one blank body row, like Excel", async () => {
    const sim = new ExcelSimulator();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C1").values = [["ID", "Name", "Amount"]];
      const table = sheet.tables.add("A1:C1", true);
      table.name = "Commitments";
      const body = table.getDataBodyRange().load("address, values");
      const count = table.rows.getCount();
      await context.sync();
      expect(body.address).toBe("Sheet1!A2:C2");
      expect(body.values).toEqual([["", "", ""]]);
      // eslint-disable-next-line office-addins/load-object-before-read -- ClientResult.value is filled by sync; it has no load()
      expect(count.value).toBe(1);
    });
  });

  it("grows when values are written to getDataBodyRange().getRowsBelow(n)", async () => {
    const sim = new ExcelSimulator();
    sim.debug.addTable("Data", "B2", [["ID", "Name"], ["x-1", "first"]], "T");
    await sim.run(async (context) => {
      const table = context.workbook.tables.getItem("T");
      table.getDataBodyRange().getRowsBelow(2).values = [["x-2", "second"], ["x-3", "third"]];
      const range = table.getRange().load("address");
      await context.sync();
      expect(range.address).toBe("Data!B2:C5");
    });
    expect(sim.debug.tableValues("T")).toEqual([["ID", "Name"], ["x-1", "first"], ["x-2", "second"], ["x-3", "third"]]);
  });

  it("fills calculated columns into rows added later, and lets one cell be overridden", async () => {
    const sim = new ExcelSimulator();
    sim.setFormulaEvaluator(product);
    sim.debug.addTable("Sheet1", "A1", [["Qty", "Price", "Total"], [2, 10, ""], [3, 5, ""]], "Orders");
    await sim.run(async (context) => {
      const table = context.workbook.tables.getItem("Orders");
      table.columns.getItem("Total").getDataBodyRange().formulas = [["=[@Qty]*[@Price]"], ["=[@Qty]*[@Price]"]];
      await context.sync();
      table.getDataBodyRange().getRowsBelow(1).getResizedRange(0, -1).values = [[4, 4]];
      table.rows.add(undefined, [[1, 7, null as unknown as string]]);
      await context.sync();
      const total = table.columns.getItem("Total").getDataBodyRange().load("values, formulas");
      await context.sync();
      expect(total.values).toEqual([[20], [15], [16], [7]]);
      expect(total.formulas[3]).toEqual(["=[@Qty]*[@Price]"]);
      table.columns.getItem("Total").getDataBodyRange().getCell(1, 0).values = [[99]];
      table.getDataBodyRange().getRowsBelow(1).values = [[1, 1, null as unknown as string]];
      await context.sync();
    });
    expect(sim.debug.table("Orders").calculatedColumns).toEqual([null, null, "=[@Qty]*[@Price]"]);
    expect(sim.debug.tableValues("Orders").map((r) => r[2])).toEqual(["Total", 20, 99, 16, 7, 1]);
  });

  it("adds columns with a name and values, finds them by name, and resizes", async () => {
    const sim = new ExcelSimulator();
    sim.debug.addTable("Sheet1", "A1", [["ID"], ["a"], ["b"]], "T");
    await sim.run(async (context) => {
      const table = context.workbook.tables.getItem("T");
      table.columns.add(undefined, [["Status"], ["Signed"], ["Planned"]]);
      table.columns.add(undefined, undefined, "비고");
      const status = table.columns.getItem("status").load("name, index, values");
      const missing = table.columns.getItemOrNullObject("Nope");
      const columns = table.columns.load("items/name");
      await context.sync();
      expect(status.index).toBe(1);
      expect(status.values).toEqual([["Status"], ["Signed"], ["Planned"]]);
      expect(missing.isNullObject).toBe(true);
      expect(columns.items.map((c) => c.name)).toEqual(["ID", "Status", "비고"]);
      table.resize("A1:D4");
      const header = table.getHeaderRowRange().load("values");
      await context.sync();
      expect(header.values).toEqual([["ID", "Status", "비고", "Column4"]]);
    });
    expect(sim.debug.table("T").address).toBe("A1:D4");
  });

  it("deletes table rows and keeps one blank row when emptied", async () => {
    const sim = new ExcelSimulator();
    sim.debug.addTable("Sheet1", "A1", [["ID"], ["a"], ["b"], ["c"]], "T");
    sim.debug.setValues("Sheet1", "A6", [["below"]]);
    await sim.run(async (context) => {
      const table = context.workbook.tables.getItem("T");
      table.rows.getItemAt(1).delete();
      await context.sync();
      expect(sim.debug.tableValues("T")).toEqual([["ID"], ["a"], ["c"]]);
      table.getDataBodyRange().delete("Up");
    });
    expect(sim.debug.tableValues("T")).toEqual([["ID"], [""]]);
    // Cells below the table in its columns move up with it (below the one blank row left).
    expect(sim.debug.cell("Sheet1", "A4")).toBe("below");
  });

  it("renames a column by writing its header cell, and makes headers unique", async () => {
    const sim = new ExcelSimulator();
    sim.debug.addTable("Sheet1", "A1", [["A", "B"], [1, 2]], "T");
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [["Same", "same"]];
    });
    expect(sim.debug.table("T").columns).toEqual(["Same", "same2"]);
  });

  it("handles a 10,000 x 23 write and a 100,000-row read", async () => {
    const sim = new ExcelSimulator();
    const header = Array.from({ length: 23 }, (_, i) => `C${i}`);
    const data = Array.from({ length: 10_000 }, (_, r) => header.map((_, c) => (c === 0 ? `id-${r}` : r * c)));
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:W1").values = [header];
      const table = sheet.tables.add("A1:W1", true);
      table.name = "Big";
      table.getDataBodyRange().values = [data[0]];
      await context.sync();
      table.getDataBodyRange().getRowsBelow(9_999).values = data.slice(1);
      await context.sync();
      const count = table.rows.getCount();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- ClientResult.value is filled by sync; it has no load()
      expect(count.value).toBe(10_000);
    });
    const big = Array.from({ length: 100_000 }, (_, r) => [r, `name ${r}`, r * 2]);
    sim.debug.addTable("Large", "A1", [["N", "Name", "Double"], ...big], "Large");
    const values = await sim.run(async (context) => {
      const body = context.workbook.tables.getItem("Large").getDataBodyRange().load("values");
      await context.sync();
      return body.values;
    });
    expect(values.length).toBe(100_000);
    expect(values[99_999]).toEqual([99_999, "name 99999", 199_998]);
  });
});
