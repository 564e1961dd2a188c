import { ExcelSimulator } from "./index";

describe("custom XML parts", () => {
  it("adds, finds by namespace, reads, rewrites and deletes parts", async () => {
    const sim = new ExcelSimulator();
    const ns = "urn:commitment-tracker:v1";
    await sim.run(async (context) => {
      const parts = context.workbook.customXmlParts;
      const none = parts.getByNamespace(ns).getOnlyItemOrNullObject();
      await context.sync();
      expect(none.isNullObject).toBe(true);
      const added = parts.add(`<?xml version="1.0"?><state xmlns="${ns}"><v>1</v></state>`);
      added.load("id,namespaceUri");
      await context.sync();
      expect(added.namespaceUri).toBe(ns);
      const found = parts.getByNamespace(ns).getOnlyItemOrNullObject();
      found.load("id");
      await context.sync();
      expect(found.id).toBe(added.id);
      found.setXml(`<state xmlns="${ns}"><v>2</v></state>`);
      const xml = parts.getItem(added.id).getXml();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- ClientResult.value is filled by sync; it has no load()
      expect(xml.value).toContain("<v>2</v>");
      parts.getItem(added.id).delete();
      const count = parts.getCount();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- ClientResult.value is filled by sync; it has no load()
      expect(count.value).toBe(0);
    });
  });
});

