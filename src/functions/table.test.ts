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

  it("caches the model by array identity, so repeated calls parse each column once", () => {
    const table = commitments(SAMPLE_ROWS);
    const model = tableModel(table);
    expect(tableModel(table)).toBe(model);
    const first = model.numbers(model.column("amountKrw"));
    exportValue(table, "단감");
    expect(model.numbers(model.column("amountKrw"))).toBe(first);
  });

  it("gives a fresh array (Excel's recalculation) a fresh model and a correct result", () => {
    const table = commitments(SAMPLE_ROWS);
    expect(exportValue(table)).toBe(970_000_000);
    const changed = table.map((row) => [...row]);
    changed[1][changed[0].indexOf("원화환산액")] = 1;
    expect(tableModel(changed)).not.toBe(tableModel(table));
    expect(exportValue(changed)).toBe(470_000_001);
  });

  it("re-reads an array grown in place or given a new header row", () => {
    const table = commitments([{ category: "수출", amountKrw: 1 }]);
    expect(exportValue(table)).toBe(1);
    table.push(["수출", 2]);
    expect(exportValue(table)).toBe(3);
    table[0] = ["구분", "집행액"];
    expect(() => exportValue(table)).toThrow("Missing column 원화환산액 (Amount (KRW))");
  });

  it("fails on duplicate headers rather than guessing which to sum", () => {
    expect(() => exportValue([["구분", "원화환산액", "Amount (KRW)"], ["수출", 1, 2]])).toThrow("Duplicate column");
  });
});

describe("repeated calls on one array (row lists kept with the model)", () => {
  const products = ["단감", "파프리카", "로봇", ""];
  const row = fc.record({
    id: fc.string({ maxLength: 3 }),
    category: fc.constantFrom("수출", "Export", " export", "투자", "협력", "", "수출입"),
    product: fc.constantFrom(...products, " 단감 "),
    signed: fc.constantFrom("2019-11-18", 43787, "", "2019-06-01", "언젠가"),
    country: fc.constantFrom("US", "미국", "CA", "", "Narnia"),
    amountKrw: fc.oneof(fc.integer({ min: 0, max: 1e9 }), fc.constant(""), fc.constant("1,000"), fc.constant("약간")),
    status: fc.constantFrom("체결", "취소", "", "보류"),
  });
  const outcome = (call: () => number) => {
    try {
      return call();
    } catch (error) {
      return (error as Error).message;
    }
  };

  it("gives the same values and the same errors as a fresh array (property)", () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 30 }),
        fc.constantFrom(...products, "단*"),
        fc.constantFrom(null, "미국", "CA"),
        fc.constantFrom(null, "2019-Q4", "2019"),
        (rows: Row[], product, partner, period) => {
          const table = commitments(rows, { columns: ["id", "signed", "category", "country", "product", "amountKrw", "status"] });
          const fresh = () => outcome(() => exportValue(table.map((r) => r) as never, product || (null as never), partner as never, period));
          const expected = fresh();
          for (let i = 0; i < 3; i++) {
            expect(outcome(() => exportValue(table, product || (null as never), partner as never, period))).toEqual(expected);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
