import { ExcelSimulator } from "./index";
import type { FormulaEvaluator } from "./formulaContext";

/** A tiny evaluator: =GRID(rows,cols) spills a numbered grid; =REF(A1) reads a cell; =N counts calls. */
function gridEvaluator(calls: { count: number }): FormulaEvaluator {
  return (formula, context) => {
    calls.count++;
    const grid = /^=GRID\((\d+),(\d+)\)$/.exec(formula);
    if (grid) {
      const [rows, cols] = [Number(grid[1]), Number(grid[2])];
      return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => i * 10 + j));
    }
    const ref = /^=REF\(([A-Z]+\d+)\)$/.exec(formula);
    if (ref) return context.value(ref[1]);
    return undefined;
  };
}

describe("spilling array formulas", () => {
  it("shows the top-left value in the formula cell and the rest in the empty cells around it", async () => {
    const sim = new ExcelSimulator();
    sim.setFormulaEvaluator(gridEvaluator({ count: 0 }));
    sim.debug.setValues("Sheet1", "B2", [["=GRID(2,3)"]]);
    // The sheet's values reach as far as the spill, like Excel's grid.
    expect(sim.debug.sheetValues("Sheet1")).toEqual([
      ["", "", "", ""],
      ["", 0, 1, 2],
      ["", 10, 11, 12],
    ]);
    expect(sim.debug.cell("Sheet1", "D3")).toBe(12);
    expect(sim.debug.cell("Sheet1", "E3")).toBe("");
    const read = await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B2:E4");
      range.load("values,formulas");
      await context.sync();
      return { values: range.values, formulas: range.formulas };
    });
    expect(read.values).toEqual([
      [0, 1, 2, ""],
      [10, 11, 12, ""],
      ["", "", "", ""],
    ]);
    // Spilled cells hold no formula of their own, as in Excel.
    expect(read.formulas[0]).toEqual(["=GRID(2,3)", "", "", ""]);
  });

  it("lets other formulas read spilled cells", () => {
    const sim = new ExcelSimulator();
    sim.setFormulaEvaluator(gridEvaluator({ count: 0 }));
    sim.debug.setValues("Sheet1", "A1", [["=GRID(3,3)", "", "", "=REF(C3)"]]);
    expect(sim.debug.cell("Sheet1", "D1")).toBe(22);
  });

  it("gives #SPILL! when a value is in the way, and spills again once it is cleared", async () => {
    const sim = new ExcelSimulator();
    sim.setFormulaEvaluator(gridEvaluator({ count: 0 }));
    sim.debug.setValues("Sheet1", "A1", [["=GRID(2,2)", ""], ["", "x"]]);
    expect(sim.debug.cell("Sheet1", "A1")).toBe("#SPILL!");
    expect(sim.debug.cell("Sheet1", "A2")).toBe("");
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [[""]];
      await context.sync();
    });
    expect(sim.debug.cell("Sheet1", "A1")).toBe(0);
    expect(sim.debug.cell("Sheet1", "B2")).toBe(11);
  });

  it("does not spill from inside a table", () => {
    const sim = new ExcelSimulator();
    sim.setFormulaEvaluator(gridEvaluator({ count: 0 }));
    sim.debug.addTable("Sheet1", "A1", [["H"], ["=GRID(2,2)"]], "T");
    expect(sim.debug.cell("Sheet1", "A2")).toBe("#SPILL!");
    expect(sim.debug.cell("Sheet1", "B2")).toBe("");
  });

  it("reads a write made earlier in the same sync, and caches results between changes outside syncs", async () => {
    const calls = { count: 0 };
    const sim = new ExcelSimulator();
    sim.setFormulaEvaluator(gridEvaluator(calls));
    sim.debug.setValues("Sheet1", "A1", [["=GRID(2,2)"]]);
    const seen = await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const before = sheet.getRange("B2");
      before.load("values");
      sheet.getRange("A1").formulas = [["=GRID(3,3)"]];
      const after = sheet.getRange("C3");
      after.load("values");
      await context.sync();
      return [before.values[0][0], after.values[0][0]];
    });
    expect(seen).toEqual([11, 22]);
    calls.count = 0;
    for (let i = 0; i < 5; i++) sim.debug.sheetValues("Sheet1");
    expect(sim.debug.cell("Sheet1", "C3")).toBe(22);
    // Once to discover that A1 spills (into a scratch cache), once for its value; never again until a change.
    expect(calls.count).toBe(2);
    sim.debug.setValues("Sheet1", "A1", [["=GRID(1,1)"]]);
    expect(sim.debug.cell("Sheet1", "C3")).toBe("");
  });
});