describe("names", () => {
  it("adds workbook and sheet names and resolves their ranges", async () => {
    const sim = new ExcelSimulator();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.add("My Data");
      sheet.getRange("A1:A2").values = [[1], [2]];
      context.workbook.names.add("Amounts", sheet.getRange("A1:A2"), "the amounts");
      sheet.names.add("FirstAmount", "='My Data'!$A$1");
      await context.sync();
      const named = context.workbook.names.getItem("amounts").load("name, formula, type, comment, scope");
      const range = context.workbook.names.getItem("Amounts").getRange().load("values, address");
      const local = sheet.names.getItem("FirstAmount").getRange().load("address");
      const missing = context.workbook.names.getItemOrNullObject("Nope");
      const all = context.workbook.names.load("items/name");
      await context.sync();
      expect(named.formula).toBe("='My Data'!$A$1:$A$2");
      expect(named.type).toBe("Range");
      expect(named.comment).toBe("the amounts");
      expect(named.scope).toBe("Workbook");
      expect(range.values).toEqual([[1], [2]]);
      expect(local.address).toBe("'My Data'!A1");
      expect(missing.isNullObject).toBe(true);
      expect(all.items.map((n) => n.name)).toEqual(["Amounts"]);
      // Renaming the sheet keeps the reference.
      sheet.name = "Renamed";
      const after = context.workbook.names.getItem("Amounts").load("formula");
      await context.sync();
      expect(after.formula).toBe("=Renamed!$A$1:$A$2");
    });
  });

  it("rejects duplicate and invalid names", async () => {
    const sim = new ExcelSimulator();
    sim.debug.addTable("Sheet1", "A1", [["x"], [1]], "Commitments");
    for (const name of ["Commitments", "A1", "has space"]) {
      await expect(
        sim.run(async (context) => {
          context.workbook.names.add(name, "=1");
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });
});

describe("worksheet copy", () => {
  it("copies cells, formats, tables (renamed), sheet names, charts and page layout", async () => {
    const sim = new ExcelSimulator();
    sim.debug.addTable("Template", "A1", [["Item", "Amount"], ["a", 1]], "ReportTable");
    await sim.run(async (context) => {
      const template = context.workbook.worksheets.getItem("Template");
      template.getRange("B2").numberFormat = [["#,##0"]];
      template.getRange("A1:B1").format.font.bold = true;
      template.names.add("ReportTotal", template.getRange("B2"));
      template.charts.add("Pie", template.getRange("A1:B2"));
      template.pageLayout.orientation = "Landscape";
      await context.sync();
      const copy = template.copy("End");
      copy.load("name, position");
      const copyTables = copy.tables.load("items/name");
      await context.sync();
      expect(copy.name).toBe("Template (2)");
      expect(copy.position).toBe(2);
      expect(copyTables.items.map((t) => t.name)).toEqual(["ReportTable2"]);
      const bold = copy.getRange("A1").format.font.load("bold");
      const localName = copy.names.getItem("ReportTotal").getRange().load("address");
      const charts = copy.charts.load("items/name,items/chartType");
      const layout = copy.pageLayout.load("orientation");
      await context.sync();
      expect(bold.bold).toBe(true);
      expect(localName.address).toBe("'Template (2)'!B2");
      expect(charts.items.map((c) => c.chartType)).toEqual(["Pie"]);
      expect(layout.orientation).toBe("Landscape");
      template.copy("End");
      const third = context.workbook.worksheets.getItemOrNullObject("Template (3)");
      await context.sync();
      expect(third.isNullObject).toBe(false);
    });
    expect(sim.debug.tableValues("ReportTable2")).toEqual([["Item", "Amount"], ["a", 1]]);
    expect(sim.debug.cellInfo("Template (2)", "B2").numberFormat).toBe("#,##0");
  });
});

describe("formats, validation and freeze panes", () => {
  it("reads back formats, list validation and frozen rows", async () => {
    const sim = new ExcelSimulator();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const range = sheet.getRange("B2:B10");
      range.dataValidation.rule = { list: { inCellDropDown: true, source: "MOU,LOI" } };
      range.dataValidation.errorAlert = { showAlert: true, style: "Stop", title: "협약형태", message: "목록에서 고르세요" };
      sheet.getRange("A1:C1").format.wrapText = true;
      sheet.getRange("A1:C1").format.horizontalAlignment = "Center";
      sheet.freezePanes.freezeRows(1);
      await context.sync();
      const validation = sheet.getRange("B5").dataValidation.load("rule, type, errorAlert");
      const format = sheet.getRange("B1").format.load("wrapText, horizontalAlignment, columnWidth");
      const frozen = sheet.freezePanes.getLocationOrNullObject().load("address");
      await context.sync();
      expect(validation.rule).toEqual({ list: { inCellDropDown: true, source: "MOU,LOI" } });
      expect(validation.type).toBe("List");
      expect(validation.errorAlert.title).toBe("협약형태");
      expect(format.wrapText).toBe(true);
      expect(format.horizontalAlignment).toBe("Center");
      expect(format.columnWidth).toBe(48);
      expect(frozen.address).toBe("Sheet1!1:1");
      sheet.getRange("B2:B10").dataValidation.clear();
      sheet.freezePanes.unfreeze();
      const cleared = sheet.getRange("B5").dataValidation.load("type");
      const none = sheet.freezePanes.getLocationOrNullObject();
      await context.sync();
      expect(cleared.type).toBe("None");
      expect(none.isNullObject).toBe(true);
    });
  });

  it("autofits columns to their text, wider for Korean", async () => {
    const sim = new ExcelSimulator();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").values = [["abc", "가나다"]];
      sheet.getRange("A1:B1").format.autofitColumns();
      await context.sync();
      const a = sheet.getRange("A1").format.load("columnWidth");
      const b = sheet.getRange("B1").format.load("columnWidth");
      await context.sync();
      expect(b.columnWidth).toBeGreaterThan(a.columnWidth);
    });
  });
});

describe("names as addresses", () => {
  it("getRange accepts a defined name, as Excel does", async () => {
    const sim = new ExcelSimulator();
    sim.debug.setValues("Sheet1", "C3", [[7]]);
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      context.workbook.names.add("Target", sheet.getRange("C3"));
      await context.sync();
      const range = sheet.getRange("target").load("address, values");
      await context.sync();
      expect(range.address).toBe("Sheet1!C3");
      expect(range.values).toEqual([[7]]);
    });
  });
});
