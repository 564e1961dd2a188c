/**
 * What real Excel hands a custom function, where a kind simulator would not: error values in
 * cells (allowErrorForDataTypeAny), blanks as 0 (Excel desktop), a shown Total Row inside
 * Commitments[#All], linked data types (Geography) as objects, a data row that reads like a
 * header, ISO-code look-alike partners, and a PIVOT too big for a sheet. Issues 9 and 10.
 */
import { count, exportValue, pivot, quarter, realization, total, toKrw } from "../functions";
import { commitments, failure, SAMPLE_ROWS, serial } from "./commitmentsTable";

/** A CustomFunctions.Error as Excel passes an error cell (code + message), built without Office. */
const customFunctionsError = (code: string) => ({ code, message: "" });
/** The data-types form of the same error (allowCustomDataForDataTypeAny). */
const errorCellValue = (basicValue: string, errorType: string) => ({ type: "Error", basicType: "Error", basicValue, errorType });
/** A Geography cell (linked data type). */
const geography = (text: string) => ({ type: "LinkedEntity", text, id: { culture: "en-US", domainId: "Geography", entityId: text, serviceId: 268 }, properties: {} });

describe("error values in cells (issue 10 item 1)", () => {
  const rows = [
    { id: "E-1", category: "수출", currency: "KRW", amount: 100, amountKrw: 100, status: "체결" },
    { id: "E-2", category: "투자", currency: "IDR", amount: 5, amountKrw: customFunctionsError("#N/A"), status: "체결" },
    { id: "E-3", category: "수출", currency: "MNT", amount: 7, amountKrw: errorCellValue("#N/A", "NotAvailable"), status: "취소" },
  ];

  it("does not stop functions whose rows do not reach the error", () => {
    const table = commitments(rows);
    expect(exportValue(table)).toBe(100);
    expect(count(table)).toBe(2);
    expect(total(table, "Amount (KRW)", ["Category=Export"])).toBe(100);
  });

  it("reports an error in a row that counts with the row/column message", () => {
    const table = commitments(rows);
    expect(failure(() => total(table, "Amount (KRW)"))).toEqual({
      code: "#VALUE!",
      message: expect.stringContaining("Row E-2: 원화환산액 (Amount (KRW)) holds the error #N/A — its formula failed (e.g. a currency missing from FxRates)"),
    });
    expect(failure(() => total(table, "Amount (KRW)", ["Status=취소"])).message).toContain("Row E-3: 원화환산액 (Amount (KRW)) holds the error #N/A");
  });

  it("reads an error in a filter column only for rows that reach that filter", () => {
    const table = commitments([
      { id: "F-1", category: "수출", country: customFunctionsError("#REF!"), amountKrw: 1 },
      { id: "F-2", category: "투자", country: "US", amountKrw: 2 },
    ]);
    expect(exportValue(table)).toBe(1);
    expect(failure(() => exportValue(table, null as never, "미국")).message).toContain("Row F-1: 국가 (Country) holds the error #REF!");
  });

  it("keeps text that merely reads #N/A as text", () => {
    const table = commitments([{ id: "T-1", category: "수출", product: "#N/A", amountKrw: 3 }]);
    expect(exportValue(table, "#N/A")).toBe(3);
  });

  it("passes #N/A in a scalar argument on as #N/A, and other errors as #VALUE! naming them", () => {
    expect(failure(() => quarter(customFunctionsError("#N/A")))).toEqual({ code: "#N/A", message: "COMMIT.QUARTER: date is the error #N/A (from the cell it refers to)." });
    expect(failure(() => toKrw(errorCellValue("#DIV/0!", "Div0"), "USD", [["Currency", "KRW per unit"], ["USD", 1300]]))).toEqual({
      code: "#VALUE!",
      message: "COMMIT.TOKRW: amount is the error #DIV/0! (from the cell it refers to).",
    });
  });
});

