/**
 * Issue 10 acceptance: 10,000 rows synced into a 100,000-row table whose first column (연번)
 * the officer keeps by hand, with Excel's auto-expansion off (tableAutoExpand "never") and
 * every k-th operation failing (Excel keeps the operations before a failure). Re-running the
 * same sync until it reports completion leaves exactly the expected rows, nothing below the
 * table, and an empty next plan.
 */
import { ExcelSimulator } from "../../simulator";
import { TABLE_NAME, headerRow } from "../../schema";
import { HEADER, nextPlanIsEmpty, rowsBelowTable, seedRow, syncOnce, type Mode } from "../../../test/support/syncKit";

const MODE: Mode = { tableAutoExpand: "never", growBy: "resize" };
const FAULT_EVERY = 97;

it("10,000 rows into a 100,000-row table with a leading 연번 column, auto-expansion off, a fault every 97th operation", async () => {
  const sim = new ExcelSimulator({ tableAutoExpand: MODE.tableAutoExpand });
  const seed = Array.from({ length: 100_000 }, (_, i) => [i + 1, ...seedRow(i)]);
  sim.debug.addTable("약정", "A1", [["연번", ...headerRow("ko")], ...seed], TABLE_NAME);
  const incoming = [HEADER, ...Array.from({ length: 10_000 }, (_, i) => [`N-${i}`, "창원시", "2020-01-02", "LOI", "수출", `New ${i}`, "VN", "5000", "USD", "추진중", `메모 ${i}`])];

  sim.failEveryOperation(FAULT_EVERY);
  let attempts = 0;
  let outcome = "";
  while (outcome !== "completed" && outcome !== "nothingToDo") {
    attempts++;
    if (attempts > 40) throw new Error("the sync did not converge");
    const run = await syncOnce(sim, incoming, MODE, "takeIncoming").catch(() => null);
    outcome = run?.result.outcome ?? "thrown";
  }
  sim.failEveryOperation(null);
  const faults = sim.syncLog.filter((s) => s.failedAtOperation !== undefined).length;
  expect(faults).toBeGreaterThan(3);

  const table = sim.debug.tableValues(TABLE_NAME);
  expect(table).toHaveLength(1 + 110_000);
  // The first 100,000 rows untouched, in order; then each new row once, in order, its 연번 blank.
  for (let i = 0; i < 100_000; i++) if (table[i + 1][0] !== i + 1 || table[i + 1][1] !== seed[i][1]) throw new Error(`row ${i + 1} changed`);
  const added = table.slice(100_001);
  expect(added.map((r) => r[1])).toEqual(Array.from({ length: 10_000 }, (_, i) => `N-${i}`));
  expect(added.every((r) => r[0] === "")).toBe(true);
  expect(added.map((r) => r[6])).toEqual(Array.from({ length: 10_000 }, (_, i) => `New ${i}`));
  expect(rowsBelowTable(sim)).toEqual([]);
  expect(await nextPlanIsEmpty(sim, incoming)).toBe(true);
}, 120_000);
