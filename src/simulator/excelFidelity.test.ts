/**
 * The places where Excel is harsher than a naive simulator (README, "Excel behaviours modelled").
 * Each test names the behaviour and its source.
 */
import { ExcelSimulator, type TableAutoExpand } from "./index";

const HEADER = ["연번", "ID", "Name"];

function seeded(mode?: TableAutoExpand, rows: unknown[][] = [[1, "a", "x"], [2, "b", "y"]]): ExcelSimulator {
  const sim = new ExcelSimulator(mode ? { tableAutoExpand: mode } : {});
  sim.debug.addTable("Data", "A1", [HEADER, ...rows], "T");
  return sim;
}

async function writeBelow(sim: ExcelSimulator, rows: unknown[][]): Promise<void> {
  await sim.run(async (context) => {
    context.workbook.tables.getItem("T").getDataBodyRange().getRowsBelow(rows.length).values = rows;
    await context.sync();
  });
}

describe("tableAutoExpand (office-js #2097, #3191, #3013; AutoCorrect 'include new rows')", () => {
  it("defaults to 'excel'", () => {
    expect(new ExcelSimulator().tableAutoExpand).toBe("excel");
    expect(() => new ExcelSimulator({ tableAutoExpand: "sometimes" as TableAutoExpand })).toThrow(RangeError);
  });

  it("'excel': rows join only while their first cell is non-blank; the rest stay below the table", async () => {
    const sim = seeded();
    await writeBelow(sim, [[3, "c", "z"], ["", "d", "w"], [5, "e", "v"]]);
    expect(sim.debug.table("T").address).toBe("A1:C4");
    // The rows that did not join are still written, as loose cells below the table.
    expect(sim.debug.sheetValues("Data").slice(4)).toEqual([["", "d", "w"], [5, "e", "v"]]);
  });

  it("'excel': null in the first column (a column the writer does not own) grows nothing", async () => {
    const sim = seeded();
    await writeBelow(sim, [[null, "c", "z"]]);
    expect(sim.debug.table("T").address).toBe("A1:C3");
    expect(sim.debug.sheetValues("Data")[3]).toEqual(["", "c", "z"]);
  });

  it("'always' grows by every written row; 'never' by none", async () => {
    const always = seeded("always");
    await writeBelow(always, [["", "c", "z"], [null, "d", "w"]]);
    expect(always.debug.table("T").address).toBe("A1:C5");
    const never = seeded("never");
    await writeBelow(never, [[3, "c", "z"]]);
    expect(never.debug.table("T").address).toBe("A1:C3");
  });

  it("rows.add(undefined, values) (blank first cells too) and table.resize grow the table deterministically in every mode", async () => {
    for (const mode of ["excel", "always", "never"] as const) {
      const sim = seeded(mode);
      await sim.run(async (context) => {
        const table = context.workbook.tables.getItem("T");
        table.rows.add(undefined, [["", "c", "z"], ["", "d", "w"]]);
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one workbook per mode
        await context.sync();
        table.resize("A1:C6");
        table.getDataBodyRange().getRow(4).values = [[null, "e", "v"]];
        const rows = table.rows.load("count");
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one workbook per mode
        await context.sync();
        expect({ mode, count: rows.count }).toEqual({ mode, count: 5 });
      });
      expect(sim.debug.tableValues("T").map((r) => r[1])).toEqual(["ID", "a", "b", "c", "d", "e"]);
    }
  });
});

