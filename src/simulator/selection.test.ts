import { ExcelSimulator, type SelectionChangedArgs } from "./index";

describe("selection", () => {
  it("userSelect fires worksheet and workbook handlers registered at sync, and remove() stops them", async () => {
    const sim = new ExcelSimulator();
    const seen: SelectionChangedArgs[] = [];
    const registration = await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const result = sheet.onSelectionChanged.add(async (args) => {
        seen.push(args as unknown as SelectionChangedArgs);
      });
      context.workbook.onSelectionChanged.add(async (args) => {
        seen.push(args as unknown as SelectionChangedArgs);
      });
      // Not registered until sync.
      await sim.userSelect("Sheet1", "A1");
      expect(seen).toEqual([]);
      sheet.load("id");
      await context.sync();
      return { result, id: sheet.id };
    });
    await sim.userSelect("Sheet1", "B2:C4");
    expect(sim.selection).toEqual({ sheet: "Sheet1", address: "B2:C4" });
    expect(seen).toEqual([
      { type: "WorksheetSelectionChanged", address: "B2:C4", worksheetId: registration.id, source: "Local" },
      { type: "WorkbookSelectionChanged", address: "B2:C4", worksheetId: registration.id, source: "Local" },
    ]);
    // As in Office: remove through the context the handler was added with.
    registration.result.remove();
    await registration.result.context.sync();
    await sim.userSelect("Sheet1", "D5");
    expect(seen.map((a) => a.address)).toEqual(["B2:C4", "B2:C4", "D5"]);
  });

  it("getSelectedRange follows range.select() and userSelect", async () => {
    const sim = new ExcelSimulator();
    await sim.run(async (context) => {
      context.workbook.worksheets.add("Other");
      await context.sync();
      context.workbook.worksheets.getItem("Other").getRange("C3:D4").select();
      const selected = context.workbook.getSelectedRange().load("address");
      await context.sync();
      expect(selected.address).toBe("Other!C3:D4");
    });
    expect(sim.selection).toEqual({ sheet: "Other", address: "C3:D4" });
    await sim.userSelect("Sheet1", "A7");
    const address = await sim.run(async (context) => {
      const range = context.workbook.getSelectedRange().load("address");
      await context.sync();
      return range.address;
    });
    expect(address).toBe("Sheet1!A7");
  });

  it("surfaces a failing handler from userSelect", async () => {
    const sim = new ExcelSimulator();
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").onSelectionChanged.add(async () => {
        throw new Error("handler broke");
      });
    });
    await expect(sim.userSelect("Sheet1", "A2")).rejects.toThrow("handler broke");
  });
});
