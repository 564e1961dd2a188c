import fc from "fast-check";
import { exportValue } from "./functions";
import { readNumberCell, tableModel } from "./table";
import { commitments, SAMPLE_ROWS, type Row } from "./spec/commitmentsTable";

describe("table model", () => {
  it("reads numeric cells: numbers, blanks as 0, numeric text with thousands commas", () => {
    expect(readNumberCell(5)).toBe(5);
    expect(readNumberCell("")).toBe(0);
    expect(readNumberCell(null)).toBe(0);
    expect(readNumberCell(" 1,234,567.5 ")).toBe(1_234_567.5);
    expect(readNumberCell("-3")).toBe(-3);
    expect(readNumberCell("1,23")).toBeNaN();
    expect(readNumberCell("약간")).toBeNaN();
    expect(readNumberCell(true)).toBeNaN();
    expect(readNumberCell(".")).toBeNaN();
  });

  it("builds a fresh model for every call: Excel passes each formula cell its own copy, so an identity cache could never hit", () => {
    const table = commitments(SAMPLE_ROWS);
    expect(tableModel(table)).not.toBe(tableModel(table));
    expect(exportValue(table)).toBe(970_000_000);
    // An array changed in place between calls is read afresh (no stale model).
    table[1][table[0].indexOf("원화환산액")] = 1;
    expect(exportValue(table)).toBe(470_000_001);
    table.push(table[1].map((cell, i) => (i === table[0].indexOf("관리번호") ? "창원-2019-999" : cell)));
    expect(exportValue(table)).toBe(470_000_002);
    table[0] = table[0].map((h) => (h === "원화환산액" ? "집행액2" : h));
    expect(() => exportValue(table)).toThrow("Missing column 원화환산액 (Amount (KRW))");
  });

  it("fails on duplicate headers rather than guessing which to sum", () => {
    expect(() => exportValue([["구분", "원화환산액", "Amount (KRW)"], ["수출", 1, 2]])).toThrow("Duplicate column");
  });
});