describe("blanks passed as 0 by Excel desktop (issue 10 item 2)", () => {
  const planned = { id: "P-1", signed: 0, category: "수출", partner: "Planned Co", country: "US", amountKrw: 0, realizedKrw: 0, status: "추진중" };

  it("reads a planned row with no Signed date (0) as undated instead of failing every aggregate", () => {
    const table = commitments([...SAMPLE_ROWS, planned]);
    expect(count(table, ["Signed>=2019-01-01"])).toBe(5);
    expect(total(table, "Amount (KRW)", ["Category=Export"])).toBe(970_000_000);
    expect(pivot(table, "Country", null as never, "Count", "2019")[1]).toEqual(["US", 3]);
    expect(realization(table)).toBeCloseTo(820 / 2970, 12);
  });

  it("treats an empty product, partner, period or criteria cell (0) as omitted", () => {
    const table = commitments(SAMPLE_ROWS);
    expect(exportValue(table, 0 as never, 0 as never, 0 as never)).toBe(exportValue(table));
    expect(count(table, [0 as never])).toBe(count(table));
    expect(quarter(0)).toBe("");
  });

  it("reads 0 in date, enum, country, currency and text columns as blank, and keeps 0 in numeric columns", () => {
    const table = commitments([
      { id: 0, signed: 0, category: 0, country: 0, currency: 0, partner: 0, product: 0, amountKrw: 5, jobs: 0, status: 0 },
      { id: "Z-2", signed: "2019-01-01", category: "수출", country: "US", currency: "KRW", partner: "P", product: "x", amountKrw: 1, jobs: 2, status: "체결" },
    ]);
    expect(count(table, ["Signed="])).toBe(1);
    expect(count(table, ["Category="])).toBe(1);
    expect(count(table, ["Country="])).toBe(1);
    expect(count(table, ["Currency="])).toBe(1);
    expect(count(table, ["Partner=0"])).toBe(0);
    expect(count(table, ["Jobs=0"])).toBe(1);
    expect(total(table, "Jobs")).toBe(2);
  });

  it("falls back to Amount for a KRW row whose Amount (KRW) is 0 or blank, and refuses a foreign one", () => {
    const table = commitments([
      { id: "K-1", category: "수출", amount: 700, currency: "KRW", amountKrw: 0 },
      { id: "K-2", category: "수출", amount: 50, currency: "원", amountKrw: "" },
    ]);
    expect(exportValue(table)).toBe(750);
    const foreign = commitments([{ id: "U-1", category: "수출", amount: 5, currency: "USD", amountKrw: 0 }]);
    expect(failure(() => exportValue(foreign)).message).toContain("Row U-1: 원화환산액 (Amount (KRW)) is 0 but 금액 (Amount) is 5 (USD)");
  });
});

describe("a shown Total Row inside Commitments[#All] (issue 10 item 4)", () => {
  it("recognises Excel's Total Row label and never counts the row", () => {
    for (const label of ["Total", "요약", "합계"]) {
      const table = commitments(SAMPLE_ROWS);
      const totals = table[0].map((header) => (header === "관리번호" ? label : header === "원화환산액" ? 3_870_000_000 : ""));
      table.push(totals);
      expect(count(table)).toBe(6);
      expect(exportValue(table)).toBe(970_000_000);
      expect(total(table, "원화환산액")).toBe(2_970_000_000);
    }
  });

  it("recognises the label in a leading user column too", () => {
    const table = [
      ["연번", "관리번호", "구분", "원화환산액", "상태"],
      [1, "A-1", "수출", 10, "체결"],
      ["Total", "", "", 10, ""],
    ];
    expect(count(table)).toBe(1);
    expect(exportValue(table)).toBe(10);
  });

  it("refuses a last row that looks like totals without the label, saying what to pass", () => {
    const table = commitments(SAMPLE_ROWS);
    table.push(table[0].map((header) => (header === "원화환산액" ? 3_870_000_000 : "")));
    expect(failure(() => count(table)).message).toContain("looks like the table's Total Row. Pass Commitments[[#Headers],[#Data]]");
  });
});

