import { COMMON_CURRENCIES, currencyOptionText, searchCurrencies } from "./currencyOptions";

describe("currency search", () => {
  it("offers common currencies and finds them by code or name in either language", () => {
    expect(COMMON_CURRENCIES.slice(0, 3)).toEqual(["KRW", "USD", "EUR"]);
    expect(searchCurrencies("")).toEqual([...COMMON_CURRENCIES]);
    expect(searchCurrencies("엔")[0]).toBe("JPY");
    expect(searchCurrencies("euro")).toContain("EUR");
    expect(searchCurrencies("달러")[0]).toBe("USD");
    expect(searchCurrencies("chf")).toEqual(["CHF"]);
  });

  it("accepts any ISO code typed in full", () => {
    expect(searchCurrencies("ZAR")).toEqual(["ZAR"]);
  });

  it("labels options with code and name", () => {
    expect(currencyOptionText("USD", "en")).toBe("USD · US Dollar");
  });
});
