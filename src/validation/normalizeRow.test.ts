import { isoToSerial } from "../schema";
import { normalizeRow } from "./normalizeRow";
import type { ProblemCode } from "./problems";

const GOOD = {
  id: "창원-2019-001",
  agency: " 창원시 ",
  signed: "2019년 11월 18일",
  instrument: "MOU",
  category: "investment",
  partner: "Acme Robotics",
  partnerType: "company",
  country: "미국",
  amount: "70만불",
  currency: "",
  status: "signed",
  due: "2020.12.31",
  hsCode: "8703.23",
  jobs: "120명",
};

function codes(raw: Record<string, unknown>, language: "ko" | "en" = "ko"): [string, ProblemCode][] {
  return normalizeRow(raw, language).problems.map((p) => [p.column, p.code]);
}

describe("normalizeRow", () => {
  it("normalises a Korean row into canonical cells", () => {
    const { row, problems } = normalizeRow(GOOD, "ko");
    expect(problems).toEqual([]);
    expect(row).toMatchObject({
      id: "창원-2019-001",
      agency: "창원시",
      signed: isoToSerial("2019-11-18"),
      instrument: "양해각서(MOU)",
      category: "투자",
      partnerType: "기업",
      country: "US",
      amount: 700000,
      currency: "USD",
      status: "체결",
      due: isoToSerial("2020-12-31"),
      hsCode: "8703.23",
      jobs: 120,
      notes: "",
    });
  });

  it("writes enum labels in the requested language", () => {
    const { row } = normalizeRow({ ...GOOD, instrument: "양해각서", status: "완료" }, "en");
    expect(row.instrument).toBe("MOU");
    expect(row.status).toBe("Completed");
    expect(row.category).toBe("Investment");
  });

  it("reads 6조7천억 원 and a numeric amount", () => {
    expect(normalizeRow({ ...GOOD, amount: "6조7천억 원" }, "ko").row).toMatchObject({ amount: 6.7e12, currency: "KRW" });
    expect(normalizeRow({ ...GOOD, amount: 1500, currency: "eur" }, "ko").row).toMatchObject({ amount: 1500, currency: "EUR" });
  });

  it("reports required fields in both languages", () => {
    const { problems } = normalizeRow({}, "ko");
    const required = problems.filter((p) => p.code === "required").map((p) => p.column);
    expect(required).toEqual(["id", "agency", "instrument", "category", "partner", "country", "status"]);
    const agency = problems.find((p) => p.column === "agency")!;
    expect(agency.message).toEqual({ ko: "추진기관: 필수 항목입니다.", en: "Agency: required." });
  });

  it("keeps unknown enum text and names the choices", () => {
    const { row, problems } = normalizeRow({ ...GOOD, status: "보류" }, "ko");
    expect(row.status).toBe("보류");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ column: "status", code: "unknownEnum" });
    expect(problems[0].message.ko).toContain('"보류"');
    expect(problems[0].message.ko).toContain("추진중, 체결");
    expect(problems[0].message.en).toContain("Planned, Signed");
  });

  it("flags bad countries, currencies, dates and HS codes, keeping the raw text", () => {
    const result = normalizeRow({ ...GOOD, country: "Atlantis", currency: "XYZ", amount: 5, signed: "어제", hsCode: "87A" }, "en");
    expect(result.row).toMatchObject({ country: "Atlantis", currency: "XYZ", signed: "어제", hsCode: "87A" });
    expect(codes({ ...GOOD, country: "Atlantis", currency: "XYZ", amount: 5, signed: "어제", hsCode: "87A" })).toEqual(
      expect.arrayContaining([
        ["country", "badCountry"],
        ["currency", "badCurrency"],
        ["signed", "badDate"],
        ["hsCode", "badHsCode"],
      ]),
    );
  });

  it("restores the leading zero of a numeric HS code", () => {
    expect(normalizeRow({ ...GOOD, hsCode: 303 }, "ko").row.hsCode).toBe("0303");
  });

  it("flags negative and non-numeric amounts", () => {
    expect(codes({ ...GOOD, amount: -5, currency: "USD" })).toEqual([["amount", "negativeAmount"]]);
    expect(codes({ ...GOOD, amount: "-70만 원" })).toEqual([["amount", "negativeAmount"]]);
    const notNumeric = normalizeRow({ ...GOOD, amount: "많이", currency: "USD" }, "ko");
    expect(notNumeric.problems.map((p) => p.code)).toEqual(["notNumeric"]);
    expect(notNumeric.row.amount).toBe("많이");
    expect(notNumeric.problems[0].message.en).toContain("많이");
    expect(codes({ ...GOOD, realizedKrw: "#VALUE!" })).toEqual([["realizedKrw", "notNumeric"]]);
    expect(codes({ ...GOOD, jobs: 2.5 })).toEqual([["jobs", "notNumeric"]]);
  });

  it("refuses a foreign amount in a won column and a currency that contradicts the amount", () => {
    expect(codes({ ...GOOD, realizedKrw: "10만불" })).toEqual([["realizedKrw", "badCurrency"]]);
    expect(codes({ ...GOOD, currency: "EUR" })).toEqual([["currency", "badCurrency"]]);
  });

  it("needs a currency for an amount without one", () => {
    expect(codes({ ...GOOD, amount: "1,000" })).toEqual([["currency", "required"]]);
  });

  it("checks Realized against Amount (KRW), Completed without Signed and Due before Signed", () => {
    expect(codes({ ...GOOD, amountKrw: 1000, realizedKrw: 2000 })).toEqual([["realizedKrw", "realizedOverAmount"]]);
    expect(codes({ ...GOOD, signed: "", status: "Completed" })).toEqual([["signed", "completedWithoutSigned"]]);
    const due = normalizeRow({ ...GOOD, due: "2019-01-01" }, "en").problems;
    expect(due.map((p) => p.code)).toEqual(["dueBeforeSigned"]);
    expect(due[0].message.en).toBe("Due 2019-01-01 is before Signed 2019-11-18.");
    expect(due[0].message.ko).toBe("이행기한 2019-01-01이(가) 체결일 2019-11-18보다 이릅니다.");
  });
  describe("issue 9: values that used to pass validation and break a sync", () => {
    it("rejects a number too large to be finite (\"9\" × 400 parsed to Infinity)", () => {
      expect(codes({ ...GOOD, amount: "9".repeat(400), currency: "KRW" })).toEqual([["amount", "notNumeric"]]);
      expect(codes({ ...GOOD, jobs: "9".repeat(400) })).toEqual([["jobs", "notNumeric"]]);
    });

    it("rejects text longer than an Excel cell holds (32,767 characters)", () => {
      const long = "가".repeat(32_768);
      expect(codes({ ...GOOD, notes: long })).toEqual([["notes", "tooLong"]]);
      expect(codes({ ...GOOD, notes: "가".repeat(32_767) })).toEqual([]);
      expect(normalizeRow({ ...GOOD, notes: long }, "en").problems[0].message.en).toContain("32,768 characters");
    });

    it("reads the sign once: \"--5\" is an error, as in parseAmount, not +5", () => {
      expect(codes({ ...GOOD, amount: "--5", currency: "USD" })).toEqual([["amount", "notNumeric"]]);
      expect(normalizeRow({ ...GOOD, amount: "-5", currency: "USD" }, "ko").row.amount).toBe(-5);
    });

    it("refuses any currency on a count: Jobs \"3천만원\" is not 30,000,000 jobs", () => {
      expect(codes({ ...GOOD, jobs: "3천만원" })).toEqual([["jobs", "notNumeric"]]);
      expect(codes({ ...GOOD, jobs: "3천명" })).toEqual([]);
      // A won column still takes won.
      expect(codes({ ...GOOD, realizedKrw: "3천만원" })).toEqual([]);
    });

    it("rejects Signed \"0\", dates before 1900 and serials past 9999-12-31 instead of storing them", () => {
      expect(codes({ ...GOOD, signed: "0" })).toEqual([["signed", "badDate"]]);
      expect(codes({ ...GOOD, signed: 0 })).toEqual([["signed", "badDate"]]);
      expect(codes({ ...GOOD, signed: "1899-12-31" })).toEqual([["signed", "badDate"]]);
      expect(codes({ ...GOOD, due: "", signed: 1e9 })).toEqual([["signed", "badDate"]]);
      expect(codes({ ...GOOD, updated: 1e9 })).toEqual([["updated", "badDate"]]);
    });

    it("reads cell text named like Object.prototype members as unknown, never as a found entry", () => {
      for (const name of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
        expect(codes({ ...GOOD, amount: "100", currency: name })).toEqual([["currency", "badCurrency"]]);
        expect(codes({ ...GOOD, country: name })).toEqual([["country", "badCountry"]]);
        expect(codes({ ...GOOD, status: name })).toEqual([["status", "unknownEnum"]]);
      }
    });

    it("treats invisible-only text (zero-width space, BOM) as blank", () => {
      const { row, problems } = normalizeRow({ ...GOOD, notes: "\u200b", agency: "\ufeff\u200b " }, "ko");
      expect(row.notes).toBe("");
      expect(row.agency).toBe("");
      expect(problems.map((p) => [p.column, p.code])).toEqual([["agency", "required"]]);
    });
  });
});
