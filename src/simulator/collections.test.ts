import { ExcelSimulator } from "./index";

describe("collections", () => {
  it("getItemOrNullObject returns an object whose isNullObject is readable after sync", async () => {
    const sim = new ExcelSimulator();
    await sim.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1");
      // eslint-disable-next-line office-addins/call-sync-before-read -- deliberate: this test proves the simulator throws here
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      const table = context.workbook.tables.getItemOrNullObject("Commitments");
      const setting = context.workbook.settings.getItemOrNullObject("schema");
      table.load("name");
      await context.sync();
      expect(table.isNullObject).toBe(true);
      expect(setting.isNullObject).toBe(true);
    });
  });

  it("getItem of a missing item fails at sync with ItemNotFound", async () => {
    const sim = new ExcelSimulator();
    const error = await sim
      .run(async (context) => {
        context.workbook.worksheets.getItem("Nope").load("name");
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "RichApi.Error", code: "ItemNotFound", debugInfo: { code: "ItemNotFound" } });
  });

  it("items require a load; getCount gives a ClientResult", async () => {
    const sim = new ExcelSimulator();
    await sim.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.add("보고서 2024-3분기");
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      const count = sheets.getCount();
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- deliberate: ClientResult.value throws before the sync
      expect(() => count.value).toThrow();
      sheets.load("items/name,items/position");
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- ClientResult.value is filled by sync; it has no load()
      expect(count.value).toBe(2);
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1", "보고서 2024-3분기"]);
      expect(sheets.items[1].position).toBe(1);
      const range = sheets.items[1].getRange("A1:B2").load("address");
      await context.sync();
      expect(range.address).toBe("'보고서 2024-3분기'!A1:B2");
    });
  });

  it("renames sheets and rejects duplicates with InvalidArgument", async () => {
    const sim = new ExcelSimulator();
    await sim.run(async (context) => {
      context.workbook.worksheets.add("Data");
      context.workbook.worksheets.getItem("Sheet1").name = "Summary";
      await context.sync();
    });
    expect(sim.debug.sheetNames()).toEqual(["Summary", "Data"]);
    await expect(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Data").name = "summary";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("stores settings as JSON and deletes them", async () => {
    const sim = new ExcelSimulator();
    await sim.run(async (context) => {
      context.workbook.settings.add("schema", { version: 3, lang: "ko" });
      await context.sync();
      const item = context.workbook.settings.getItem("schema").load("value");
      const all = context.workbook.settings.load("items/key");
      await context.sync();
      expect(item.value).toEqual({ version: 3, lang: "ko" });
      expect(all.items.map((s) => s.key)).toEqual(["schema"]);
      context.workbook.settings.getItem("schema").delete();
      const gone = context.workbook.settings.getItemOrNullObject("schema");
      await context.sync();
      expect(gone.isNullObject).toBe(true);
    });
  });

  it("hides sheets and refuses to hide the last visible one", async () => {
    const sim = new ExcelSimulator();
    await sim.run(async (context) => {
      const lookup = context.workbook.worksheets.add("Lookup");
      lookup.visibility = "VeryHidden";
      await context.sync();
      lookup.load("visibility");
      await context.sync();
      expect(lookup.visibility).toBe("VeryHidden");
    });
    await expect(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").visibility = "Hidden";
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});
