import { ExcelSimulator } from "./index";

describe("atomic rollback of a sync that fails its response limit", () => {
  it("restores cells, table shape, sheets, names and settings exactly", async () => {
    const sim = new ExcelSimulator({ payloadLimitBytes: 8_000 });
    sim.debug.addTable("Data", "A1", [["ID", "Name"], ["a", "x"], ["b", "y"], ["c", "z"]], "T");
    sim.debug.setValues("Data", "A8", [["below the table"]]);
    sim.debug.setValues("Big", "A1", Array.from({ length: 400 }, (_, i) => [`row ${i} with some text`]));
    const before = JSON.stringify(sim.snapshot());
    await expect(
      sim.run(async (context) => {
        const wb = context.workbook;
        const table = wb.tables.getItem("T");
        table.rows.add(0, [["new", "first"]]);
        table.rows.getItemAt(2).delete();
        table.columns.add(undefined, [["Extra"], [1], [2], [3]]);
        table.name = "Renamed";
        wb.worksheets.getItem("Data").getRange("A8:A9").insert("Right" as Excel.InsertShiftDirection);
        wb.worksheets.getItem("Data").copy("End");
        wb.worksheets.add("Fresh").getRange("B2").values = [["x"]];
        wb.names.add("N", "=1");
        wb.settings.add("k", { a: 1 });
        wb.customXmlParts.add("<a xmlns='urn:x'/>");
        wb.worksheets.getItem("Big").getRange("A1:A400").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(JSON.stringify(sim.snapshot())).toBe(before);
    // And the workbook still works afterwards.
    await sim.run(async (context) => {
      context.workbook.tables.getItem("T").getDataBodyRange().getRowsBelow(1).values = [["d", "w"]];
    });
    expect(sim.debug.tableValues("T")).toEqual([["ID", "Name"], ["a", "x"], ["b", "y"], ["c", "z"], ["d", "w"]]);
  });
});
