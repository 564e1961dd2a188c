import { dateToSerial, parseDateText, serialToDate, serialToIso, toDateSerial } from "./dates";

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
});
