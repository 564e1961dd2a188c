import { headerRow, isoToSerial } from "../schema";
import { PROBLEM_CODES, countByCode } from "./problems";
import { validateTable } from "./validateTable";
import { PROGRESS_PROBLEM_CODES } from "./progressRules";

const EN = headerRow("en");
const KO = headerRow("ko");

function rowOf(header: string[], cells: Record<string, unknown>): unknown[] {
  return header.map((h) => (h in cells ? cells[h] : ""));
}

const signed = isoToSerial("2019-11-18");
const good = {
  ID: "CW-2019-001",
  Agency: "Changwon",
  Signed: signed,
  Instrument: "MOU",
  Category: "Investment",
  Partner: "Acme",
  Country: "US",
  Amount: 700000,
  Currency: "USD",
  "Amount (KRW)": 1_029_000_000,
  Status: "Signed",
};

describe("validateTable", () => {
  it("finds every kind of problem in a bad table", () => {
    const values = [
      EN,
      rowOf(EN, good),
      rowOf(EN, { ...good, ID: "CW-2019-002", Agency: "" }),
      rowOf(EN, { ...good, ID: "CW-2019-003", Instrument: "Handshake" }),
      rowOf(EN, { ...good, ID: "CW-2019-004", Country: "Narnia" }),
      rowOf(EN, { ...good, ID: "CW-2019-005", Currency: "ZZZ" }),
      rowOf(EN, { ...good, ID: "CW-2019-006", Amount: -1 }),
      rowOf(EN, { ...good, ID: "CW-2019-007", Amount: "lots" }),
      rowOf(EN, { ...good, ID: "CW-2019-008", "Realized (KRW)": 2_000_000_000 }),
      rowOf(EN, { ...good, ID: "CW-2019-001" }),
      rowOf(EN, { ...good, ID: "CW-2019-010", Signed: "", Status: "Completed" }),
      rowOf(EN, { ...good, ID: "CW-2019-011", Due: signed - 1 }),
      rowOf(EN, { ...good, ID: "CW-2019-012", Currency: "BRL", "Amount (KRW)": "#N/A" }),
      rowOf(EN, { ...good, ID: "CW-2019-013", Signed: "someday" }),
      rowOf(EN, { ...good, ID: "CW-2019-014", "HS code": "ABC" }),
      rowOf(EN, { ...good, ID: "CW-2019-015", Amount: "", Currency: "", "Amount (KRW)": "", "Realized (KRW)": 5_000_000 }),
      rowOf(EN, { ...good, ID: "CW-2019-016", Notes: "가".repeat(32_768) }),
      rowOf(EN, {}),
    ];
    const problems = validateTable(values, { fxCurrencies: new Set(["USD", "EUR"]) });
    const seen = problems.map((p) => [p.id, p.column, p.code]);
    expect(seen).toEqual([
      ["CW-2019-001", "id", "duplicateId"],
      ["CW-2019-002", "agency", "required"],
      ["CW-2019-003", "instrument", "unknownEnum"],
      ["CW-2019-004", "country", "badCountry"],
      ["CW-2019-005", "currency", "badCurrency"],
      ["CW-2019-006", "amount", "negativeAmount"],
      ["CW-2019-007", "amount", "notNumeric"],
      ["CW-2019-008", "realizedKrw", "realizedOverAmount"],
      ["CW-2019-001", "id", "duplicateId"],
      ["CW-2019-010", "signed", "completedWithoutSigned"],
      ["CW-2019-011", "due", "dueBeforeSigned"],
      ["CW-2019-012", "currency", "noFxRate"],
      ["CW-2019-013", "signed", "badDate"],
      ["CW-2019-014", "hsCode", "badHsCode"],
      ["CW-2019-015", "realizedKrw", "realizedWithoutAmount"],
      ["CW-2019-016", "notes", "tooLong"],
    ]);
    expect(problems[0]).toMatchObject({ rowIndex: 0, columnLabel: "ID" });
    expect(problems[0].message.en).toBe('ID "CW-2019-001" is also used in table row 9. Each row needs its own ID.');
    const counts = countByCode(problems);
    expect(counts.duplicateId).toBe(2);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(problems.length);
    // The Progress rules (progressRules.ts) and the rate notes (below, they need the FxRates table) have their own tests.
    const RATE_CODES = ["rateFallback", "rateUnusable"];
    expect(new Set(problems.map((p) => p.code))).toEqual(new Set(PROBLEM_CODES.filter((code) => !PROGRESS_PROBLEM_CODES.includes(code) && !RATE_CODES.includes(code))));
  });

  it("works on a Korean table with reordered columns and reports Korean labels", () => {
    const header = [...KO].reverse();
    const values = [
      header,
      rowOf(header, { 관리번호: "창원-2019-001", 추진기관: "창원시", 협약형태: "MOU", 구분: "투자", 상대기관: "A사", 국가: "미국", 상태: "없는상태" }),
    ];
    const problems = validateTable(values, { fxCurrencies: new Set() });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ rowIndex: 0, id: "창원-2019-001", column: "status", columnLabel: "상태", code: "unknownEnum" });
  });

  it("skips the blank placeholder row of a new table", () => {
    expect(validateTable([EN, rowOf(EN, {})], { fxCurrencies: new Set() })).toEqual([]);
  });

  it("refuses a table without a required column or with duplicate headers", () => {
    expect(() => validateTable([EN.filter((h) => h !== "Partner")], { fxCurrencies: new Set() })).toThrow(/Missing column Partner/);
    expect(() => validateTable([[...EN, "금액"]], { fxCurrencies: new Set() })).toThrow(/Duplicate column/);
  });
});

describe("validateTable: which rate Amount (KRW) used (issue 9 item 18)", () => {
  const asOf = isoToSerial("2019-01-02");
  const rates = [
    ["Currency", "KRW per unit", "Per", "As of"],
    ["USD", 1300, 1, asOf],
    ["EUR", 1400, 1, asOf],
    ["EUR", 1450, 1, asOf],
  ];
  const run = (cells: Record<string, unknown>) =>
    validateTable([EN, rowOf(EN, { ...good, ...cells })], { fxCurrencies: new Set(["USD", "EUR"]), fxRates: rates }).map((p) => [p.column, p.code, p.message.en]);

  it("says nothing when the rule's first case applies", () => {
    expect(run({})).toEqual([]);
  });

  it("names the earliest rate for a row signed before every rate, and the latest for a row with no Signed date", () => {
    expect(run({ Signed: isoToSerial("2015-04-10") })).toEqual([["amountKrw", "rateFallback", "Signed is earlier than every USD rate, so the earliest rate (2019-01-02) was used."]]);
    expect(run({ Signed: "", Status: "Planned" })).toEqual([["amountKrw", "rateFallback", "No Signed date, so the latest USD rate (2019-01-02) was used."]]);
  });

  it("explains a blank Amount (KRW) when the currency's rates tie", () => {
    const found = run({ Currency: "EUR", "Amount (KRW)": "" });
    expect(found.map(([column, code]) => [column, code])).toEqual([["amountKrw", "rateUnusable"]]);
    expect(found[0][2]).toMatch(/^Amount \(KRW\) is blank: /);
  });

  it("leaves a currency without any rate to the noFxRate problem", () => {
    expect(run({ Currency: "BRL", "Amount (KRW)": "" }).map(([, code]) => code)).toEqual(["noFxRate"]);
  });
});
