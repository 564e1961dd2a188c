/**
 * Sync against the places where Excel is harsher than a kind simulator (issue 10 items 3, 4, 8;
 * issue 9 items 5, 11; issue 11 item 9), in every auto-expansion mode and growth method.
 */
import { TABLE_NAME } from "../../schema";
import { mergeState, planSync, resolveConflicts, xmlToPart } from "../../sync";
import { applyPlan, FILTERED_TABLE, readCurrent, readLastSync, SYNC_LOG_SHEET, undoLastSync } from "./sync";
import { HEADER, MODES, modeName, nextPlanIsEmpty, rowsBelowTable, seededSim, seedRow, syncOnce } from "../../../test/support/syncKit";

const id = (i: number) => `창원-2019-${String(i + 1).padStart(3, "0")}`;
const incomingRow = (i: number, status: string, notes: string) => [
  id(i),
  "창원시",
  "2019-11-18",
  "MOU",
  "투자",
  `Partner ${i}`,
  "US",
  String(1000 + i),
  "USD",
  status,
  notes,
];
const newRow = (i: number) => [`N-${i}`, "창원시", "2021-04-01", "LOI", "수출", `New ${i}`, "VN", "5000", "USD", "추진중", ""];

describe.each(MODES.map((mode) => [modeName(mode), mode] as const))("sync in Excel's conditions (%s)", (_name, mode) => {
  it("lands every new row inside a table whose first column (연번) sync does not own, and leaves that column blank", async () => {
    const sim = seededSim([seedRow(0), seedRow(1)], mode, { serial: true });
    const { result } = await syncOnce(sim, [HEADER, newRow(0), newRow(1), newRow(2)], mode);
    expect(result).toMatchObject({ outcome: "completed", inserted: 3 });
    const table = sim.debug.tableValues(TABLE_NAME);
    expect(table.map((r) => r[1])).toEqual(["관리번호", id(0), id(1), "N-0", "N-1", "N-2"]);
    expect(table.slice(1).map((r) => r[0])).toEqual([1, 2, "", "", ""]);
    expect(rowsBelowTable(sim)).toEqual([]);
    expect(await nextPlanIsEmpty(sim, [HEADER, newRow(0), newRow(1), newRow(2)])).toBe(true);
    await undoLastSync(sim.run);
    expect(sim.debug.tableValues(TABLE_NAME).map((r) => r[1])).toEqual(["관리번호", id(0), id(1)]);
  });

  it("appends above a shown Total Row and leaves it as the officer made it; the Total Row is never read as data", async () => {
    const sim = seededSim([seedRow(0), seedRow(1)], mode);
    sim.debug.setShowTotals(TABLE_NAME, true);
    // The officer's own totals: a label and a count in the Notes column.
    sim.debug.setValues("약정", "V4", [["합계 2건"]]);
    const totalsBefore = sim.debug.tableValues(TABLE_NAME)[3];
    const snapshot = await readCurrent(sim.run);
    expect(snapshot.values).toHaveLength(3);
    const { result } = await syncOnce(sim, [HEADER, incomingRow(0, "이행중", "updated"), newRow(0), newRow(1)], mode);
    expect(result).toMatchObject({
      outcome: "completed",
      inserted: 2,
      updated: 1,
    });
    const table = sim.debug.tableValues(TABLE_NAME);
    expect(table.map((r) => r[0])).toEqual(["관리번호", id(0), id(1), "N-0", "N-1", "Total"]);
    expect(table[table.length - 1]).toEqual(totalsBefore);
    expect(sim.debug.table(TABLE_NAME).showTotals).toBe(true);
    expect(rowsBelowTable(sim)).toEqual([]);
    expect(await nextPlanIsEmpty(sim, [HEADER, incomingRow(0, "이행중", "updated"), newRow(0), newRow(1)])).toBe(true);
  });

  it("stops before writing a chunk whose rows were sorted since the last request, and leaves no record for it (issue 9 item 5)", async () => {
    const rows = Array.from({ length: 12 }, (_, i) => seedRow(i));
    const sim = seededSim(rows, mode);
    const incoming = [HEADER, ...Array.from({ length: 12 }, (_, i) => incomingRow(i, "이행중", `second ${i}`))];
    let sorted: unknown[][] | null = null;
    const { result } = await syncOnce(sim, incoming, mode, "takeIncoming", {
      maxChunkBytes: 2000,
      onProgress: (p) => {
        if (p.chunksDone !== 1) return;
        // The officer sorts the table (descending by ID) between the first and second request.
        const body = sim.debug.tableValues(TABLE_NAME).slice(1);
        sorted = [...body].reverse();
        sim.debug.setValues("약정", "A2", sorted);
      },
    });
    expect(result.chunksTotal).toBeGreaterThan(2);
    expect(result.outcome).toBe("stale");
    expect(result.chunksDone).toBe(1);
    expect(result.message?.en).toMatch(/moved|sorted/);
    // Nothing of chunk 2 was written: the table is exactly as the sort left it.
    expect(sim.debug.tableValues(TABLE_NAME).slice(1)).toEqual(sorted);
    // Records exist for chunk 1's rows only.
    const state = (await readCurrent(sim.run)).merged.state;
    const recorded = incoming
      .slice(1)
      .map((r) => String(r[0]))
      .filter((x) => state.records.has(x));
    expect(recorded.length).toBeGreaterThan(0);
    expect(recorded.length).toBe(result.updated);
  });

  it("a sync that only stores records does not replace the undo journal of the last sync that wrote cells (issue 9 item 11)", async () => {
    const sim = seededSim([seedRow(0), seedRow(1), seedRow(2)], mode);
    const before = sim.debug.tableValues(TABLE_NAME);
    await syncOnce(sim, [HEADER, incomingRow(0, "이행중", "changed")], mode);
    const written = await readLastSync(sim.run);
    expect(written).toMatchObject({ updated: 1, appended: 0 });
    // Rows 2 and 3 as they already are: nothing to write, only their first records.
    const same = [HEADER, ...[1, 2].map((i) => incomingRow(i, "체결", ""))];
    const noOp = await syncOnce(sim, same, mode);
    expect(noOp.result).toMatchObject({
      outcome: "completed",
      inserted: 0,
      updated: 0,
    });
    expect(await readLastSync(sim.run)).toEqual(written);
    await undoLastSync(sim.run, { expectRun: written!.run });
    expect(sim.debug.tableValues(TABLE_NAME)).toEqual(before);
    // A second undo with the same run number does nothing.
    expect(await undoLastSync(sim.run, { expectRun: written!.run })).toBeNull();
  });

  it("undo on a filtered table changes nothing and says to clear the filter; after clearing it, undo works (office-js #994)", async () => {
    const sim = seededSim([seedRow(0), seedRow(1)], mode);
    const before = sim.debug.tableValues(TABLE_NAME);
    await syncOnce(sim, [HEADER, incomingRow(0, "이행중", "x"), newRow(0), newRow(1)], mode);
    const after = sim.debug.tableValues(TABLE_NAME);
    sim.debug.filterTable(TABLE_NAME, "상태", ["이행중"]);
    await expect(undoLastSync(sim.run)).rejects.toMatchObject({
      localized: FILTERED_TABLE,
    });
    expect(sim.debug.tableValues(TABLE_NAME)).toEqual(after);
    expect(await readLastSync(sim.run)).not.toBeNull();
    await sim.run(async (context) => {
      context.workbook.tables.getItem(TABLE_NAME).clearFilters();
      await context.sync();
    });
    await undoLastSync(sim.run);
    expect(sim.debug.tableValues(TABLE_NAME)).toEqual(before);
  });

  it("SyncLog records what was written: a run stopped before writing logs 0 inserted, 0 updated (issue 11 item 9)", async () => {
    const sim = seededSim([seedRow(0)], mode);
    const snapshot = await readCurrent(sim.run);
    const plan = resolveConflicts(
      planSync(snapshot.values, [HEADER, incomingRow(0, "이행중", "x"), newRow(0)], { state: snapshot.merged.state, sourceName: "dept.csv" }),
      "takeIncoming",
    );
    // A note typed into the row after the preview: the run stops before writing anything.
    sim.debug.setValues("약정", "V2", [["typed after the preview"]]);
    const result = await applyPlan(sim.run, snapshot, plan, {
      growBy: mode.growBy,
    });
    expect(result).toMatchObject({
      outcome: "stale",
      inserted: 0,
      updated: 0,
    });
    const log = sim.debug.sheetValues(SYNC_LOG_SHEET);
    expect(log[1].slice(2, 4)).toEqual([0, 0]);
    expect(String(log[1][8])).toMatch(/추가 0\/1, 수정 0\/1/);
  });
});

