import { ExcelSimulator } from "./index";

function rows(count: number, text: string): string[][] {
  return Array.from({ length: count }, () => [text, text, text, text]);
}

describe("sync accounting", () => {
  it("throws RequestPayloadSizeLimitExceeded for a sync over 5 MB and applies nothing from it", async () => {
    const sim = new ExcelSimulator();
    const big = rows(20_000, "가나다라마바사아자차카타파하".repeat(2)); // ~84 bytes UTF-8 per cell → ~6.7 MB
    const error = await sim
      .run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("F1").values = [["small write in the same sync"]];
        sheet.getRange("A1:D20000").values = big;
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "RichApi.Error", code: "RequestPayloadSizeLimitExceeded" });
    expect(sim.debug.cell("Sheet1", "F1")).toBe("");
    expect(sim.debug.sheetValues("Sheet1")).toEqual([]);
    expect(sim.lastSyncStats?.requestBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  it("accepts the same data split into syncs under the limit and logs their sizes", async () => {
    const sim = new ExcelSimulator();
    const half = rows(10_000, "가나다라마바사아자차카타파하".repeat(2));
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:D10000").values = half;
      await context.sync();
      sheet.getRange("A10001:D20000").values = half;
      await context.sync();
    });
    expect(sim.syncCount).toBe(2);
    expect(sim.syncLog.every((s) => s.requestBytes <= 5 * 1024 * 1024)).toBe(true);
    expect(sim.debug.cell("Sheet1", "D20000")).toBe(half[0][0]);
  });

  it("throws ResponsePayloadSizeLimitExceeded when a load is too big (configurable limit)", async () => {
    const sim = new ExcelSimulator({ payloadLimitBytes: 1000 });
    sim.debug.setValues("Sheet1", "A1", rows(100, "x".repeat(20)));
    await expect(
      sim.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:D100").load("values");
        context.workbook.worksheets.getItem("Sheet1").getRange("Z1").values = [["not applied"]];
        await context.sync();
        return range;
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(sim.debug.cell("Sheet1", "Z1")).toBe("");
  });

  it("counts every sync, including the implicit one at the end of a batch", async () => {
    const sim = new ExcelSimulator();
    await sim.run(async (context) => {
      await context.sync();
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
    });
    expect(sim.syncCount).toBe(3);
    await sim.run(async () => undefined);
    expect(sim.syncCount).toBe(3);
    sim.resetSyncCount();
    expect(sim.syncCount).toBe(0);
    expect(sim.syncLog).toEqual([]);
  });

  it("failAtSync makes exactly the k-th sync fail atomically, later syncs work", async () => {
    const sim = new ExcelSimulator();
    sim.debug.addTable("Sheet1", "A1", [["ID", "Name"], ["1", "a"]], "T");
    sim.failAtSync(2);
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("D1").values = [["first"]];
      await context.sync();
      const table = context.workbook.tables.getItem("T");
      table.getDataBodyRange().getRowsBelow(1).values = [["2", "b"]];
      table.name = "Renamed";
      context.workbook.worksheets.add("New");
      context.workbook.settings.add("k", 1);
      await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
      context.workbook.worksheets.getItem("Sheet1").getRange("D2").values = [["third"]];
      await context.sync();
    });
    expect(sim.debug.cell("Sheet1", "D1")).toBe("first");
    expect(sim.debug.cell("Sheet1", "D2")).toBe("third");
    expect(sim.debug.tableValues("T")).toEqual([["ID", "Name"], [1, "a"]]);
    expect(sim.debug.sheetNames()).toEqual(["Sheet1"]);
    expect(sim.snapshot().settings).toEqual([]);
    expect(sim.syncCount).toBe(3);
    expect(sim.syncLog.map((s) => s.error)).toEqual([undefined, "GeneralException", undefined]);
  });

  it("records suspendApiCalculationUntilNextSync per sync", async () => {
    const sim = new ExcelSimulator();
    await sim.run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      context.application.suspendScreenUpdatingUntilNextSync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [[2]];
    });
    expect(sim.suspendCalls).toEqual({ apiCalculation: 1, screenUpdating: 1 });
    expect(sim.syncLog.map((s) => s.apiCalculationSuspended)).toEqual([true, false]);
  });
});
