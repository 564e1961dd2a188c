import { findCountry, searchCountries } from "./countryOptions";

describe("country search", () => {
  it("finds countries by Korean name, English name or code, prefix matches first", () => {
    expect(searchCountries("미국")[0].code).toBe("US");
    expect(searchCountries("united").map((c) => c.code)).toEqual(expect.arrayContaining(["US", "GB", "AE"]));
    expect(searchCountries("ca")[0].code).toBe("CA");
    expect(searchCountries("독일").map((c) => c.code)).toEqual(["DE"]);
    expect(searchCountries("zzzz")).toEqual([]);
  });

  it("finds every spelling saving accepts: 한국 and 남한 are South Korea, as the saved KR is", () => {
    for (const alias of ["한국", "남한", "korea", "KOR", "영국", "UAE"]) {
      const code = ({ 한국: "KR", 남한: "KR", korea: "KR", KOR: "KR", 영국: "GB", UAE: "AE" } as Record<string, string>)[alias];
      expect([alias, searchCountries(alias)[0]?.code]).toEqual([alias, code]);
    }
  });

  it("lists a bounded number of countries for an empty query", () => {
    expect(searchCountries("")).toHaveLength(30);
    expect(findCountry("KR")).toMatchObject({ ko: "대한민국", en: "South Korea" });
  });
});
