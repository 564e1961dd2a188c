import fc from "fast-check";
import { foldText, isBlank } from "./text";

/** foldText as first written: NFKC for every text. The ASCII fast path must agree with it. */
function foldByNfkc(value: unknown): string {
  return String(value ?? "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_]+/g, "");
}

describe("foldText", () => {
  it.each([
    ["Investment", "investment"],
    [" In progress ", "inprogress"],
    ["HS_code", "hscode"],
    ["ＵＳＤ", "usd"],
    ["양해각서 (MOU)", "양해각서(mou)"],
    ["\tKorea\u3000", "korea"],
    [null, ""],
    [42, "42"],
  ])("folds %p to %p", (raw, folded) => {
    expect(foldText(raw)).toBe(folded);
  });

  it("agrees with the NFKC path on ASCII text (the fast path)", () => {
    fc.assert(fc.property(fc.string({ unit: "binary-ascii" }), (text) => foldText(text) === foldByNfkc(text)), { numRuns: 2000 });
  });

  it("agrees with the NFKC path on any text, full-width and compatibility forms included", () => {
    const compatibility = fc.constantFrom("Ａ", "ｚ", "１", "　", "ﬁ", "㎡", "①", "Ⅳ", "ｶ", "ㄱ", "가", "_", " ", "\u00a0", "I", "İ", "ß", "é", "e\u0301");
    const text = fc.array(fc.oneof(fc.string({ unit: "grapheme" }), compatibility), { maxLength: 8 }).map((parts) => parts.join(""));
    fc.assert(fc.property(fc.oneof(text, fc.string({ unit: "binary" })), (value) => foldText(value) === foldByNfkc(value)), { numRuns: 2000 });
  });
});

describe("isBlank", () => {
  it("counts invisible-only text as blank, and nothing visible (issue 9)", () => {
    for (const blank of [null, undefined, "", "  ", "\u200b", "\ufeff", "\u200b \u2060\u00ad", "\u3000"]) expect(isBlank(blank)).toBe(true);
    for (const filled of ["a", "\u200ba", "0", 0, false, "가"]) expect(isBlank(filled)).toBe(false);
  });
});
