import fc from "fast-check";
import { COLUMNS, headerRow, type ColumnKey } from "../schema";
import { planSync, type SyncPlan } from "./planSync";
import { EMPTY_SYNC_STATE } from "./syncState";

/**
 * planSync indexes only the IDs the batch names when every incoming row has an ID, and every ID of
 * the table otherwise. Both must plan the same: adding a row without an ID that is rejected anyway
 * (too many cells) switches to the full index and must change nothing but that one rejection.
 */
const ID_POOL = ["창원-2019-001", "창원-2019-002", "창원-2020-001", "X-1", " X-1 ", "X-2", "", 7];

const tableRow = fc.record({ id: fc.constantFrom(...ID_POOL), jobs: fc.integer({ min: 0, max: 9 }) }).map(({ id, jobs }) => {
  const values: Partial<Record<ColumnKey, unknown>> = { id, agency: "창원시", instrument: "양해각서(MOU)", category: "투자", partner: "Acme", country: "US", status: "체결", jobs };
  return COLUMNS.map((c) => values[c.key] ?? "");
});
const HEADER = ["ID", "Agency", "Instrument", "Category", "Partner", "Country", "Status", "Jobs"];
const incomingRow = fc
  .record({ id: fc.constantFrom("창원-2019-001", "창원-2019-002", "X-1", "X-1 ", "X-3", "7"), jobs: fc.integer({ min: 0, max: 9 }), status: fc.constantFrom("체결", "Completed", "nope") })
  .map(({ id, jobs, status }) => [id, "창원시", "MOU", "Investment", "Acme", "US", status, jobs]);
const OVERFLOW_ROW = ["", "창원시", "MOU", "Investment", "Acme", "US", "체결", 1, "an extra cell"];

function withoutLastRejection(plan: SyncPlan, sourceRow: number): SyncPlan {
  return { ...plan, rejected: plan.rejected.filter((r) => r.sourceRow !== sourceRow) };
}

describe("planSync ID index", () => {
  it("plans a batch whose rows all have IDs exactly as with the full index of table IDs", () => {
    fc.assert(
      fc.property(fc.array(tableRow, { minLength: 1, maxLength: 8 }), fc.array(incomingRow, { minLength: 1, maxLength: 6 }), (table, rows) => {
        const current = [headerRow("ko"), ...table];
        const options = { state: EMPTY_SYNC_STATE, sourceName: "ids.csv" };
        const targeted = planSync(current, [HEADER, ...rows], options);
        const full = planSync(current, [HEADER, ...rows, OVERFLOW_ROW], options);
        expect(full.rejected).toHaveLength(targeted.rejected.length + 1);
        expect(withoutLastRejection(full, rows.length + 2)).toEqual(targeted);
      }),
      { numRuns: 300 },
    );
  });
});
