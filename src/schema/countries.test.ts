import { allCountries, countryName, normalizeCountry } from "./countries";

describe("normalizeCountry", () => {
  it.each([
    ["US", "US"],
    ["us", "US"],
    ["USA", "US"],
    ["미국", "US"],
    ["United States", "US"],
    ["united states of america", "US"],
    ["캐나다", "CA"],
    ["Canada", "CA"],
    ["독일", "DE"],
    ["Germany", "DE"],
    ["스페인", "ES"],
    ["한국", "KR"],
    ["대한민국", "KR"],
    ["영국", "GB"],
    ["DEU", "DE"],
  ])("reads %s as %s", (raw, code) => {
    expect(normalizeCountry(raw)).toBe(code);
  });

  it("returns null for blanks and unknown names", () => {
    expect(normalizeCountry("")).toBeNull();
    expect(normalizeCountry(null)).toBeNull();
    expect(normalizeCountry("아틀란티스")).toBeNull();
    expect(normalizeCountry("XX")).toBeNull();
  });

  it("names countries in Korean and English", () => {
    expect(countryName("US", "ko")).toBe("미국");
    expect(countryName("CA", "en")).toBe("Canada");
  });

  it("lists every country with both names for pickers", () => {
    const list = allCountries();
    expect(list.length).toBeGreaterThan(240);
    expect(list).toContainEqual({ code: "US", ko: "미국", en: "United States of America" });
  });
});
