import {
  frozenSheetName,
  lastCompletedQuarter,
  nextQuarter,
  parseQuarter,
  quarterLabel,
  reportSheetName,
  templateCopyName,
} from "./quarters";

describe("quarters", () => {
  it("parses the period cell's forms and rejects others", () => {
    expect(parseQuarter("2024-Q3")).toEqual({ year: 2024, quarter: 3 });
    expect(parseQuarter(" 2019q4 ")).toEqual({ year: 2019, quarter: 4 });
    expect(() => parseQuarter("2019-Q0")).toThrow('"2019-Q0" is not a quarter. Use the form 2024-Q3.');
  });

  it("defaults to the last completed quarter in Korean time", () => {
    expect(lastCompletedQuarter(new Date("2024-10-05T00:00:00Z"))).toEqual({ year: 2024, quarter: 3 });
    // 2024-12-31 16:00 UTC is already 2025-01-01 in Korea.
    expect(lastCompletedQuarter(new Date("2024-12-31T16:00:00Z"))).toEqual({ year: 2024, quarter: 4 });
    expect(lastCompletedQuarter(new Date("2025-02-10T00:00:00Z"))).toEqual({ year: 2024, quarter: 4 });
  });

  it("wraps the next quarter into the next year", () => {
    expect(nextQuarter({ year: 2019, quarter: 4 })).toEqual({ year: 2020, quarter: 1 });
  });

  it("names sheets within Excel's 31 characters", () => {
    expect(reportSheetName({ year: 2024, quarter: 3 }, "ko")).toBe("보고서 2024-3분기");
    expect(quarterLabel({ year: 2024, quarter: 3 }, "en")).toBe("2024 Q3");
    expect(frozenSheetName("보고서 2024-3분기", "ko")).toBe("보고서 2024-3분기 (값)");
    expect(frozenSheetName("Report 2024-Q3", "en")).toBe("Report 2024-Q3 (values)");
    expect(frozenSheetName("A very long template sheet name x", "en")).toHaveLength(31);
    expect(templateCopyName("A very long template sheet name x", { year: 2024, quarter: 3 })).toMatch(/ 2024-Q3$/);
    expect(templateCopyName("A very long template sheet name x", { year: 2024, quarter: 3 })).toHaveLength(31);
  });
});
