import { isoToSerial } from "../schema";
import { parsePeriod, PERIOD_FORMS } from "./periods";

const range = (from: string, to: string) => ({ start: isoToSerial(from), end: isoToSerial(to) });

describe("parsePeriod", () => {
  it.each([
    [2019, "2019", "2019-01-01", "2019-12-31"],
    ["2019", "2019", "2019-01-01", "2019-12-31"],
    ["2019년", "2019", "2019-01-01", "2019-12-31"],
    ["2019-Q4", "2019-Q4", "2019-10-01", "2019-12-31"],
    ["2019Q4", "2019-Q4", "2019-10-01", "2019-12-31"],
    ["2019 q1", "2019-Q1", "2019-01-01", "2019-03-31"],
    ["2019년 4분기", "2019-Q4", "2019-10-01", "2019-12-31"],
    ["2019년 2/4분기", "2019-Q2", "2019-04-01", "2019-06-30"],
    ["2019-H1", "2019-H1", "2019-01-01", "2019-06-30"],
    ["2019-h2", "2019-H2", "2019-07-01", "2019-12-31"],
    ["2019년 상반기", "2019-H1", "2019-01-01", "2019-06-30"],
    ["2019년 하반기", "2019-H2", "2019-07-01", "2019-12-31"],
    ["2019-11", "2019-11", "2019-11-01", "2019-11-30"],
    ["2020-02", "2020-02", "2020-02-01", "2020-02-29"],
    ["2019년 11월", "2019-11", "2019-11-01", "2019-11-30"],
    ["2019-11-18", "2019-11-18", "2019-11-18", "2019-11-18"],
    ["2019-01-01~2019-06-30", "2019-01-01~2019-06-30", "2019-01-01", "2019-06-30"],
    ["2019-01-01 ~ 2019-06-30", "2019-01-01~2019-06-30", "2019-01-01", "2019-06-30"],
    ["2019-Q1~2019-Q3", "2019-Q1~2019-Q3", "2019-01-01", "2019-09-30"],
    ["２０１９－Ｑ４", "2019-Q4", "2019-10-01", "2019-12-31"],
  ])("reads %p as %s", (raw, label, from, to) => {
    expect(parsePeriod(raw)).toEqual({ label, ...range(from, to) });
  });

  it("treats a large number as one Excel date, so a date cell can be passed", () => {
    expect(parsePeriod(isoToSerial("2019-11-18"))).toMatchObject(range("2019-11-18", "2019-11-18"));
  });

  it("is no filter when blank", () => {
    expect(parsePeriod(null)).toBeNull();
    expect(parsePeriod(undefined)).toBeNull();
    expect(parsePeriod("  ")).toBeNull();
  });

  it.each(["2019-Q5", "2019-H3", "2019-13", "19", "Q4", "2019-02-30", "2019-06-30~2019-01-01~2020", "지난해", "2019~"])(
    "rejects %p listing the accepted forms",
    (raw) => {
      expect(() => parsePeriod(raw)).toThrow(`Accepted forms: ${PERIOD_FORMS}`);
    },
  );

  it("rejects numbers that are neither years nor dates, and reversed ranges", () => {
    expect(() => parsePeriod(19)).toThrow("19 is not a period");
    expect(() => parsePeriod(true)).toThrow("true is not a period");
    expect(() => parsePeriod("2019-06-30~2019-01-01")).toThrow('"2019-06-30~2019-01-01" ends before it starts');
  });
});