describe("Total Row (Table[#All] includes it)", () => {
  it("showTotals adds a Total Row inside the table range; getTotalRowRange returns it; the body excludes it", async () => {
    const sim = seeded();
    await sim.run(async (context) => {
      const table = context.workbook.tables.getItem("T");
      table.showTotals = true;
      await context.sync();
      const all = table.getRange().load("address");
      const body = table.getDataBodyRange().load("address");
      const total = table.getTotalRowRange().load("address,values");
      const rows = table.rows.load("count");
      await context.sync();
      expect(all.address).toBe("Data!A1:C4");
      expect(body.address).toBe("Data!A2:C3");
      expect(total.address).toBe("Data!A4:C4");
      expect(total.values[0][0]).toBe("Total");
      expect(rows.count).toBe(2);
    });
    expect(sim.debug.table("T").showTotals).toBe(true);
    expect(sim.debug.tableValues("T")).toHaveLength(4);
  });

  it("getTotalRowRange throws when no Total Row is shown", async () => {
    const sim = seeded();
    await expect(
      sim.run(async (context) => {
        context.workbook.tables.getItem("T").getTotalRowRange().load("address");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("rows.add inserts above the Total Row, which keeps its content; writes below it never join; resize refuses", async () => {
    const sim = seeded("always");
    sim.debug.setShowTotals("T", true);
    sim.debug.setValues("Data", "C4", [["my total"]]);
    await sim.run(async (context) => {
      context.workbook.tables.getItem("T").rows.add(undefined, [[3, "c", "z"]]);
      await context.sync();
    });
    expect(sim.debug.tableValues("T")).toEqual([HEADER, [1, "a", "x"], [2, "b", "y"], [3, "c", "z"], ["Total", "", "my total"]]);
    await sim.run(async (context) => {
      context.workbook.tables.getItem("T").getRange().getRowsBelow(1).values = [[4, "d", "w"]];
      await context.sync();
    });
    expect(sim.debug.table("T").address).toBe("A1:C5");
    await expect(
      sim.run(async (context) => {
        context.workbook.tables.getItem("T").resize("A1:C9");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("hiding the Total Row clears it and shrinks the table", async () => {
    const sim = seeded();
    sim.debug.setShowTotals("T", true);
    sim.debug.setShowTotals("T", false);
    expect(sim.debug.table("T").address).toBe("A1:C3");
    expect(sim.debug.sheetValues("Data")).toHaveLength(3);
  });

  it("showing a Total Row over data below the table is refused (harsher choice)", () => {
    const sim = seeded();
    sim.debug.setValues("Data", "B4", [["note"]]);
    expect(() => sim.debug.setShowTotals("T", true)).toThrow(/Total Row/);
  });
});

describe("requests are not atomic: operation-level faults", () => {
  it("failAtOperation keeps the operations before the failing one and skips the rest", async () => {
    const sim = seeded();
    sim.failAtOperation(1, 5);
    await expect(
      sim.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data"); // op 1
        sheet.getRange("E1").values = [["first"]]; // ops 2 (getRange), 3 (write)
        sheet.getRange("E2").values = [["second"]]; // ops 4, 5 (fails)
        sheet.getRange("E3").values = [["third"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(sim.debug.cell("Data", "E1")).toBe("first");
    expect(sim.debug.cell("Data", "E2")).toBe("");
    expect(sim.debug.cell("Data", "E3")).toBe("");
    expect(sim.lastSyncStats).toMatchObject({ error: "GeneralException", failedAtOperation: 5, operations: 7 });
    // Later syncs work.
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("E3").values = [["again"]];
      await context.sync();
    });
    expect(sim.debug.cell("Data", "E3")).toBe("again");
  });

  it("failEveryOperation fails every k-th operation across syncs until turned off", async () => {
    const sim = seeded();
    sim.failEveryOperation(3);
    const write = (address: string) =>
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange(address).values = [["v"]];
        await context.sync();
      });
    await expect(write("F1")).rejects.toMatchObject({ code: "GeneralException" }); // ops 1, 2, 3 → 3 fails
    await expect(write("F2")).rejects.toMatchObject({ code: "GeneralException" }); // ops 4, 5, 6 → 6 fails
    sim.failEveryOperation(null);
    await write("F3");
    expect([sim.debug.cell("Data", "F1"), sim.debug.cell("Data", "F3")]).toEqual(["", "v"]);
  });
});

describe("selection, filters, custom XML parts, error values", () => {
  it("getSelectedRange throws InvalidSelection for a multi-area or chart selection; handlers still fire", async () => {
    const sim = seeded();
    const seen: string[] = [];
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.onSelectionChanged.add(async (args) => {
        seen.push(args.address);
      });
      sheet.charts.add("ColumnClustered", sheet.getRange("A1:C3")).name = "Chart1";
      await context.sync();
    });
    const selected = () =>
      sim.run(async (context) => {
        const range = context.workbook.getSelectedRange().load("address");
        await context.sync();
        return range.address;
      });
    await sim.userSelect("Data", "A1:B2,D4");
    expect(seen).toEqual(["A1:B2,D4"]);
    await expect(selected()).rejects.toMatchObject({ code: "InvalidSelection" });
    await sim.userSelectChart("Data", "Chart1");
    await expect(selected()).rejects.toMatchObject({ code: "InvalidSelection" });
    await sim.userSelect("Data", "B2");
    expect(await selected()).toBe("Data!B2");
  });

  it("table row deletion does nothing while a filter is applied (office-js #994); clearing the filter makes it work", async () => {
    const sim = seeded();
    sim.debug.filterTable("T", "Name", ["x"]);
    await sim.run(async (context) => {
      const table = context.workbook.tables.getItem("T");
      const filtered = table.autoFilter.load("isDataFiltered");
      await context.sync();
      expect(filtered.isDataFiltered).toBe(true);
      table.rows.deleteRowsAt(0, 1);
      table.rows.getItemAt(1).delete();
      table.getDataBodyRange().getRow(0).delete("Up");
      await context.sync();
    });
    expect(sim.debug.tableValues("T")).toHaveLength(3);
    await sim.run(async (context) => {
      const table = context.workbook.tables.getItem("T");
      table.clearFilters();
      table.rows.deleteRowsAt(0, 1);
      await context.sync();
    });
    expect(sim.debug.tableValues("T").map((r) => r[1])).toEqual(["ID", "b"]);
    expect(sim.debug.table("T").filtered).toBe(false);
  });

  it("custom XML parts over 900 KB are refused (harsher than Word on the web's 1 MB, office-js #2408)", async () => {
    const sim = new ExcelSimulator();
    const xml = (bytes: number) => `<r xmlns="urn:t">${"x".repeat(bytes - 21)}</r>`;
    await sim.run(async (context) => {
      context.workbook.customXmlParts.add(xml(900 * 1024));
      await context.sync();
    });
    await expect(
      sim.run(async (context) => {
        context.workbook.customXmlParts.add(xml(900 * 1024 + 1));
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    const small = new ExcelSimulator({ customXmlPartLimitBytes: 100 });
    await expect(
      small.run(async (context) => {
        context.workbook.customXmlParts.add(xml(101));
        await context.sync();
      }),
    ).rejects.toThrow(/over the 100-byte limit/);
  });

  it("a cell can hold an error value written as a constant, and reads back as one", async () => {
    const sim = new ExcelSimulator();
    sim.debug.setValues("Sheet1", "A1", [["#N/A", "#VALUE!", "text"]]);
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1").load("values,valueTypes");
      await context.sync();
      expect(range.values).toEqual([["#N/A", "#VALUE!", "text"]]);
      expect(range.valueTypes).toEqual([["Error", "Error", "String"]]);
    });
  });
});

describe("Range.find (ExcelApi 1.9)", () => {
  it("finds within a multi-cell range only, throws ItemNotFound when absent, and searches the whole sheet from a single cell", async () => {
    const sim = seeded();
    sim.debug.setValues("Data", "E10", [["a"]]);
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const inWindow = sheet.getRange("B2:B3").find("b", { completeMatch: true, matchCase: true }).load("address");
      const fromCell = sheet.getRange("B2").find("a", { completeMatch: true }).load("address");
      const wildcard = sheet.getRange("A1:C3").find("N*e", {}).load("address");
      const escaped = sheet.getRange("A1:C3").findOrNullObject("N~*e", {}).load("address");
      await context.sync();
      expect(inWindow.address).toBe("Data!B3");
      // B2 holds "a", but a single-cell search starts after it: E10 comes first.
      expect(fromCell.address).toBe("Data!E10");
      expect(wildcard.address).toBe("Data!C1");
      expect(escaped.isNullObject).toBe(true);
    });
    await expect(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("B2:B3").find("c", { completeMatch: true }).load("address");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});
