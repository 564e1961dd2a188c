import fc from "fast-check";
import { exportValue } from "../functions";
import { commitments, failure, SAMPLE_ROWS, serial, type Row } from "./commitmentsTable";

const table = commitments(SAMPLE_ROWS);

describe("EXPORTVALUE", () => {
  it("sums Amount (KRW) over export rows, leaving out cancelled (취소) and non-export rows", () => {
    expect(exportValue(table)).toBe(970_000_000);
    expect(exportValue(table, undefined, undefined, undefined)).toBe(970_000_000);
  });

  it("matches product case-insensitively after trimming, with * and ? wildcards", () => {
    expect(exportValue(table, "단감")).toBe(850_000_000);
    expect(exportValue(table, "  단감 ")).toBe(850_000_000);
    expect(exportValue(table, "단*")).toBe(850_000_000);
    expect(exportValue(table, "파?리카")).toBe(120_000_000);
    expect(exportValue(table, "*")).toBe(970_000_000);
    expect(exportValue(table, "사과")).toBe(0);
    const english = commitments([
      { category: "Export", product: "Sweet Persimmon", amountKrw: 10 },
      { category: "Export", product: "Persimmon*", amountKrw: 5 },
    ]);
    expect(exportValue(english, "sweet persimmon")).toBe(10);
    expect(exportValue(english, "persimmon~*")).toBe(5);
  });

  it("reads an all-digit product as an HS code prefix, restoring the leading zero Excel drops", () => {
    expect(exportValue(table, "0810")).toBe(850_000_000);
    expect(exportValue(table, "081070")).toBe(850_000_000);
    expect(exportValue(table, "0709")).toBe(120_000_000);
    expect(exportValue(table, "0811")).toBe(0);
    // A cell holding 0810 typed as a number reaches the function as 810.
    expect(exportValue(table, 810 as never)).toBe(850_000_000);
    expect(exportValue(table, 81070 as never)).toBe(850_000_000);
  });

  it("matches partner by Partner, City, or country code / Korean / English name", () => {
    for (const partner of ["US", "us", "미국", "United States", "USA"]) expect(exportValue(table, null as never, partner)).toBe(670_000_000);
    expect(exportValue(table, undefined, "toronto foods")).toBe(300_000_000);
    expect(exportValue(table, undefined, " Toronto ")).toBe(300_000_000);
    expect(exportValue(table, undefined, "캐나다")).toBe(300_000_000);
    expect(exportValue(table, "단감", "미국")).toBe(550_000_000);
  });

  it("filters on the Signed date by year, quarter, half, month or range; rows without a date fall outside", () => {
    expect(exportValue(table, undefined, undefined, 2019)).toBe(920_000_000);
    expect(exportValue(table, undefined, undefined, "2019")).toBe(920_000_000);
    expect(exportValue(table, undefined, undefined, "2019-Q4")).toBe(800_000_000);
    expect(exportValue(table, undefined, undefined, "2019Q4")).toBe(800_000_000);
    expect(exportValue(table, undefined, undefined, "2019년 4분기")).toBe(800_000_000);
    expect(exportValue(table, undefined, undefined, "2019-H1")).toBe(120_000_000);
    expect(exportValue(table, undefined, undefined, "2019년 상반기")).toBe(120_000_000);
    expect(exportValue(table, undefined, undefined, "2019-11")).toBe(800_000_000);
    expect(exportValue(table, undefined, undefined, "2019-06-01~2019-11-12")).toBe(620_000_000);
    expect(exportValue(table, undefined, undefined, "2020")).toBe(0);
  });

  it("combines product, partner and period (the issue's example)", () => {
    expect(exportValue(table, "단감", "미국", "2019-Q4")).toBe(500_000_000);
  });

  it("reads messy cells: English/any-case categories, numeric text with commas, date serials", () => {
    const messy = commitments([
      { id: "A-1", signed: serial("2019-11-18"), category: "  EXPORT", amountKrw: "1,234,567" },
      { id: "A-2", signed: "2019.11.20", category: "수출", amountKrw: 1000 },
      { id: "A-3", signed: "2019년 12월 1일", category: "export", amountKrw: "" },
    ]);
    expect(exportValue(messy, undefined, undefined, "2019-Q4")).toBe(1_235_567);
  });

  it("uses Amount when Amount (KRW) is blank and Currency is KRW", () => {
    const rows = commitments([
      { id: "K-1", category: "수출", amount: 700_000, currency: "원", amountKrw: "" },
      { id: "K-2", category: "수출", amount: "1,000", currency: "KRW", amountKrw: "" },
      { id: "K-3", category: "수출", amount: 5, currency: "KRW", amountKrw: 9 },
    ]);
    expect(exportValue(rows)).toBe(701_009);
  });

  it("fails when a foreign amount has no won value, rather than counting it as 0", () => {
    const rows = commitments([{ id: "U-1", category: "수출", amount: 700_000, currency: "USD", amountKrw: "" }]);
    expect(failure(() => exportValue(rows))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/Row U-1: 원화환산액 \(Amount \(KRW\)\) is (blank|0) but 금액 \(Amount\) is 700000 \(USD\)/),
    });
  });

  it("fails naming the row ID and column when a contributing numeric cell is text", () => {
    const rows = commitments([
      { id: "창원-2019-003", category: "수출", amountKrw: "약간" },
      { id: "창원-2019-004", category: "수출", amountKrw: 1 },
    ]);
    expect(failure(() => exportValue(rows))).toEqual({
      code: "#VALUE!",
      message: 'COMMIT.EXPORTVALUE: Row 창원-2019-003: 원화환산액 (Amount (KRW)) is "약간" — not a number.',
    });
  });

  it("names the data row when the ID is blank", () => {
    const rows = commitments([{ id: "", category: "수출", amountKrw: "n/a" }]);
    expect(failure(() => exportValue(rows)).message).toContain('Row 1 of the table (no 관리번호 (ID)): 원화환산액 (Amount (KRW)) is "n/a"');
  });

  it("fails on a category it cannot read, since the row might be an export", () => {
    const rows = commitments([{ id: "B-1", category: "수출입", amountKrw: 1 }]);
    expect(failure(() => exportValue(rows)).message).toContain('Row B-1: 구분 (Category) is "수출입" — not one of 수출/Export');
  });

  it("fails on an unreadable Signed date when filtering by period", () => {
    const rows = commitments([{ id: "D-1", category: "수출", signed: "지난주", amountKrw: 1 }]);
    expect(exportValue(rows)).toBe(1);
    expect(failure(() => exportValue(rows, undefined, undefined, "2019")).message).toContain('Row D-1: 체결일 (Signed) is "지난주" — not a date');
  });

  it("fails with the accepted forms for a malformed period", () => {
    const { code, message } = failure(() => exportValue(table, undefined, undefined, "2019-Q5"));
    expect(code).toBe("#VALUE!");
    expect(message).toContain('"2019-Q5" is not a period. Accepted forms: 2019 (year), 2019-Q4');
    expect(message).toContain("2019-01-01~2019-06-30 (inclusive range)");
  });

  it("works on a table that omits columns it does not use, and names a missing one it needs", () => {
    const narrow = commitments([{ category: "수출", amountKrw: 7 }]);
    expect(exportValue(narrow)).toBe(7);
    expect(failure(() => exportValue(narrow, "단감")).message).toContain("Missing column 품목 (Product) (needed for product \"단감\"). Headers found: 구분, 원화환산액.");
    expect(failure(() => exportValue(narrow, "0810")).message).toContain("Missing column HS코드 (HS code)");
    expect(failure(() => exportValue(narrow, undefined, undefined, "2019")).message).toContain("Missing column 체결일 (Signed)");
    expect(failure(() => exportValue(commitments([{ category: "수출" }]))).message).toContain("Missing column 원화환산액 (Amount (KRW))");
  });

  it("accepts English, key and oddly spaced headers", () => {
    const english = commitments(SAMPLE_ROWS, { language: "en" });
    expect(exportValue(english, "단감", "미국", "2019-Q4")).toBe(500_000_000);
    const keyed = [["category", " AMOUNT  (KRW) "], ["Export", 3]];
    expect(exportValue(keyed)).toBe(3);
  });

  it("rejects a table argument without the header row", () => {
    expect(failure(() => exportValue([["창원-2019-001", "수출", 5]])).message).toContain("is not the Commitments header row: it has no 관리번호 (ID) header");
    expect(failure(() => exportValue([["창원-2019-001", "수출", 5]])).message).toContain("Pass Commitments[[#Headers],[#Data]]");
    expect(failure(() => exportValue("Commitments" as never)).message).toContain("table must be a range with its header row");
  });

  it("equals the unfiltered total when summed over every product (property)", () => {
    const products = ["단감", "파프리카", "Sweet Persimmon", "로봇", ""];
    const row = fc.record({
      category: fc.constantFrom("수출", "Export", "투자", "협력"),
      product: fc.constantFrom(...products),
      amountKrw: fc.oneof(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 1e9 }).map((n) => n.toLocaleString("en-US")), fc.constant("")),
      status: fc.constantFrom("체결", "취소", "Completed", ""),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows: Row[]) => {
        const t = commitments(rows, { columns: ["category", "product", "amountKrw", "status"] });
        const perProduct = products.filter((p) => p !== "").reduce((sum, p) => sum + exportValue(t, p), 0);
        const blankProduct = exportValue(t) - exportValue(t, "*");
        expect(perProduct + blankProduct).toBe(exportValue(t));
      }),
    );
  });
});
