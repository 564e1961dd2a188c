import { ExcelSimulator } from "./index";

describe("load and sync", () => {
  it("throws PropertyNotLoaded when reading a property that was not loaded and synced", async () => {
    const sim = new ExcelSimulator();
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- deliberate: this test proves the simulator throws here
      expect(() => range.values).toThrow(expect.objectContaining({ name: "RichApi.Error", code: "PropertyNotLoaded" }));
      range.load("values");
      // Loaded but not yet synced: still unavailable.
      // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- deliberate: this test proves the simulator throws here
      expect(() => range.values).toThrow(/The property 'values' is not available/);
      await context.sync();
      expect(range.values).toEqual([[""]]);
      // Loading one property does not make others readable.
      // eslint-disable-next-line office-addins/load-object-before-read -- deliberate: this test proves the simulator throws here
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("keeps a write invisible to other proxies until sync", async () => {
    const sim = new ExcelSimulator();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const writer = sheet.getRange("A1:B1");
      writer.values = [[1, "two"]];
      expect(sim.debug.cell("Sheet1", "A1")).toBe("");
      const reader = sheet.getRange("A1:B1").load("values");
      const before = sheet.getRange("A1:B1");
      // Operations run in order at sync: a load queued after the write sees it.
      await context.sync();
      expect(reader.values).toEqual([[1, "two"]]);
      // eslint-disable-next-line office-addins/load-object-before-read -- deliberate: this test proves the simulator throws here
      expect(() => before.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
    expect(sim.debug.cell("Sheet1", "B1")).toBe("two");
  });

  it("a proxy loaded before a write keeps the old value until loaded again", async () => {
    const sim = new ExcelSimulator();
    sim.debug.setValues("Sheet1", "A1", [["old"]]);
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const reader = sheet.getRange("A1").load("values");
      await context.sync();
      sheet.getRange("A1").values = [["new"]];
      expect(reader.values).toEqual([["old"]]);
      await context.sync();
      expect(reader.values).toEqual([["old"]]);
      reader.load("values");
      await context.sync();
      expect(reader.values).toEqual([["new"]]);
    });
  });

  it("flushes pending writes when the batch resolves, counting that sync", async () => {
    const sim = new ExcelSimulator();
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C3").values = [[42]];
    });
    expect(sim.debug.cell("Sheet1", "C3")).toBe(42);
    expect(sim.syncCount).toBe(1);
  });

  it("discards pending writes when the batch throws", async () => {
    const sim = new ExcelSimulator();
    await expect(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("C3").values = [[42]];
        throw new Error("adapter failed");
      }),
    ).rejects.toThrow("adapter failed");
    expect(sim.debug.cell("Sheet1", "C3")).toBe("");
    expect(sim.syncCount).toBe(0);
  });

  it("loads with string lists, arrays, object form and navigation paths", async () => {
    const sim = new ExcelSimulator();
    sim.debug.addTable("Data", "B2", [["Name", "Amount"], ["a", 1]], "Items");
    await sim.run(async (context) => {
      const table = context.workbook.tables.getItem("Items");
      table.load("name, worksheet/name");
      const body = table.getDataBodyRange().load(["address", "rowCount"]);
      const header = table.getHeaderRowRange().load({ values: true, format: { font: { bold: true } } });
      const all = table.getRange().load();
      await context.sync();
      expect(table.name).toBe("Items");
      expect(table.worksheet.name).toBe("Data");
      expect(body.address).toBe("Data!B3:C3");
      expect(body.rowCount).toBe(1);
      expect(header.values).toEqual([["Name", "Amount"]]);
      expect(header.format.font.bold).toBe(false);
      expect(all.columnCount).toBe(2);
      expect(all.text).toEqual([["Name", "Amount"], ["a", "1"]]);
    });
  });

  it("reports unknown properties at sync", async () => {
    const sim = new ExcelSimulator();
    await expect(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("valuez");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("request contexts", () => {
  it("refuses an object from another run, as Office does", async () => {
    const sim = new ExcelSimulator();
    const stale = await sim.run(async (context) => context.workbook.worksheets.getItem("Sheet1").getRange("A1"));
    await expect(
      sim.run(async (context) => {
        context.workbook.tables.add(stale, true);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidRequestContext" });
  });
});

describe("set() and toJSON()", () => {
  it("assigns nested properties with set() and serialises loaded values with toJSON()", async () => {
    const sim = new ExcelSimulator();
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.set({ values: [["x", 2]], format: { font: { bold: true }, wrapText: true } } as Excel.Interfaces.RangeUpdateData);
      await context.sync();
      const read = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").load("address, values");
      const font = read.format.font.load("bold");
      await context.sync();
      expect(font.bold).toBe(true);
      expect(read.toJSON()).toEqual({ address: "Sheet1!A1:B1", values: [["x", 2]] });
    });
  });
});
