import { currencyName, normalizeCurrency } from "./currencies";

describe("normalizeCurrency", () => {
  it.each([
    ["USD", "USD"],
    ["usd", "USD"],
    ["불", "USD"],
    ["달러", "USD"],
    ["$", "USD"],
    ["US$", "USD"],
    ["원", "KRW"],
    ["₩", "KRW"],
    ["엔", "JPY"],
    ["유로", "EUR"],
    ["€", "EUR"],
    ["위안", "CNY"],
    ["CAD", "CAD"],
  ])("reads %s as %s", (raw, code) => {
    expect(normalizeCurrency(raw)).toBe(code);
  });

  it("rejects codes that are not ISO 4217", () => {
    expect(normalizeCurrency("ABC")).toBeNull();
    expect(normalizeCurrency("dollars?")).toBeNull();
    expect(normalizeCurrency("")).toBeNull();
  });

  it("names currencies in Korean", () => {
    expect(currencyName("USD", "ko")).toBe("미국 달러");
  });
});
