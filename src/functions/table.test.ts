import fc from "fast-check";
import { count, exportValue, total } from "./functions";
import { readNumberCell, tableModel } from "./table";
import { commitments, SAMPLE_ROWS, setBlankCell, type Row } from "./spec/commitmentsTable";

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

  it("shares header resolution between calls by the headers' text, which Excel's fresh copies do hit", () => {
    const json = JSON.stringify(commitments(SAMPLE_ROWS));
    // Two formula cells: two JSON copies, as Excel marshals each call's arguments.
    const first = tableModel(JSON.parse(json));
    const second = tableModel(JSON.parse(json));
    expect(second).not.toBe(first);
    expect(second.indexOf).toBe(first.indexOf);
    // A header row with different text resolves afresh.
    const renamed = JSON.parse(json);
    renamed[0][0] = "ID";
    expect(tableModel(renamed).indexOf).not.toBe(first.indexOf);
  });

  it("fails on duplicate headers rather than guessing which to sum", () => {
    expect(() => exportValue([["구분", "원화환산액", "Amount (KRW)"], ["수출", 1, 2]])).toThrow("Duplicate column");
  });
});


/**
 * Properties over messy registers as real Excel passes them: blanks as "" or 0, error values,
 * Geography cells, a shown Total Row. The generator holds what broke before (issue 10 items
 * 1, 2, 4, 8): Signed 0 on planned rows, #N/A in Amount (KRW), linked data types.
 */
describe("messy registers as Excel passes them (properties)", () => {
  const NA = { code: "#N/A", message: "" };
  const geography = (text: string) => ({ type: "LinkedEntity", text, properties: {} });
  const row = fc.record({
    id: fc.constantFrom("A-1", "A-2", "창원-2019-003", "", undefined),
    category: fc.constantFrom("수출", "Export", " export", "투자", "협력", "", "수출입"),
    product: fc.constantFrom("단감", "파프리카", "", " 단감 "),
    signed: fc.constantFrom("2019-11-18", 43787, "", "2019-06-01", "언젠가", "2019", 20191118, "20191118"),
    country: fc.constantFrom("US", "미국", "CA", "", "Narnia", "United States"),
    currency: fc.constantFrom("KRW", "USD", "", "원"),
    amount: fc.oneof(fc.integer({ min: 0, max: 1e6 }), fc.constant("")),
    amountKrw: fc.oneof(fc.integer({ min: 0, max: 1e9 }), fc.constant(""), fc.constant("1,000"), fc.constant("약간"), fc.constant(NA)),
    status: fc.constantFrom("체결", "취소", "", "보류", "Completed"),
  });
  const COLUMNS_USED = ["id", "signed", "category", "country", "product", "amount", "currency", "amountKrw", "status"] as const;
  const outcome = (call: () => number) => {
    try {
      return call();
    } catch (error) {
      // The fallback message says how the blank arrived ("is blank" / "is 0"): the same problem either way.
      // A row without an ID is named by its position, which an inserted row shifts.
      return (error as Error).message.replace(/ is (blank|0) but /, " is blank but ").replace(/Row \d+ of the table/, "Row ? of the table");
    }
  };
  const calls = (table: unknown[][]) => [
    outcome(() => exportValue(table)),
    outcome(() => exportValue(table, "단감", "미국", "2019-Q4")),
    outcome(() => exportValue(table, null as never, "CA", 2019)),
    outcome(() => count(table)),
    outcome(() => count(table, ["Signed>=2019-07-01"])),
    outcome(() => total(table, "Amount (KRW)", ["Category=Export"])),
  ];
  const build = (rows: Row[], blank: "" | 0) => {
    setBlankCell(blank);
    try {
      return commitments(rows, { columns: COLUMNS_USED });
    } finally {
      setBlankCell("");
    }
  };

  it("gives the same values and errors whether blanks arrive as \"\" (web) or 0 (desktop)", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 25 }), (rows: Row[]) => {
        expect(calls(build(rows, 0))).toEqual(calls(build(rows, "")));
      }),
      { numRuns: 300 },
    );
  });

  it("never lets an error cell in a row that does not count change a result", () => {
    const poisoned = (category: string, status: string) =>
      ({ id: "X-9", category, product: "단감", signed: NA, country: NA, currency: NA, amount: NA, amountKrw: NA, status }) as Row;
    fc.assert(
      fc.property(fc.array(row, { maxLength: 25 }), fc.integer({ min: 0, max: 25 }), (rows: Row[], at) => {
        const plain = commitments(rows, { columns: COLUMNS_USED });
        // An investment row is left out of EXPORTVALUE by its Category, a cancelled one out of COUNT by its Status.
        const withInvestment = commitments([...rows.slice(0, at), poisoned("투자", "체결"), ...rows.slice(at)], { columns: COLUMNS_USED });
        expect(outcome(() => exportValue(withInvestment, "단감"))).toEqual(outcome(() => exportValue(plain, "단감")));
        const withCancelled = commitments([...rows.slice(0, at), poisoned("수출", "취소"), ...rows.slice(at)], { columns: COLUMNS_USED });
        expect(outcome(() => count(withCancelled))).toEqual(outcome(() => count(plain)));
      }),
      { numRuns: 300 },
    );
  });

  it("reads Geography cells as their text, and never counts a shown Total Row", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 25 }), (rows: Row[]) => {
        const plain = commitments(rows, { columns: COLUMNS_USED });
        const linked = plain.map((cells, r) => (r === 0 ? cells : cells.map((cell, c) => (c === 3 && typeof cell === "string" && cell !== "" ? geography(cell) : cell))));
        expect(calls(linked)).toEqual(calls(plain));
        const totals = plain[0].map((header) => (header === "관리번호" ? "요약" : header === "원화환산액" ? 123_456 : ""));
        expect(calls([...plain, totals])).toEqual(calls(plain));
      }),
      { numRuns: 200 },
    );
  });
});
