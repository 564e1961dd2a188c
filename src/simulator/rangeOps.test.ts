import { ExcelSimulator } from "./index";

describe("range navigation", () => {
  it("derives related ranges like Excel", async () => {
    const sim = new ExcelSimulator();
    sim.debug.setValues("Sheet1", "B2", [[1, 2], [3, 4]]);
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const base = sheet.getRange("B2:C3");
      const results = {
        cell: base.getCell(1, 1).load("address"),
        row: base.getRow(0).load("address"),
        column: base.getColumn(1).load("address"),
        below: base.getRowsBelow().load("address"),
        above: base.getRowsAbove(1).load("address"),
        after: base.getColumnsAfter(2).load("address"),
        offset: base.getOffsetRange(1, 1).load("address"),
        resized: base.getResizedRange(1, -1).load("address"),
        entireColumn: base.getEntireColumn().load("address, rowCount"),
        entireRow: base.getEntireRow().load("address"),
        used: sheet.getUsedRange().load("address"),
        usedOrNull: context.workbook.worksheets.add("Empty").getUsedRangeOrNullObject(),
        byIndexes: sheet.getRangeByIndexes(1, 1, 2, 2).load("values, rowIndex, columnIndex"),
        intersection: base.getIntersection("C3:E9").load("address"),
        noIntersection: base.getIntersectionOrNullObject("Z9"),
        whole: sheet.getRange().load("address"),
      };
      await context.sync();
      expect(results.cell.address).toBe("Sheet1!C3");
      expect(results.row.address).toBe("Sheet1!B2:C2");
      expect(results.column.address).toBe("Sheet1!C2:C3");
      expect(results.below.address).toBe("Sheet1!B4:C4");
      expect(results.above.address).toBe("Sheet1!B1:C1");
      expect(results.after.address).toBe("Sheet1!D2:E3");
      expect(results.offset.address).toBe("Sheet1!C3:D4");
      expect(results.resized.address).toBe("Sheet1!B2:B4");
      expect(results.entireColumn.address).toBe("Sheet1!B:C");
      expect(results.entireColumn.rowCount).toBe(3);
      expect(results.entireRow.address).toBe("Sheet1!2:3");
      expect(results.used.address).toBe("Sheet1!B2:C3");
      expect(results.usedOrNull.isNullObject).toBe(true);
      expect(results.byIndexes.values).toEqual([[1, 2], [3, 4]]);
      expect([results.byIndexes.rowIndex, results.byIndexes.columnIndex]).toEqual([1, 1]);
      expect(results.intersection.address).toBe("Sheet1!C3");
      expect(results.noIntersection.isNullObject).toBe(true);
      expect(results.whole.address).toBe("Sheet1!1:1048576");
    });
  });

  it("rejects ranges off the sheet with InvalidArgument", async () => {
    const sim = new ExcelSimulator();
    await expect(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").getRowsAbove(1).load("address");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("inserts and deletes cells, shifting the rest", async () => {
    const sim = new ExcelSimulator();
    sim.debug.setValues("Sheet1", "A1", [["a"], ["b"], ["c"]]);
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A2").insert("Down");
      await context.sync();
      expect(sim.debug.sheetValues("Sheet1")).toEqual([["a"], [""], ["b"], ["c"]]);
      sheet.getRange("A1:A2").delete("Up");
    });
    expect(sim.debug.sheetValues("Sheet1")).toEqual([["b"], ["c"]]);
  });

  it("moves tables below an insertion and refuses to shift part of a table", async () => {
    const sim = new ExcelSimulator();
    sim.debug.addTable("Sheet1", "B3", [["ID"], ["a"]], "T");
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("1:2").insert("Down" as Excel.InsertShiftDirection);
    });
    expect(sim.debug.table("T").address).toBe("B5:B6");
    await expect(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("B5").delete("Left" as Excel.DeleteShiftDirection);
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(sim.debug.tableValues("T")).toEqual([["ID"], ["a"]]);
  });

  it("clears contents, formats or both", async () => {
    const sim = new ExcelSimulator();
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [[1, 2]];
      range.numberFormat = [["0.00", "0.00"]];
      range.format.font.bold = true;
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").clear("Contents");
      context.workbook.worksheets.getItem("Sheet1").getRange("B1").clear();
      const a = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values, numberFormat");
      const b = context.workbook.worksheets.getItem("Sheet1").getRange("B1").load("values, numberFormat");
      const bFont = context.workbook.worksheets.getItem("Sheet1").getRange("B1").format.font.load("bold");
      await context.sync();
      expect([a.values, a.numberFormat]).toEqual([[[""]], [["0.00"]]]);
      expect([b.values, b.numberFormat]).toEqual([[[""]], [["General"]]]);
      expect(bFont.bold).toBe(false);
    });
  });

  it("writes a whole-column number format that new cells inherit", async () => {
    const sim = new ExcelSimulator();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("C:C").numberFormat = "@" as unknown as string[][];
      await context.sync();
      sheet.getRange("C5").values = [["00123"]];
    });
    expect(sim.debug.cellInfo("Sheet1", "C5")).toEqual({ value: "00123", numberFormat: "@" });
  });

  it("sets hyperlinks, merges and tracks them in the snapshot", async () => {
    const sim = new ExcelSimulator();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").hyperlink = { address: "https://www.changwon.go.kr/", textToDisplay: "창원시 보도자료" };
      sheet.getRange("B2:D2").merge();
      await context.sync();
      const link = sheet.getRange("A1").load("hyperlink, values");
      await context.sync();
      expect(link.hyperlink).toEqual({ address: "https://www.changwon.go.kr/", textToDisplay: "창원시 보도자료" });
      expect(link.values).toEqual([["창원시 보도자료"]]);
    });
    expect(sim.snapshot().sheets[0].merges).toEqual(["B2:D2"]);
  });
});

