import { formatKrw, KrwFormatError } from "./index";

describe("formatKrw", () => {
  it.each([
    [6_700_000_000_000, "6조 7,000억 원"],
    [700_000, "70만 원"],
    [12_345_678, "1,234만 5,678 원"],
    [0, "0 원"],
    [-700_000, "-70만 원"],
    [20_121_300_000_000, "20조 1,213억 원"],
    [1000, "1,000 원"],
    [10_000, "1만 원"],
    [100_000_001, "1억 1 원"],
    [9_007_199_254_740_991, "9,007조 1,992억 5,474만 991 원"],
    [1e17, "10경 원"],
  ])("formats %d as %s", (n, text) => {
    expect(formatKrw(n)).toBe(text);
  });

  it("rounds fractions to whole won, halves away from zero", () => {
    expect(formatKrw(0.5)).toBe("1 원");
    expect(formatKrw(-0.5)).toBe("-1 원");
    expect(formatKrw(1234.4)).toBe("1,234 원");
    expect(formatKrw(-0.4)).toBe("0 원");
    expect(formatKrw(-0)).toBe("0 원");
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY], ["5" as unknown as number]])("rejects %p", (value) => {
    expect(() => formatKrw(value)).toThrow(KrwFormatError);
    expect(() => formatKrw(value)).toThrow("is not a number of won");
  });
});
