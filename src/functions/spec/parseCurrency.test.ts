import { parseCurrency } from "../functions";
import { failure } from "./commitmentsTable";

describe("PARSECURRENCY", () => {
  it.each([
    ["70만불", "USD"],
    ["6조7천억 원", "KRW"],
    ["6조 7,000억원", "KRW"],
    ["6.6조", ""],
    ["1,276만 달러", "USD"],
    ["795만7천달러", "USD"],
    ["20조1,213억원", "KRW"],
    ["300억원", "KRW"],
    ["1,000원", "KRW"],
    ["US$1.5 million", "USD"],
    ["€2.3m", "EUR"],
    ["약 5억 원", "KRW"],
    ["25만 개", ""],
    ["100만엔", "JPY"],
    ["JPY 1,000", "JPY"],
    ["2억 위안", "CNY"],
  ])("names the currency of %s: %p", (text, code) => {
    expect(parseCurrency(text)).toBe(code);
  });

  it("is empty for empty text and plain numbers", () => {
    expect(parseCurrency("")).toBe("");
    expect(parseCurrency(5)).toBe("");
  });

  it("is #VALUE! quoting unparseable text", () => {
    expect(failure(() => parseCurrency("달러 조금")).message).toContain('"달러 조금" is not an amount');
  });
});
