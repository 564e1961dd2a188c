import fc from "fast-check";
import { countryName, normalizeCountry } from "./countries";
import { INSTRUMENTS, STATUSES } from "./columns";
import { normalizeCurrency } from "./currencies";
import { matchEnum } from "./enums";
import { memoiseByText } from "./textMemo";

describe("memoiseByText", () => {
  it("computes each text once, remembers null results too, and starts over when full", () => {
    const calls: string[] = [];
    const lookup = memoiseByText((text) => {
      calls.push(text);
      return text === "none" ? null : text.length;
    }, 3);
    expect([lookup("ab"), lookup("ab"), lookup("none"), lookup("none"), lookup("c")]).toEqual([2, 2, null, null, 1]);
    expect(calls).toEqual(["ab", "none", "c"]);
    expect(lookup("dddd")).toBe(4); // the cache was full: it starts over with this entry
    expect(lookup("ab")).toBe(2);
    expect(calls).toEqual(["ab", "none", "c", "dddd", "ab"]);
  });
});

describe("memoised schema lookups", () => {
  const spellings = fc.oneof(
    fc.constantFrom("US", " us ", "미국", "United States", "usa", "Korea", "대한민국", "XX", "", " "),
    fc.constantFrom("USD", "usd", "달러", "불", "₩", "원", "eur", "ＥＵＲ", "XYZ", "$"),
    fc.constantFrom("MOU", "양해각서", "양해각서(MOU)", "loi", "Completed", "완료", "in-progress", "진행 중", "nope"),
    fc.string({ maxLength: 6 }),
  );

  it("give the same answer for a text however often and in whatever order it is asked", () => {
    fc.assert(
      fc.property(fc.array(spellings, { maxLength: 30 }), (texts) => {
        const first = texts.map((t) => [normalizeCountry(t), normalizeCurrency(t), matchEnum(INSTRUMENTS, t), matchEnum(STATUSES, t)]);
        const again = [...texts].reverse().map((t) => [normalizeCountry(t), normalizeCurrency(t), matchEnum(INSTRUMENTS, t), matchEnum(STATUSES, t)]).reverse();
        return JSON.stringify(first) === JSON.stringify(again);
      }),
    );
  });

  it("agree with the uncached lookups for non-text cells and for more spellings than the cache holds", () => {
    // Numbers and null skip the cache; 5,000 distinct texts overflow it (4,096) and it starts over.
    expect(normalizeCountry(null)).toBeNull();
    expect(normalizeCurrency(undefined)).toBeNull();
    expect(matchEnum(STATUSES, 42)).toBeNull();
    for (let i = 0; i < 5000; i++) expect(normalizeCountry(`nowhere ${i}`)).toBeNull();
    expect(normalizeCountry("미국")).toBe("US");
    expect(countryName(normalizeCountry(" japan ")!, "ko")).toBe("일본");
    expect(normalizeCurrency("달러")).toBe("USD");
    expect(matchEnum(STATUSES, "완료")?.value).toBe("completed");
  });
});
