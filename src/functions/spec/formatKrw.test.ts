import fc from "fast-check";
import { formatKrw, parseAmount } from "../functions";
import { failure } from "./commitmentsTable";

describe("FORMATKRW", () => {
  it.each([
    [6.7e12, "6조 7,000억 원"],
    [700_000, "70만 원"],
    [12_345_678, "1,234만 5,678 원"],
    [0, "0 원"],
    [-700_000, "-70만 원"],
    [999, "999 원"],
    [10_000_000_000, "100억 원"],
  ])("writes %d as %s", (n, text) => {
    expect(formatKrw(n)).toBe(text);
  });

  it("rounds fractions to the nearest won", () => {
    expect(formatKrw(1234.5)).toBe("1,235 원");
  });

  it("round-trips through PARSEAMOUNT (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(parseAmount(formatKrw(n))).toBe(n === 0 ? 0 : n);
      }),
      { numRuns: 1000 },
    );
  });

  it("is #VALUE! for what is not a number", () => {
    expect(failure(() => formatKrw("70만" as never))).toEqual({ code: "#VALUE!", message: 'COMMIT.FORMATKRW: number must be a number, not "70만".' });
    expect(failure(() => formatKrw(Number.NaN)).code).toBe("#VALUE!");
  });
});
