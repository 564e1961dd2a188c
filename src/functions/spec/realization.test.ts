import { realization } from "../functions";
import { commitments, failure, SAMPLE_ROWS } from "./commitmentsTable";

const table = commitments(SAMPLE_ROWS);

describe("REALIZATION", () => {
  it("divides Realized (KRW) by Amount (KRW) over non-cancelled rows", () => {
    expect(realization(table)).toBeCloseTo(820 / 2970, 12);
    expect(realization(table, ["Category=Investment"])).toBe(0.25);
    expect(realization(table, ["구분=수출"])).toBeCloseTo(320 / 970, 12);
  });

  it("is #VALUE! with the reason when the selected rows commit nothing (#DIV/0! cannot carry a message in Excel)", () => {
    expect(failure(() => realization(table, ["Category=Exchange"]))).toEqual({
      code: "#VALUE!",
      message: expect.stringContaining("COMMIT.REALIZATION: The selected rows commit 0 원"),
    });
    expect(failure(() => realization(table, ["Category=Cooperation"])).code).toBe("#VALUE!");
  });

  it("fails naming the row when a realized cell is text", () => {
    const rows = commitments([{ id: "R-1", amountKrw: 10, realizedKrw: "절반" }]);
    expect(failure(() => realization(rows)).message).toContain('Row R-1: 집행액 (Realized (KRW)) is "절반" — not a number.');
  });

  it("names the missing column", () => {
    expect(failure(() => realization(commitments([{ amountKrw: 1 }]))).message).toContain("Missing column 집행액 (Realized (KRW))");
  });
});
