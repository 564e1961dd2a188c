import { ExcelSimulator, type WorkbookSnapshot } from "./index";

async function buildRichWorkbook(): Promise<ExcelSimulator> {
  const sim = new ExcelSimulator();
  sim.debug.addTable("Data", "A1", [["ID", "Qty", "Price", "Total"], ["a", 1, 2, ""], ["b", 3, 4, ""]], "Orders");
  await sim.run(async (context) => {
    const wb = context.workbook;
    const data = wb.worksheets.getItem("Data");
    wb.tables.getItem("Orders").columns.getItem("Total").getDataBodyRange().formulas = [["=[@Qty]*[@Price]"], ["=[@Qty]*[@Price]"]];
    data.getRange("B2:C3").numberFormat = [["#,##0", "#,##0"], ["#,##0", "#,##0"]];
    data.getRange("A1:D1").format.font.bold = true;
    data.getRange("A1:D1").format.fill.color = "#DDEBF7";
    data.getRange("A:A").format.columnWidth = 80;
    data.getRange("2:2").format.rowHeight = 20;
    data.getRange("E1:F1").merge();
    data.getRange("A2:A3").dataValidation.rule = { list: { inCellDropDown: true, source: "a,b,c" } };
    data.freezePanes.freezeRows(1);
    data.charts.add("ColumnClustered", data.getRange("A1:B3"), "Auto").title.text = "수량";
    data.pageLayout.orientation = "Landscape";
    data.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    data.pageLayout.headersFooters.defaultForAllPages.centerHeader = "보고서";
    data.names.add("LocalName", data.getRange("B2"));
    wb.names.add("TotalQty", data.getRange("B2:B3"), "sum me");
    wb.names.add("Rate", "=0.5");
    wb.settings.add("schemaVersion", 3);
    wb.customXmlParts.add('<meta xmlns="urn:commitment-tracker">x</meta>');
    const hidden = wb.worksheets.add("보고서 2024-3분기");
    hidden.getRange("A1").values = [["'=not a formula"]];
    hidden.visibility = "Hidden";
    data.getRange("B3").select();
  });
  return sim;
}

describe("snapshot", () => {
  it("round-trips exactly through JSON", async () => {
    const sim = await buildRichWorkbook();
    const snapshot = sim.snapshot();
    const json = JSON.stringify(snapshot);
    const restored = ExcelSimulator.fromSnapshot(JSON.parse(json) as WorkbookSnapshot);
    expect(restored.snapshot()).toEqual(snapshot);
    expect(JSON.stringify(restored.snapshot())).toBe(json);
  });

  it("keeps what matters: cells, formulas, tables, calculated columns, names, settings, selection", async () => {
    const snapshot = (await buildRichWorkbook()).snapshot();
    const restored = ExcelSimulator.fromSnapshot(snapshot);
    const data = snapshot.sheets.find((s) => s.name === "Data")!;
    expect(data.cells.D2).toEqual({ formula: "=[@Qty]*[@Price]" });
    expect(data.cells.B2).toEqual({ value: 1, numberFormat: "#,##0" });
    expect(data.columnWidths).toEqual({ A: 80 });
    expect(data.frozenRows).toBe(1);
    expect(data.charts[0]).toMatchObject({ chartType: "ColumnClustered", source: "Data!A1:B3", title: { text: "수량" } });
    expect(data.pageLayout).toMatchObject({ orientation: "Landscape", headersFooters: { defaultForAllPages: { centerHeader: "보고서" } } });
    expect(snapshot.tables[0]).toMatchObject({ name: "Orders", sheet: "Data", address: "A1:D3", calculatedColumns: [null, null, null, "=[@Qty]*[@Price]"] });
    expect(snapshot.names).toEqual([
      { name: "TotalQty", formula: "=Data!$B$2:$B$3", comment: "sum me", visible: true },
      { name: "Rate", formula: "=0.5", comment: "", visible: true },
    ]);
    expect(snapshot.settings).toEqual([{ key: "schemaVersion", value: 3 }]);
    expect(snapshot.sheets[2]).toMatchObject({ name: "보고서 2024-3분기", visibility: "Hidden", cells: { A1: { value: "=not a formula" } } });
    expect(restored.selection).toEqual({ sheet: "Data", address: "B3" });

    // The restored workbook keeps working: the table still grows with its calculated column.
    await restored.run(async (context) => {
      context.workbook.tables.getItem("Orders").getDataBodyRange().getRowsBelow(1).getResizedRange(0, -1).values = [["c", 5, 6]];
    });
    expect(restored.debug.cellInfo("Data", "D4").formula).toBe("=[@Qty]*[@Price]");
  });

  it("rejects something that is not a snapshot", () => {
    expect(() => ExcelSimulator.fromSnapshot({} as WorkbookSnapshot)).toThrow(/not a workbook snapshot/);
  });

  it("notifies subscribers after syncs that changed the workbook", async () => {
    const sim = new ExcelSimulator();
    const calls: number[] = [];
    const unsubscribe = sim.subscribe(() => calls.push(sim.syncCount));
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      await context.sync();
      range.values = [[1]];
      await context.sync();
    });
    unsubscribe();
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [[2]];
    });
    expect(calls).toEqual([2]);
  });
});
