import { ExcelSimulator } from "../../simulator";
import { jsonBytes } from "../../payload/jsonBytes";
import { readTableValues, readTablesValues } from "./tableReads";

const HEADER = ["ID", "Name", "Note"];
const NOTE = "방문단 후속 협의 예정, 세부 일정은 담당 부서에서 확인 중. ".repeat(3);
const body = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => [`${prefix}-${i + 1}`, `name ${i}`, `${NOTE}${i}`]);

describe("readTablesValues", () => {
  it("reads two short tables, header first, in the one request that also carries the caller's loads", async () => {
    const sim = new ExcelSimulator();
    sim.debug.addTable("Sheet1", "A1", [HEADER, ...body(500, "A")], "A");
    sim.debug.addTable("Sheet1", "E3", [HEADER, ...body(3, "B")], "B");
    sim.debug.setValues("Sheet1", "A600", [["below A, not in it"]]);
    sim.resetSyncCount();
    const [a, b, extra] = await sim.run(async (context) => {
      let cell: Excel.Range | null = null;
      const read = await readTablesValues(context, [context.workbook.tables.getItem("A"), context.workbook.tables.getItem("B")], () => {
        cell = context.workbook.worksheets.getItem("Sheet1").getRange("A600").load("values");
      });
      return [...read, (cell as unknown as Excel.Range).values[0][0]];
    });
    expect(sim.syncCount).toBe(1);
    expect(a).toEqual([HEADER, ...body(500, "A")]);
    expect(b).toEqual([HEADER, ...body(3, "B")]);
    expect(extra).toBe("below A, not in it");
  });

  it("reads a body over the 5 MB response cap in blocks, every response under the cap, and never the Total Row", async () => {
    const sim = new ExcelSimulator();
    const rows = body(30_000, "Big");
    sim.debug.addTable("Sheet1", "A1", [HEADER, ...rows], "Big");
    sim.debug.setShowTotals("Big", true);
    expect(jsonBytes(rows)).toBeGreaterThan(5 * 1024 * 1024);
    // One load of the whole body is refused, as in Excel on the web.
    await expect(
      sim.run(async (context) => {
        context.workbook.tables.getItem("Big").getDataBodyRange().load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    sim.resetSyncCount();
    const start = sim.syncLog.length;
    const values = await sim.run((context) => readTableValues(context, context.workbook.tables.getItem("Big")));
    expect(values).toEqual([HEADER, ...rows]);
    expect(sim.syncCount).toBeGreaterThan(2);
    expect(sim.syncLog.slice(start).every((s) => s.error === undefined && s.responseBytes < 5 * 1024 * 1024)).toBe(true);
  });

  it("falls back to headers and sizes first when the samples together pass the cap", async () => {
    // A 400 KB cap: each 500-row sample (~135 KB) fits, but not six of them in one request.
    const sim = new ExcelSimulator({ payloadLimitBytes: 400 * 1024 });
    const tables = ["Part1", "Part2", "Part3", "Part4", "Part5", "Part6"];
    tables.forEach((name, i) => sim.debug.addTable("Sheet1", `${String.fromCharCode(65 + i * 4)}1`, [HEADER, ...body(700, name)], name));
    const read = await sim.run((context) => readTablesValues(context, tables.map((name) => context.workbook.tables.getItem(name)), undefined, { budgetBytes: 300 * 1024 }));
    expect(read).toEqual(tables.map((name) => [HEADER, ...body(700, name)]));
    expect(sim.syncLog.some((s) => s.error === "ResponsePayloadSizeLimitExceeded")).toBe(true);
  });

  it("reads a table whose body ends within 500 rows of the sheet's last row", async () => {
    const sim = new ExcelSimulator();
    sim.debug.addTable("Sheet1", "A1048570", [HEADER, ...body(6, "Bottom")], "Bottom");
    const values = await sim.run((context) => readTableValues(context, context.workbook.tables.getItem("Bottom")));
    expect(values).toEqual([HEADER, ...body(6, "Bottom")]);
    // The 500-row sample would run off the sheet: that request is refused and the read goes on without it.
    expect(sim.syncLog.map((s) => s.error)).toEqual(["InvalidArgument", undefined, undefined]);
  });
});
