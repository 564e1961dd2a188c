import fc from "fast-check";
import { DateParseError, dateToSerial, parseDateText, serialToDate, serialToIso, toDateSerial } from "./dates";

describe("Excel serial dates", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [60, "1900-02-29"],
    [61, "1900-03-01"],
    [43787, "2019-11-18"],
    [45538, "2024-09-03"],
  ])("serial %d is %s", (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
    expect(dateToSerial(serialToDate(serial))).toBe(serial);
  });

  it("drops the time of day", () => {
    expect(serialToIso(43787.75)).toBe("2019-11-18");
  });
});

describe("date text", () => {
  it.each(["2019-11-18", "2019.11.18", "2019. 11. 18.", "2019/11/18", "2019년 11월 18일", "2019년11월18일", "20191118", "2019-11-18T09:00:00+09:00"])(
    "reads %s",
    (text) => {
      expect(toDateSerial(text)).toBe(43787);
    },
  );

  it("rejects impossible dates and other text with the forms it accepts", () => {
    expect(parseDateText("2019-02-30")).toBeNull();
    expect(() => toDateSerial("지난주")).toThrow('"지난주" is not a date. Use 2019-11-18, 2019.11.18 or 2019년 11월 18일.');
  });

  it("treats blanks as no date and numbers as serials", () => {
    expect(toDateSerial("")).toBeNull();
    expect(toDateSerial(null)).toBeNull();
    expect(toDateSerial(43787)).toBe(43787);
    expect(toDateSerial("43787")).toBe(43787);
  });

  it("reads digit text only as yyyymmdd or a five-digit date number; a year or six digits is an error saying what was expected (issue 9 item 15)", () => {
    expect(toDateSerial("20191118")).toBe(43787);
    expect(() => toDateSerial("2019")).toThrow('"2019" is a year, not a date. Write the whole date, e.g. 2019-11-18 or 20191118.');
    expect(() => toDateSerial("191118")).toThrow('"191118" is not a date: six digits could be yymmdd or yyyymm.');
    expect(() => toDateSerial("20191318")).toThrow(DateParseError);
    expect(() => toDateSerial("7")).toThrow(DateParseError);
  });

  it("keeps a number a date only within Excel's dates, 1 to 2958465", () => {
    expect(toDateSerial(1)).toBe(1);
    expect(toDateSerial(2958465.9)).toBe(2958465);
    for (const bad of [0, -1, 2958466, 1e9, Number.NaN, Infinity]) expect(() => toDateSerial(bad)).toThrow(DateParseError);
  });
});

describe("toDateSerial fast path for yyyy-mm-dd", () => {
  /** The general path: surrounding spaces keep the text off the fast path, and trimming makes it the same date. */
  const general = (text: string) => {
    try {
      return toDateSerial(` ${text} `);
    } catch (error) {
      return error instanceof Error ? error.name : "?";
    }
  };
  const fast = (text: string) => {
    try {
      return toDateSerial(text);
    } catch (error) {
      return error instanceof Error ? error.name : "?";
    }
  };
  const pad = (n: number, width: number) => String(n).padStart(width, "0");

  it("gives the general path's serial or error for any four-two-two digit text", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (year, month, day) => {
        const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
        return fast(text) === general(text);
      }),
      { numRuns: 5000 },
    );
  });

  it.each(["2019-11-18", "2024-02-29", "2023-02-29", "2100-02-29", "2000-02-29", "1900-02-29", "1901-01-01", "1900-03-01", "0099-01-01", "2019-13-01", "2019-04-31", "9999-12-31", "2019-1-18", "2019-11-18T09:00"])(
    "%s agrees with the general path",
    (text) => {
      expect(fast(text)).toBe(general(text));
    },
  );

  it("reads the dates the add-in writes", () => {
    expect(toDateSerial("2019-11-18")).toBe(43787);
    expect(() => toDateSerial("2019-02-29")).toThrow(DateParseError);
  });
});
