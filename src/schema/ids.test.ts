import { DateParseError, serialToDate } from "./dates";
import { agencyPrefix, idLookalikeKey, nextId } from "./ids";

describe("commitment IDs", () => {
  it("derives a short prefix from the agency name", () => {
    expect(agencyPrefix("창원시")).toBe("창원");
    expect(agencyPrefix("대전광역시")).toBe("대전");
    expect(agencyPrefix("경상남도")).toBe("경상남");
    expect(agencyPrefix("Seongnam City")).toBe("SEONGNAM");
    expect(agencyPrefix("")).toBe("CT");
  });

  it("numbers IDs per agency and year after the highest in use", () => {
    const taken = new Set(["창원-2019-001", "창원-2019-007", "창원-2020-009"]);
    expect(nextId("창원시", 2019, taken)).toBe("창원-2019-008");
    expect(nextId("창원시", 2021, taken)).toBe("창원-2021-001");
    expect(nextId("창원시", null, taken)).toBe("창원-미정-001");
  });
  it("never puts NaN into an ID: a year Excel cannot hold is 미정 (issue 9: serial 1e9)", () => {
    expect(nextId("창원시", Number.NaN, new Set())).toBe("창원-미정-001");
    expect(nextId("창원시", 275_760, new Set())).toBe("창원-미정-001");
    // The year itself comes from serialToDate, which refuses such a serial instead of answering NaN.
    expect(() => serialToDate(1e9)).toThrow(DateParseError);
    expect(serialToDate(2958465)).toEqual({ year: 9999, month: 12, day: 31 });
  });

  it("gives look-alike IDs one key: case, full width, spaces and invisible characters (issue 9)", () => {
    const key = idLookalikeKey("ABC-1");
    for (const variant of ["abc-1", "ＡＢＣ-1", "ABC-1\u200b", " ABC -1", "\ufeffAbc-1"]) expect(idLookalikeKey(variant)).toBe(key);
    expect(idLookalikeKey("창원-2019-001")).toBe("창원-2019-001");
    expect(idLookalikeKey("창원-2019-001\u200b")).toBe("창원-2019-001");
    expect(idLookalikeKey("ABC-2")).not.toBe(key);
  });
});