describe("tables: more", () => {
  it("creates a table without headers by adding a header row above the data", async () => {
    const sim = new ExcelSimulator();
    sim.debug.setValues("Sheet1", "A1", [[1, 2], [3, 4]]);
    await sim.run(async (context) => {
      const table = context.workbook.worksheets.getItem("Sheet1").tables.add("A1:B2", false);
      table.load("name");
      await context.sync();
      expect(table.name).toBe("Table1");
    });
    expect(sim.debug.tableValues("Table1")).toEqual([["Column1", "Column2"], [1, 2], [3, 4]]);
  });

  it("rejects overlapping tables and bad names", async () => {
    const sim = new ExcelSimulator();
    sim.debug.addTable("Sheet1", "A1", [["a"], [1]], "First");
    await expect(
      sim.run(async (context) => {
        context.workbook.tables.add("Sheet1!A2:B3", true);
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      sim.run(async (context) => {
        context.workbook.tables.getItem("First").name = "Has space";
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("deletes columns, converts to a range and deletes tables", async () => {
    const sim = new ExcelSimulator();
    sim.debug.addTable("Sheet1", "A1", [["a", "b", "c"], [1, 2, 3]], "T");
    sim.debug.addTable("Sheet1", "A5", [["x"], [9]], "U");
    await sim.run(async (context) => {
      context.workbook.tables.getItem("T").columns.getItem("b").delete();
      await context.sync();
      expect(sim.debug.tableValues("T")).toEqual([["a", "c"], [1, 3]]);
      context.workbook.tables.getItem("T").convertToRange();
      context.workbook.tables.getItem("U").delete();
      const count = context.workbook.tables.getCount();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- ClientResult.value is filled by sync; it has no load()
      expect(count.value).toBe(0);
    });
    expect(sim.debug.sheetValues("Sheet1")).toEqual([["a", "c"], [1, 3]]);
  });

  it("loads table rows as items with their values", async () => {
    const sim = new ExcelSimulator();
    sim.debug.addTable("Sheet1", "A1", [["a", "b"], [1, 2], [3, 4]], "T");
    await sim.run(async (context) => {
      const rows = context.workbook.tables.getItem("T").rows.load("items/values, items/index, count");
      await context.sync();
      expect(rows.count).toBe(2);
      expect(rows.items.map((r) => [r.index, r.values])).toEqual([[0, [[1, 2]]], [1, [[3, 4]]]]);
      rows.items[1].values = [[30, 40]];
    });
    expect(sim.debug.tableValues("T")[2]).toEqual([30, 40]);
  });
});

describe("sheets: more", () => {
  it("deleting a sheet removes its tables and turns names that pointed at it into #REF!", async () => {
    const sim = new ExcelSimulator();
    sim.debug.addTable("Data", "A1", [["a"], [1]], "T");
    await sim.run(async (context) => {
      context.workbook.names.add("DataCell", context.workbook.worksheets.getItem("Data").getRange("A2"));
      await context.sync();
      context.workbook.worksheets.getItem("Data").delete();
      const name = context.workbook.names.getItem("DataCell").load("formula");
      const table = context.workbook.tables.getItemOrNullObject("T");
      await context.sync();
      expect(name.formula).toBe("=#REF!");
      expect(table.isNullObject).toBe(true);
    });
  });

  it("moves sheets by position and activates them", async () => {
    const sim = new ExcelSimulator();
    await sim.run(async (context) => {
      const report = context.workbook.worksheets.add("Report");
      report.position = 0;
      report.activate();
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      expect(active.name).toBe("Report");
      expect(sheets.items.map((s) => s.name)).toEqual(["Report", "Sheet1"]);
    });
    expect(sim.selection.sheet).toBe("Report");
  });

  it("positions charts by cells and stores print settings", async () => {
    const sim = new ExcelSimulator();
    sim.debug.setValues("Sheet1", "A1", [["Country", "Amount"], ["US", 10], ["VN", 5]]);
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const chart = sheet.charts.add("Pie", sheet.getRange("A1:B3"), "Columns");
      chart.setPosition("D2", "J15");
      chart.legend.position = "Bottom";
      chart.axes.valueAxis.title.text = "원";
      sheet.pageLayout.setPrintTitleRows("$1:$1");
      sheet.pageLayout.setPrintArea(sheet.getRange("A1:J30"));
      sheet.pageLayout.paperSize = "A4" as Excel.PaperType;
      chart.load("name, top, left, width, height");
      await context.sync();
      expect(chart.name).toBe("Chart 1");
      expect(chart.left).toBe(3 * 48);
      expect(chart.top).toBe(15);
      expect(chart.width).toBe(7 * 48);
      expect(chart.height).toBe(14 * 15);
    });
    const sheet = sim.snapshot().sheets[0];
    expect(sheet.charts[0]).toMatchObject({ chartType: "Pie", source: "Sheet1!A1:B3", seriesBy: "Columns", legend: { position: "Bottom" }, axes: { valueAxis: { title: "원" } } });
    expect(sheet.pageLayout).toMatchObject({ printTitleRows: "Sheet1!$1:$1", printArea: "Sheet1!$A$1:$J$30", paperSize: "A4" });
  });
});

describe("copyFrom", () => {
  it("copies values only (formulas become their results), or everything", async () => {
    const sim = new ExcelSimulator();
    sim.setFormulaEvaluator((formula) => (formula === "=6*7" ? 42 : undefined));
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").values = [["=6*7", "'=text"]];
      sheet.getRange("A1:B1").numberFormat = [["#,##0", "@"]];
      sheet.getRange("A1").format.font.bold = true;
      await context.sync();
      sheet.getRange("D1").copyFrom("A1:B1", "Values" as Excel.RangeCopyType);
      sheet.getRange("D3").copyFrom(sheet.getRange("A1:B1"), "All" as Excel.RangeCopyType);
      const bold = sheet.getRange("D3").format.font.load("bold");
      await context.sync();
      expect(bold.bold).toBe(true);
    });
    expect(sim.debug.cellInfo("Sheet1", "D1")).toEqual({ value: 42, numberFormat: "General" });
    expect(sim.debug.cellInfo("Sheet1", "E1")).toEqual({ value: "=text", numberFormat: "General" });
    expect(sim.debug.cellInfo("Sheet1", "D3")).toEqual({ value: 42, formula: "=6*7", numberFormat: "#,##0" });
  });
});

describe("used range", () => {
  it("includes a table's blank body row unless valuesOnly", async () => {
    const sim = new ExcelSimulator();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C1").values = [["a", "b", "c"]];
      sheet.tables.add("A1:C1", true);
      const used = sheet.getUsedRange().load("address");
      const valuesOnly = sheet.getUsedRange(true).load("address");
      await context.sync();
      expect(used.address).toBe("Sheet1!A1:C2");
      expect(valuesOnly.address).toBe("Sheet1!A1:C1");
    });
  });
});
