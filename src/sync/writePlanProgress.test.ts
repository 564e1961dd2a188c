/** Sync never writes over schema 2's SUMIFS columns: new rows get the formula, updates leave them. */
import { buildWritePlan } from "./writePlan";
import type { SyncPlan } from "./planSync";

const SUM = "=SUMIFS(Progress[원화환산액],Progress[관리번호],[@관리번호])";

describe("buildWritePlan with schema 2's calculated columns", () => {
  it("writes the formula into new rows and nothing into updated rows' Realized (KRW)", () => {
    const plan = {
      conflicts: [],
      tableColumns: ["id", "partner", "realizedKrw", "updated"],
      sourceName: "부서.csv",
      blankBodyRow: false,
      inserts: [{ id: "A-2", cells: { id: "A-2", partner: "P", realizedKrw: 999 }, record: null, originKey: null }],
      updates: [
        {
          id: "A-1",
          position: 0,
          cells: { id: "A-1", partner: "Q", realizedKrw: 5 },
          diffs: [{ column: "partner" }, { column: "realizedKrw" }],
          before: ["A-1", "P", 0, 1],
          record: null,
          originKey: null,
        },
      ],
      unchanged: [],
    } as unknown as SyncPlan;
    const writes = buildWritePlan(plan, { now: 0, amountKrwFormula: null, progressFormulas: new Map([["realizedKrw", SUM]]) });
    const chunk = writes.chunks[0];
    expect(chunk.append?.[0][2]).toBe(SUM);
    expect(chunk.updates[0].values[0]).toEqual([null, "Q", null, expect.any(Number)]);
  });
});