describe("sync-state parts stay under the per-part cap", () => {
  it("a sync whose records would exceed 880 KB in one part writes several parts, each under the cap", async () => {
    const mode = MODES[0];
    const sim = seededSim([seedRow(0)], mode);
    const many = [
      HEADER,
      ...Array.from({ length: 16_000 }, (_, i) => [`N-${i}-${"x".repeat(20)}`, "창원시", "2021-04-01", "LOI", "수출", `P${i}`, "VN", "1", "USD", "추진중", ""]),
    ];
    const { result } = await syncOnce(sim, many, mode);
    expect(result.outcome).toBe("completed");
    const parts = await sim.run(async (context) => {
      const items = context.workbook.customXmlParts.load("items/id");
      await context.sync();
      const xml = items.items.map((p) => p.getXml());
      await context.sync();
      return xml.map((x) => x.value);
    });
    expect(parts.length).toBeGreaterThan(1);
    for (const xml of parts) expect(new TextEncoder().encode(xml).length).toBeLessThanOrEqual(880 * 1024);
    // And the records merge back whole.
    expect(mergeState(parts.map((xml, i) => ({ partId: String(i), part: xmlToPart(xml) }))).state.records.size).toBe(16_000);
  }, 60_000);
});

describe("request budget with the in-request checks", () => {
  it("an update-heavy sync with short IDs keeps every request under the chunk budget (the checks are counted)", async () => {
    const mode = MODES[0];
    const sim = seededSim(Array.from({ length: 3000 }, (_, i) => seedRow(i, { id: `T${i}` })), mode);
    const incoming = [HEADER, ...Array.from({ length: 3000 }, (_, i) => [`T${i}`, "", "", "", "", "", "", "", "", "완료", ""])];
    sim.resetSyncCount();
    const { result } = await syncOnce(sim, incoming, mode, "takeIncoming", { maxChunkBytes: 200_000 });
    expect(result).toMatchObject({ outcome: "completed", updated: 3000 });
    expect(result.chunksTotal).toBeGreaterThan(5);
    for (const record of sim.syncLog) expect(record.requestBytes).toBeLessThanOrEqual(200_000);
  }, 60_000);
});
