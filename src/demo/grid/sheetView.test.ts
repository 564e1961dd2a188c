import { ExcelSimulator } from "../../simulator";
import { buildSheetView } from "./sheetView";
import { clearContents, writeUserInput } from "./userEdits";

async function viewOf(sim: ExcelSimulator, sheet = "Sheet1") {
  return buildSheetView(sim.snapshot(), sheet, sim.debug.sheetValues(sheet));
}

describe("buildSheetView", () => {
  it("formats values with their number formats and aligns numbers right", async () => {
    const sim = new ExcelSimulator();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C1").numberFormat = [["@", "#,##0", "yyyy-mm-dd"]];
      sheet.getRange("A1:C1").values = [["081070", 408275000, 43787]];
      await context.sync();
    });
    const view = await viewOf(sim);
    expect(view.cell(0, 0)).toMatchObject({ address: "A1", text: "081070", align: "left", input: "081070" });
    expect(view.cell(0, 1)).toMatchObject({ address: "B1", text: "408,275,000", align: "right", input: "408275000" });
    expect(view.cell(0, 2)).toMatchObject({ text: "2019-11-18", align: "right" });
    expect(view.cell(5, 5)).toMatchObject({ address: "F6", text: "", input: "" });
  });

  it("shows formulas in the formula bar and their results in the grid", async () => {
    const sim = new ExcelSimulator();
    sim.setFormulaEvaluator((formula) => (formula === "=1+1" ? 2 : undefined));
    await writeUserInput(sim.run, "Sheet1", "B2", "=1+1");
    const view = await viewOf(sim);
    expect(view.cell(1, 1)).toMatchObject({ text: "2", input: "=1+1" });
  });

  it("styles table headers and banded rows, then applies cell formats on top", async () => {
    const sim = new ExcelSimulator();
    sim.debug.addTable("Sheet1", "B2", [["상대기관", "금액"], ["워털루시", 1], ["볼티모어시", 2]], "T");
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C4").format.fill.color = "#FFFF00";
      context.workbook.worksheets.getItem("Sheet1").getRange("C4").format.font.bold = true;
      await context.sync();
    });
    const view = await viewOf(sim);
    expect(view.cell(1, 1).style).toMatchObject({ bold: true, color: "#FFFFFF", background: "#4472C4" });
    expect(view.cell(2, 1).style.background).toBe("#D9E1F2");
    expect(view.cell(3, 1).style.background).toBeUndefined();
    expect(view.cell(3, 2).style).toMatchObject({ background: "#FFFF00", bold: true });
  });

  it("sizes the sheet past the used range, converts widths to pixels and follows the selection", async () => {
    const sim = new ExcelSimulator();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("C:C").format.columnWidth = 150;
      sheet.getRange("A100").values = [["마지막"]];
      sheet.freezePanes.freezeRows(1);
      await context.sync();
    });
    await sim.userSelect("Sheet1", "B3:C4");
    const view = await viewOf(sim);
    expect(view.rowCount).toBeGreaterThan(100);
    expect(view.columnWidths[2]).toBe(200);
    expect(view.columnWidths[0]).toBe(64);
    expect(view.frozenRows).toBe(1);
    expect(view.selection).toEqual({ row: 2, col: 1, rows: 2, cols: 2 });
    expect(view.activeAddress).toBe("B3");
  });

  it("names the missing sheet", () => {
    const sim = new ExcelSimulator();
    expect(() => buildSheetView(sim.snapshot(), "없는시트", [])).toThrow(/no sheet named "없는시트"/);
  });
});

describe("user edits", () => {
  it("write typed text as Excel would: numbers, formulas, literal text", async () => {
    const sim = new ExcelSimulator();
    await writeUserInput(sim.run, "Sheet1", "A1", "1500");
    await writeUserInput(sim.run, "Sheet1", "A2", "'=not a formula");
    await writeUserInput(sim.run, "Sheet1", "A3", "=SUM(A1)");
    expect(sim.debug.cell("Sheet1", "A1")).toBe(1500);
    expect(sim.debug.cell("Sheet1", "A2")).toBe("=not a formula");
    expect(sim.debug.cellInfo("Sheet1", "A3").formula).toBe("=SUM(A1)");
  });

  it("clear the contents of a selection but keep its formats", async () => {
    const sim = new ExcelSimulator();
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      range.numberFormat = [["#,##0", "#,##0"], ["#,##0", "#,##0"]];
      range.values = [[1, 2], [3, 4]];
      await context.sync();
    });
    await clearContents(sim.run, "Sheet1", "A1:B2");
    expect(sim.debug.sheetValues("Sheet1").flat().every((value) => value === "")).toBe(true);
    expect(sim.debug.cellInfo("Sheet1", "B2").numberFormat).toBe("#,##0");
  });

  it("report a bad address instead of ignoring it", async () => {
    const sim = new ExcelSimulator();
    await expect(writeUserInput(sim.run, "없는시트", "A1", "x")).rejects.toThrow();
  });
});
