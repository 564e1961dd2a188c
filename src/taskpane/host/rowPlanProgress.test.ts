/** Saving a commitment never overwrites schema 2's SUMIFS columns (Realized (KRW), Jobs created). */
import { COLUMNS, headerRow } from "../../schema";
import { amountKrwFormula } from "../../schema/formulas";
import { commitmentProgressFormulas } from "../../schema/progressFormulas";
import { planRowWrite } from "./rowPlan";

const headers = headerRow("ko");
const index = (key: string) => COLUMNS.findIndex((c) => c.key === key);
const formulas = headers.map((_, i) =>
  i === index("amountKrw") ? amountKrwFormula("ko") : i === index("realizedKrw") ? commitmentProgressFormulas("ko").realizedKrw : i === index("jobsCreated") ? commitmentProgressFormulas("ko").jobsCreated : "",
);
const values = { id: "창원-2019-001", agency: "창원시", instrument: "MOU", category: "수출", partner: "P", country: "US", status: "체결", amount: 100, currency: "KRW", realizedKrw: 5, jobsCreated: 2 };

describe("planRowWrite on a schema-2 table", () => {
  it("does not check a SUMIFS result as if typed: realized progress on a commitment without an amount saves", () => {
    const { amount: _a, currency: _c, ...withoutAmount } = values;
    const plan = planRowWrite({ headers, ids: ["창원-2019-001"], firstRowFormulas: formulas }, { values: withoutAmount, target: { rowIndex: 0, id: "창원-2019-001", sheetRow: 2 } } as never, 0);
    expect(plan.cells.has(index("realizedKrw"))).toBe(false);
  });

  it("keeps the SUMIFS columns out of an update and writes their formulas into an appended row", () => {
    const update = planRowWrite({ headers, ids: ["창원-2019-001", "X"], firstRowFormulas: formulas }, { values, target: { rowIndex: 0, id: "창원-2019-001", sheetRow: 2 } } as never, 0);
    expect(update.mode).toBe("update");
    for (const key of ["amountKrw", "realizedKrw", "jobsCreated"]) expect(update.cells.has(index(key))).toBe(false);
    const append = planRowWrite({ headers, ids: ["X", "Y"], firstRowFormulas: formulas }, { values: { ...values, id: "" }, target: null }, 0);
    expect(append.fullRow![index("realizedKrw")]).toBe(commitmentProgressFormulas("ko").realizedKrw);
    expect(append.fullRow![index("jobsCreated")]).toBe(commitmentProgressFormulas("ko").jobsCreated);
  });

  it("writes a hand-typed Realized (KRW) as typed on a table not yet upgraded", () => {
    const plain = headers.map((_, i) => (i === index("amountKrw") ? amountKrwFormula("ko") : 7));
    const update = planRowWrite({ headers, ids: ["창원-2019-001"], firstRowFormulas: plain }, { values, target: { rowIndex: 0, id: "창원-2019-001", sheetRow: 2 } } as never, 0);
    expect(update.cells.get(index("realizedKrw"))).toBe(5);
  });
});
