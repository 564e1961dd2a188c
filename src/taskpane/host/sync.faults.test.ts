/**
 * Excel requests are not transactions: Excel applies the operations before a failing one and
 * skips the rest (simulator: failAtOperation). For every operation of a sync (and of an undo),
 * a failure there followed by running the same sync (undo) again must give exactly the table an
 * uninterrupted run gives: no row lost, none doubled, nothing below the table, and the next
 * plan empty. Issue 9 item 6, issue 10 item 6.
 */
import { ExcelSimulator } from "../../simulator";
import { TABLE_NAME } from "../../schema";
import { undoLastSync } from "./sync";
import { HEADER, MODES, modeName, nextPlanIsEmpty, rowsBelowTable, seededSim, seedRow, syncOnce, type Mode } from "../../../test/support/syncKit";

const OPTIONS = { maxChunkBytes: 2000 };

/** Updates, inserts and ID-less rows over a table with a leading 연번 column; the sync takes several chunks. */
function fixture(mode: Mode) {
  const sim = seededSim(Array.from({ length: 8 }, (_, i) => seedRow(i)), mode, { serial: true });
  const id = (i: number) => `창원-2019-${String(i + 1).padStart(3, "0")}`;
  const first = [HEADER, ...Array.from({ length: 4 }, (_, i) => [id(i), "창원시", "2019-11-18", "MOU", "투자", `Partner ${i}`, "US", String(1000 + i), "USD", "체결", "first"])];
  const second = [
    HEADER,
    ...Array.from({ length: 5 }, (_, i) => [id(i), "창원시", "2019-11-18", "MOU", "투자", `Partner ${i}`, "US", String(1000 + i), "USD", "이행중", `second ${i}`]),
    ...Array.from({ length: 3 }, (_, i) => [`N-${i}`, "창원시", "2021-04-01", "LOI", "수출", `New ${i}`, "VN", "5000", "USD", "추진중", ""]),
    ...Array.from({ length: 3 }, (_, i) => ["", "창원시", `2021-05-0${i + 1}`, "LOI", "수출", `Buyer ${i}`, "JP", "70만불", "", "추진중", "=1+1"]),
  ];
  return { sim, first, second };
}

/** Runs `step` until it reports success (a failure thrown or reported counts as not done). */
async function untilDone(step: () => Promise<boolean>, attempts = 4): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    const done = await step().catch(() => false);
    if (done) return;
  }
  throw new Error(`not done after ${attempts} attempts`);
}

/**
 * Every operation in the default mode (auto-expansion as in Excel, table.resize) and the harshest
 * (auto-expansion off, rows.add); every 4th operation in the other two, to keep the suite's time
 * in bounds on CI.
 */
const SWEEPS = MODES.map((mode, i) => [modeName(mode), mode, i === 0 || i === MODES.length - 1 ? 1 : 4] as const);

describe.each(SWEEPS)("a failure at every operation (%s)", (_name, mode, stride) => {
  it("sync: re-running completes it with exactly the rows of an uninterrupted run", async () => {
    const reference = fixture(mode);
    await syncOnce(reference.sim, reference.first, mode, "takeIncoming", OPTIONS);
    const start = reference.sim.snapshot();
    reference.sim.resetSyncCount();
    const clean = await syncOnce(reference.sim, reference.second, mode, "takeIncoming", OPTIONS);
    expect(clean.result.outcome).toBe("completed");
    expect(clean.result.chunksTotal).toBeGreaterThan(2);
    expect(clean.result.inserted).toBe(6);
    const operations = reference.sim.syncLog.map((s) => s.operations);
    const expected = reference.sim.debug.tableValues(TABLE_NAME);
    expect(expected).toHaveLength(1 + 8 + 6);

    let faults = 0;
    let serial = 0;
    for (let s = 1; s <= operations.length; s++) {
      for (let k = 1; k <= operations[s - 1]; k++) {
        if (serial++ % stride !== 0) continue;
        const sim = ExcelSimulator.fromSnapshot(start, { tableAutoExpand: mode.tableAutoExpand });
        sim.failAtOperation(s, k);
        const first = await syncOnce(sim, reference.second, mode, "takeIncoming", OPTIONS).catch(() => null);
        expect({ s, k, hit: sim.syncLog.some((r) => r.failedAtOperation === k) }).toEqual({ s, k, hit: true });
        faults++;
        if (first?.result.outcome !== "completed") {
          await untilDone(async () => {
            const again = await syncOnce(sim, reference.second, mode, "takeIncoming", OPTIONS);
            return again.result.outcome === "completed" || again.result.outcome === "nothingToDo";
          });
        }
        expect({ s, k, table: sim.debug.tableValues(TABLE_NAME) }).toEqual({ s, k, table: expected });
        expect({ s, k, below: rowsBelowTable(sim) }).toEqual({ s, k, below: [] });
        expect({ s, k, nextPlanEmpty: await nextPlanIsEmpty(sim, reference.second) }).toEqual({ s, k, nextPlanEmpty: true });
      }
    }
    expect(faults).toBe(Math.ceil(operations.reduce((a, b) => a + b, 0) / stride));
    expect(faults).toBeGreaterThan(50);
  }, 240_000);

  it("undo: re-running completes it and restores the table as it was before the sync", async () => {
    const reference = fixture(mode);
    await syncOnce(reference.sim, reference.first, mode, "takeIncoming", OPTIONS);
    const before = reference.sim.debug.tableValues(TABLE_NAME);
    await syncOnce(reference.sim, reference.second, mode, "takeIncoming", OPTIONS);
    const start = reference.sim.snapshot();
    reference.sim.resetSyncCount();
    const summary = await undoLastSync(reference.sim.run, { maxChunkBytes: 600 });
    expect(reference.sim.debug.tableValues(TABLE_NAME)).toEqual(before);
    const operations = reference.sim.syncLog.map((s) => s.operations);
    const run = summary!.run;

    let serial = 0;
    for (let s = 1; s <= operations.length; s++) {
      for (let k = 1; k <= operations[s - 1]; k++) {
        if (serial++ % stride !== 0) continue;
        const sim = ExcelSimulator.fromSnapshot(start, { tableAutoExpand: mode.tableAutoExpand });
        sim.failAtOperation(s, k);
        await untilDone(async () => {
          await undoLastSync(sim.run, { maxChunkBytes: 600, expectRun: run });
          return true;
        });
        expect({ s, k, table: sim.debug.tableValues(TABLE_NAME) }).toEqual({ s, k, table: before });
        // The records are back to the first sync's: the second batch plans the same work again.
        const replay = await syncOnce(sim, reference.second, mode, "takeIncoming", OPTIONS);
        expect({ s, k, result: replay.result.outcome, inserted: replay.result.inserted }).toEqual({ s, k, result: "completed", inserted: 6 });
      }
    }
  }, 240_000);
});
