import fc from "fast-check";
import { AmountParseError, formatKrw, parseAmount } from "./index";

describe("parseAmount", () => {
  it.each([
    ["70만불", 700_000, "USD"],
    ["6조7천억 원", 6_700_000_000_000, "KRW"],
    ["6조 7,000억원", 6_700_000_000_000, "KRW"],
    ["6.6조", 6_600_000_000_000, null],
    ["1,276만 달러", 12_760_000, "USD"],
    ["795만7천달러", 7_957_000, "USD"],
    ["20조1,213억원", 20_121_300_000_000, "KRW"],
    ["300억원", 30_000_000_000, "KRW"],
    ["1,000원", 1000, "KRW"],
    ["US$1.5 million", 1_500_000, "USD"],
    ["€2.3m", 2_300_000, "EUR"],
    ["약 5억 원", 500_000_000, "KRW"],
    ["25만 개", 250_000, null],
  ])("reads %s as %d %s (the issue's examples)", (text, amount, currency) => {
    expect(parseAmount(text)).toEqual({ amount, currency });
  });

  it.each([
    ["1,234만 5,678 원", 12_345_678, "KRW"],
    ["-70만 원", -700_000, "KRW"],
    ["△3억원", -300_000_000, "KRW"],
    ["0 원", 0, "KRW"],
    ["만 원", 10_000, "KRW"],
    ["천만원", 10_000_000, "KRW"],
    ["5천만 원", 50_000_000, "KRW"],
    ["3천5백만원", 35_000_000, "KRW"],
    ["1.5억", 150_000_000, null],
    ["300억여 원", 30_000_000_000, "KRW"],
    ["5억 원 가량", 500_000_000, "KRW"],
    ["약 20억원 규모", 2_000_000_000, "KRW"],
    ["1억5천만원", 150_000_000, "KRW"],
    ["1조 2,345억 6,789만 원", 1_234_567_890_000, "KRW"],
    ["$1,000.50", 1000.5, "USD"],
    ["1.5M USD", 1_500_000, "USD"],
    ["１,０００원", 1000, "KRW"],
    ["USD 1,000", 1000, "USD"],
    ["1,000 usd", 1000, "USD"],
    ["KRW 5억", 500_000_000, "KRW"],
    ["$2bn", 2_000_000_000, "USD"],
    ["500k", 500_000, null],
    ["100만엔", 1_000_000, "JPY"],
    ["2억 위안", 200_000_000, "CNY"],
    ["￦1,000", 1000, "KRW"],
    ["3,000만 유로", 30_000_000, "EUR"],
    ["5 billion won", 5_000_000_000, "KRW"],
    ["1,200명", 1200, null],
    ["  42  ", 42, null],
    ["0.1", 0.1, null],
  ])("reads %s as %d %s", (text, amount, currency) => {
    expect(parseAmount(text)).toEqual({ amount, currency });
  });

  it("passes numbers through and reads blank as 0", () => {
    expect(parseAmount(1234.5)).toEqual({ amount: 1234.5, currency: null });
    expect(parseAmount("")).toEqual({ amount: 0, currency: null });
    expect(parseAmount("   ")).toEqual({ amount: 0, currency: null });
    expect(parseAmount(null)).toEqual({ amount: 0, currency: null });
    expect(parseAmount(undefined)).toEqual({ amount: 0, currency: null });
  });

  it.each([
    ["약간", "unexpected"],
    ["abc", "unexpected"],
    ["원", "there is no number"],
    ["1 000", "two numbers in a row"],
    ["1,2345", "misplaced thousands comma"],
    ["5만 3억", "out of order"],
    ["5백3천", "out of order"],
    ["$100 EUR", "two currencies"],
    ["1.5 million 3", "nothing may follow"],
    ["3억 million", "must follow a single number"],
    ["$5개", "both a currency and a count unit"],
    ["--5", "two minus signs"],
  ])("rejects %s, quoting it (%s)", (text, reason) => {
    expect(() => parseAmount(text)).toThrow(AmountParseError);
    expect(() => parseAmount(text)).toThrow(`"${text}" is not an amount`);
    expect(() => parseAmount(text)).toThrow(reason);
  });

  it("rejects non-finite numbers and booleans", () => {
    expect(() => parseAmount(Number.NaN)).toThrow(AmountParseError);
    expect(() => parseAmount(true)).toThrow('"true" is not an amount');
  });

  it("keeps the offending text on the error", () => {
    try {
      parseAmount("약간");
      throw new Error("expected a throw");
    } catch (error) {
      expect(error).toBeInstanceOf(AmountParseError);
      expect((error as AmountParseError).text).toBe("약간");
    }
  });

  it("round-trips every integer through formatKrw (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(parseAmount(formatKrw(n))).toEqual({ amount: n === 0 ? 0 : n, currency: "KRW" });
      }),
      { numRuns: 2000 },
    );
  });

  it("round-trips amounts built from Korean groups (property)", () => {
    const group = fc.integer({ min: 0, max: 9999 });
    fc.assert(
      fc.property(group, group, group, group, (jo, eok, man, won) => {
        const n = jo * 1e12 + eok * 1e8 + man * 1e4 + won;
        expect(parseAmount(formatKrw(n)).amount).toBe(n);
      }),
    );
  });
});

