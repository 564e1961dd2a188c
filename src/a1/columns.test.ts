import fc from "fast-check";
import { columnIndex, columnLetters } from "./columns";

describe("column letters", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16_383, "XFD"],
  ])("column %d is %s", (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
    expect(columnIndex(letters.toLowerCase())).toBe(index);
  });

  it("round-trips every column Excel has", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 16_383 }), (index) => columnIndex(columnLetters(index)) === index));
  });

  it("rejects what is not a column", () => {
    expect(() => columnLetters(-1)).toThrow("Column index -1 is not a non-negative integer.");
    expect(() => columnIndex("A1")).toThrow('"A1" is not a column in A1 notation.');
  });
});