describe("linked data types (issue 10 item 8)", () => {
  it("reads a Geography cell by its text", () => {
    const table = commitments([
      { id: "G-1", category: "수출", country: geography("United States"), city: geography("Pittsburgh"), amountKrw: 4 },
      { id: "G-2", category: "수출", country: "CA", amountKrw: 1 },
    ]);
    expect(exportValue(table, null as never, "US")).toBe(4);
    expect(exportValue(table, null as never, "pittsburgh")).toBe(4);
    expect(exportValue(table, null as never, geography("United States") as never)).toBe(4);
    expect(pivot(table, "Country")[1]).toEqual(["US", 4]);
  });
});

describe("a data row that reads like a header (issue 9 item 17)", () => {
  it("does not take a data row with the status Signed as the header row", () => {
    const table = commitments(
      [
        { id: "S-1", signed: "2019-11-18", category: "Export", partner: "A Co", country: "US", amountKrw: 1, status: "Signed" },
        { id: "S-2", signed: "2019-11-19", category: "Export", partner: "B Co", country: "US", amountKrw: 2, status: "Signed" },
        { id: "S-3", signed: "2019-11-20", category: "Export", partner: "C Co", country: "US", amountKrw: 3, status: "Signed" },
      ],
      { language: "en" },
    );
    expect(count(table)).toBe(3);
    // Commitments without [#All]: Excel passes the data rows only.
    expect(failure(() => count(table.slice(1))).message).toContain("is not the Commitments header row");
  });

  it("accepts a header row without ID when most of its cells name columns", () => {
    expect(count([["구분", "원화환산액", "비고2"], ["수출", 1, ""]])).toBe(1);
  });
});

describe("two-letter partners that are also ISO codes (issue 9 item 19)", () => {
  const table = commitments([
    { id: "K-1", category: "수출", partner: "SK", country: "KR", amountKrw: 10 },
    { id: "K-2", category: "수출", partner: "Bratislava Foods", country: "SK", amountKrw: 1 },
    { id: "K-3", category: "수출", partner: "Kosice Trade", country: "Slovakia", amountKrw: 2 },
  ]);

  it("matches the partner, not Slovakia, when a Partner cell is that name", () => {
    expect(exportValue(table, null as never, "SK")).toBe(10);
    expect(exportValue(table, null as never, "Slovakia")).toBe(3);
  });

  it("matches the country when no Partner or City cell is that name", () => {
    const noCompany = commitments([
      { id: "K-2", category: "수출", partner: "Bratislava Foods", country: "SK", amountKrw: 1 },
      { id: "K-4", category: "수출", partner: "Seoul Co", country: "KR", amountKrw: 5 },
    ]);
    expect(exportValue(noCompany, null as never, "SK")).toBe(1);
  });
});

describe("PIVOT size guard (issue 9 item 14)", () => {
  it("refuses a grid over 16,384 columns or over the cell limit, suggesting a narrower field or criteria", () => {
    const wide = [["관리번호", "구분", "상대기관", "원화환산액", "상태"]];
    for (let i = 0; i < 16_400; i++) wide.push([`W-${i}`, "수출", `Partner ${i}`, 1 as never, "체결"]);
    const message = failure(() => pivot(wide, "Category", "Partner")).message;
    expect(message).toContain("columns, more than Excel's 16,384");
    expect(message).toContain('fewer distinct values than "Partner"');
    const tall = [["관리번호", "구분", "상대기관", "국가", "원화환산액", "상태"]];
    for (let i = 0; i < 2_000; i++) tall.push([`T-${i}`, "수출", `Partner ${i}`, ["US", "JP", "CA", "DE", "CN", "VN", "FR", "GB", "IT", "ES"][i % 10], `${1 + (i % 100)}` as never, "체결"]);
    expect(failure(() => pivot(tall, "Partner", "원화환산액")).message).toContain("more than PIVOT's limit of 200,000");
    expect(pivot(tall, "Partner", "Country").length).toBe(2_002);
    expect(serial("2019-01-01")).toBe(43466);
  });
});
