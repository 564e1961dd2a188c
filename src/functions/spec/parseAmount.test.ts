import { parseAmount } from "../functions";
import { failure } from "./commitmentsTable";

describe("PARSEAMOUNT", () => {
  it.each([
    ["70만불", 700_000],
    ["6조7천억 원", 6.7e12],
    ["6조 7,000억원", 6.7e12],
    ["6.6조", 6.6e12],
    ["1,276만 달러", 12_760_000],
    ["795만7천달러", 7_957_000],
    ["20조1,213억원", 20_121_300_000_000],
    ["300억원", 30_000_000_000],
    ["1,000원", 1000],
    ["US$1.5 million", 1_500_000],
    ["€2.3m", 2_300_000],
    ["약 5억 원", 500_000_000],
    ["25만 개", 250_000],
  ])("reads %s as %d", (text, amount) => {
    expect(parseAmount(text)).toBe(amount);
  });

  it("reads empty text as 0 and passes numbers through", () => {
    expect(parseAmount("")).toBe(0);
    expect(parseAmount(null)).toBe(0);
    expect(parseAmount(1234)).toBe(1234);
  });

  it("is #VALUE! quoting unparseable text", () => {
    expect(failure(() => parseAmount("많이"))).toEqual({
      code: "#VALUE!",
      message: expect.stringContaining('COMMIT.PARSEAMOUNT: "많이" is not an amount'),
    });
    expect(failure(() => parseAmount("5만 3억")).message).toContain('"5만 3억" is not an amount');
  });
});
