import { quarter } from "../functions";
import { failure, serial } from "./commitmentsTable";

describe("QUARTER", () => {
  it.each([
    [serial("2019-11-18"), "2019-Q4"],
    [serial("2019-01-01"), "2019-Q1"],
    [serial("2019-03-31"), "2019-Q1"],
    [serial("2019-04-01"), "2019-Q2"],
    [serial("2024-09-30") + 0.75, "2024-Q3"],
    ["2019-11-18", "2019-Q4"],
    ["2019.07.01", "2019-Q3"],
    ["2019년 11월 18일", "2019-Q4"],
    ["２０１９－１１－１８", "2019-Q4"],
  ])("gives the calendar quarter of %p: %s", (date, expected) => {
    expect(quarter(date)).toBe(expected);
  });

  it("is empty for a blank date", () => {
    expect(quarter(null)).toBe("");
    expect(quarter("")).toBe("");
  });

  it("fails quoting text that is not a date", () => {
    expect(failure(() => quarter("next spring"))).toEqual({
      code: "#VALUE!",
      message: 'COMMIT.QUARTER: "next spring" is not a date. Use 2019-11-18, 2019.11.18 or 2019년 11월 18일.',
    });
    expect(failure(() => quarter("2019-02-30")).message).toContain('"2019-02-30" is not a date');
    expect(failure(() => quarter(-5)).message).toContain("-5 is not a date");
  });

  it("does not read a year or yymmdd digits as a date serial, and reads yyyymmdd (issue 9 item 15)", () => {
    expect(failure(() => quarter("2019")).message).toContain('"2019" is a year, not a date');
    expect(failure(() => quarter("191118")).message).toContain('"191118" is not a date: six digits could be yymmdd or yyyymm');
    expect(quarter("20191118")).toBe("2019-Q4");
    expect(failure(() => quarter(1e9)).message).toContain("1000000000 is not a date");
  });
});
