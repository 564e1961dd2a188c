import { hasWildcard, normalizeText, textMatcher } from "./text";

describe("SUMIFS-style text matching", () => {
  it("normalizes case, width and spaces", () => {
    expect(normalizeText("  Sweet   Persimmon ")).toBe("sweet persimmon");
    expect(normalizeText("ＩＢＭ")).toBe("ibm");
    expect(normalizeText(81070)).toBe("81070");
    expect(normalizeText(null)).toBe("");
  });

  it("treats * and ? as wildcards unless escaped with ~", () => {
    expect(hasWildcard("a*")).toBe(true);
    expect(hasWildcard("a~*")).toBe(false);
    expect(hasWildcard("a~~*")).toBe(true);
    const m = textMatcher("Pe?r*");
    expect(m("pear")).toBe(true);
    expect(m("peer tree")).toBe(true);
    expect(m("per")).toBe(false);
    expect(textMatcher("100~%")("100~%")).toBe(true);
    expect(textMatcher("what~?")("what?")).toBe(true);
    expect(textMatcher("what~?")("whatx")).toBe(false);
    expect(textMatcher("a.b*")("axb")).toBe(false);
  });

  it("never matches an empty cell with a wildcard, as SUMIFS", () => {
    expect(textMatcher("*")("")).toBe(false);
    expect(textMatcher("")("")).toBe(true);
  });
});
