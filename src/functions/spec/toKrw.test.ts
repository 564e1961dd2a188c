import { toKrw } from "../functions";
import { failure, serial } from "./commitmentsTable";

const rates = [
  ["통화", "원화환율", "단위", "기준일"],
  ["USD", 1150, 1, "2019-01-02"],
  ["USD", "1,170.5", "", serial("2019-11-01")],
  ["JPY", 1060, 100, "2019-11-01"],
  ["유로", 1290, 1, "2019-11-01"],
  ["", "", "", ""],
];

describe("TOKRW", () => {
  it("converts with the latest rate when no date is given", () => {
    expect(toKrw(700_000, "USD", rates)).toBe(700_000 * 1170.5);
    expect(toKrw(1000, "EUR", rates)).toBe(1_290_000);
  });

  it("divides by Per (JPY is quoted per 100 yen)", () => {
    expect(toKrw(100_000, "엔", rates)).toBeCloseTo(1_060_000, 6);
  });

  it("uses the latest rate on or before the date", () => {
    expect(toKrw(10, "USD", rates, "2019-06-30")).toBe(11_500);
    expect(toKrw(10, "달러", rates, serial("2019-11-01"))).toBe(11_705);
    expect(toKrw(10, "USD", rates, "2020-01-01")).toBe(11_705);
  });

  it("needs no row for KRW", () => {
    expect(toKrw(5000, "원", rates)).toBe(5000);
    expect(toKrw(5000, "KRW", [["Currency", "KRW per unit"]])).toBe(5000);
  });

  it("reads money text, taking its currency when the currency argument is blank", () => {
    expect(toKrw("70만불", "", rates, "2019-11-18")).toBe(700_000 * 1170.5);
    expect(toKrw("70만불", "USD", rates, "2019-11-18")).toBe(700_000 * 1170.5);
    expect(failure(() => toKrw("70만불", "EUR", rates)).message).toContain('"70만불" is in USD, but the currency argument says EUR.');
    expect(failure(() => toKrw(5, "", rates)).message).toContain("No currency for 5");
  });

  it("converts a blank or zero amount to 0 even before its currency is filled in", () => {
    expect(toKrw("", "", rates)).toBe(0);
    expect(toKrw(0, "GBP", rates)).toBe(0);
    expect(failure(() => toKrw(0, "Zorkmid", rates)).message).toContain('"Zorkmid" is not a currency.');
  });

  it("is #VALUE! quoting amount text it cannot read", () => {
    expect(failure(() => toKrw("조금", "USD", rates)).message).toContain('COMMIT.TOKRW: "조금" is not an amount');
  });

  it("accepts an English rates table without Per or As of", () => {
    expect(toKrw(2, "usd", [["Currency", "KRW per unit"], ["USD", 1300]])).toBe(2600);
  });

  it("uses the earliest rate for a date before every rate, as the native Amount (KRW) column does (issue 9 item 18)", () => {
    expect(toKrw(1, "USD", rates, "2018-12-31")).toBe(1150);
    expect(toKrw(1, "USD", [["Currency", "KRW per unit", "As of"], ["USD", 1300, ""], ["USD", 1400, "2020-01-01"]], "2019-06-01")).toBe(1300);
  });

  it("fails naming an unknown currency or a missing rate", () => {
    expect(failure(() => toKrw(1, "Zorkmid", rates)).message).toContain('"Zorkmid" is not a currency.');
    expect(failure(() => toKrw(1, "GBP", rates)).message).toContain("No rate for GBP in the rates table.");
    expect(failure(() => toKrw(1, "USD", rates, "someday")).message).toContain('"someday" is not a date');
  });

  it("fails on an ambiguous or unreadable rates table", () => {
    const twice = [["Currency", "KRW per unit"], ["USD", 1300], ["USD", 1310]];
    expect(failure(() => toKrw(1, "USD", twice)).message).toContain("2 rates for USD with the As of date the row needs (no As of; rows 1, 2)");
    expect(failure(() => toKrw(1, "USD", twice, "2019-01-01")).message).toContain("2 rates for USD with the As of date the row needs");
    const tiedLatest = [["Currency", "KRW per unit", "As of"], ["USD", 1300, "2019-01-01"], ["USD", 1310, "2019-01-01"], ["USD", 1200, "2018-01-01"]];
    expect(failure(() => toKrw(1, "USD", tiedLatest, "2019-06-01")).message).toContain("(2019-01-01; rows 1, 2)");
    expect(toKrw(1, "USD", tiedLatest, "2018-06-01")).toBe(1200);
    expect(failure(() => toKrw(1, "USD", [["Currency", "KRW per unit"], ["USD", "n/a"]])).message).toContain(
      'Rates row 1 (USD): 원화환율 (KRW per unit) is "n/a" — not a positive number.',
    );
    // A blank Per arrives as 0 from Excel desktop: it means 1, as blank does.
    expect(toKrw(1, "USD", [["Currency", "KRW per unit", "Per"], ["USD", 1300, 0]])).toBe(1300);
    expect(failure(() => toKrw(1, "USD", [["Currency", "KRW per unit", "Per"], ["USD", 1300, -1]])).message).toContain(
      'Rates row 1 (USD): 단위 (Per) is "-1" — not a positive number.',
    );
    expect(failure(() => toKrw(1, "USD", [["Currency", "KRW per unit", "As of"], ["USD", 1300, "언젠가"]])).message).toContain(
      'Rates row 1 (USD): 기준일 (As of) is "언젠가" — not a date.',
    );
    expect(failure(() => toKrw(1, "USD", [["통화", "원화환율"], ["도토리", 3]])).message).toContain('Rates row 1 (도토리): "도토리" is not a currency.');
    expect(failure(() => toKrw(1, "USD", [["Code", "Value"], ["USD", 1]])).message).toContain("The rates table has no 원화환율 (KRW per unit) column.");
    expect(failure(() => toKrw(1, "USD", "FxRates" as never)).message).toContain("rates must be a range with its header row");
  });
});
