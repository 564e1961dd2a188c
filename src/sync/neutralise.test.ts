import { neutraliseText, toCellInput, wouldBeCoerced } from "./neutralise";
import { storedValue } from "./applyInMemory";

describe("neutralise", () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")'],
    ["+cmd|' /C calc'!A0"],
    ["-2+3"],
    ["@SUM(1)"],
    ["\t=1"],
    ["\r=1"],
    ["'quoted"],
  ])("stores %j as literal text", (text) => {
    const input = toCellInput(text);
    expect(input).toBe(`'${text}`);
    // Excel drops the apostrophe prefix: what the cell holds is the text itself.
    expect(storedValue(input, "")).toBe(text);
  });

  it("leaves ordinary text and numbers alone", () => {
    expect(toCellInput("창원시")).toBe("창원시");
    expect(toCellInput(-5)).toBe(-5);
    expect(toCellInput(43787)).toBe(43787);
    expect(toCellInput(null)).toBe("");
    expect(neutraliseText("a=b")).toBe("a=b");
  });

  it("keeps text Excel would re-type as text (HS codes, numeric IDs, dates, booleans)", () => {
    expect(toCellInput("0303")).toBe("'0303");
    expect(toCellInput("2019-11-18")).toBe("'2019-11-18");
    expect(toCellInput("TRUE")).toBe("'TRUE");
    expect(toCellInput("12:30")).toBe("'12:30");
    expect(wouldBeCoerced("창원-2019-001")).toBe(false);
  });
});