describe("officers' shorthand and ambiguous dots (issue 9 item 16)", () => {
  it("reads a bare 천/백/십 after 억 as that many 만, and after 조 as that many 억", () => {
    expect(parseAmount("1억2천")).toEqual({ amount: 120_000_000, currency: null });
    expect(parseAmount("1억2천만")).toEqual({ amount: 120_000_000, currency: null });
    expect(parseAmount("1억2천5백 원")).toEqual({ amount: 125_000_000, currency: "KRW" });
    expect(parseAmount("3조5천")).toEqual({ amount: 3_500_000_000_000, currency: null });
    expect(parseAmount("1만2천")).toEqual({ amount: 12_000, currency: null });
    expect(parseAmount("1억 2,500원")).toEqual({ amount: 100_002_500, currency: "KRW" });
  });

  it("reads the shorthand as the next group down for any counts (property)", () => {
    const units = [
      ["천", 1000],
      ["백", 100],
      ["십", 10],
    ] as const;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9 }), fc.constantFrom(...units), fc.constantFrom(["억", 1e8], ["조", 1e12]), (big, count, [unit, unitValue], [bigUnit, bigValue]) => {
        const nextDown = bigValue / 1e4;
        expect(parseAmount(`${big}${bigUnit}${count}${unit}`).amount).toBe(big * bigValue + count * unitValue * nextDown);
        expect(parseAmount(`${big}${bigUnit} ${count}${unit} 원`).amount).toBe(big * bigValue + count * unitValue * nextDown);
      }),
    );
  });

  it("refuses a dot followed by exactly three digits, which is a thousands dot in Europe, and asks for clarity", () => {
    expect(() => parseAmount("€1.000")).toThrow('"1.000" could be 1000 (a thousands dot) or 1 (a decimal point); write 1,000 or 1');
    expect(() => parseAmount("1.500")).toThrow(AmountParseError);
    expect(() => parseAmount("US$ 12.500")).toThrow(AmountParseError);
    expect(parseAmount("€1,000")).toEqual({ amount: 1000, currency: "EUR" });
    expect(parseAmount("1,000.500")).toEqual({ amount: 1000.5, currency: null });
    expect(parseAmount("1234.567")).toEqual({ amount: 1234.567, currency: null });
    expect(parseAmount("0.125")).toEqual({ amount: 0.125, currency: null });
    expect(parseAmount("1.5 million")).toEqual({ amount: 1_500_000, currency: null });
  });

  it("refuses every one-to-three-digit number with a three-digit fraction, with or without a currency (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 }), fc.constantFrom("", "€", "$", "USD "), (whole, fraction, currency) => {
        expect(() => parseAmount(`${currency}${whole}.${String(fraction).padStart(3, "0")}`)).toThrow(AmountParseError);
      }),
    );
  });
});

describe("parseAmount fast path for plain numbers", () => {
  /** What the tokenising path gives: a surrounding space keeps the text off the fast path. */
  const tokenised = (text: string) => {
    try {
      return parseAmount(` ${text}`);
    } catch (error) {
      return error instanceof AmountParseError ? "AmountParseError" : "?";
    }
  };
  const fast = (text: string) => {
    try {
      return parseAmount(text);
    } catch (error) {
      return error instanceof AmountParseError ? "AmountParseError" : "?";
    }
  };
  const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: min, maxLength: max });
  const grouped = fc
    .tuple(fc.integer({ min: 1, max: 999 }), fc.array(digits(3, 3), { minLength: 1, maxLength: 6 }))
    .map(([head, groups]) => [String(head), ...groups].join(","));
  const plain = fc
    .tuple(fc.oneof(digits(1, 25), grouped), fc.option(digits(1, 20), { nil: undefined }))
    .map(([whole, fraction]) => (fraction === undefined ? whole : `${whole}.${fraction}`));

  it("gives exactly what the tokenising path gives, for integers, grouped thousands and fractions", () => {
    fc.assert(fc.property(plain, (text) => expect(fast(text)).toEqual(tokenised(text))), { numRuns: 5000 });
  });

  it.each(["0", "007", "1500000", "1,500,000", "1500.25", "0.1", "123456789012345678901234", "9007199254740993", "1.000000000000001", "12345678901234.56789"])(
    "%s agrees with the tokenising path",
    (text) => {
      expect(fast(text)).toEqual(tokenised(text));
    },
  );

  it("leaves near-misses to the tokenising path, which rejects or reads them as before", () => {
    expect(() => parseAmount("1,2345")).toThrow(AmountParseError);
    expect(() => parseAmount("1.")).toThrow(AmountParseError);
    expect(parseAmount("1,500,000원")).toEqual({ amount: 1_500_000, currency: "KRW" });
    expect(parseAmount("１２３")).toEqual({ amount: 123, currency: null });
  });
});
