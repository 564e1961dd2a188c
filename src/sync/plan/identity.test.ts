import fc from "fast-check";
import { nextId } from "../../schema";
import { IdAllocator } from "./identity";
import { naturalKey } from "./syncTable";

describe("IdAllocator", () => {
  it("hands out exactly what nextId would, one ID after another, whatever was taken before", () => {
    const takenId = fc.oneof(
      fc.integer({ min: 0, max: 40 }).map((n) => `창원-2019-${String(n).padStart(3, "0")}`),
      fc.integer({ min: 0, max: 9 }).map((n) => `창원-미정-${String(n).padStart(2, "0")}`),
      fc.constantFrom("창원-2019-x1", "창원-2019-", "CT-2020-7", "CT-2020-0009", "창원-2019-1000"),
    );
    const request = fc.constantFrom<[string, number | null]>(["창원시", 2019], ["창원시", null], ["", 2020], ["창원시", Number.NaN]);
    fc.assert(
      fc.property(fc.array(takenId, { maxLength: 25 }), fc.array(request, { minLength: 1, maxLength: 30 }), (taken, requests) => {
        const allocator = new IdAllocator(() => taken);
        const mirror = new Set(taken);
        for (const [agency, year] of requests) {
          const expected = nextId(agency, year, mirror);
          expect(allocator.next(nextId(agency, year, new Set()))).toBe(expected);
          mirror.add(expected);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("naturalKey", () => {
  it("folds spellings alike and tells categories apart", () => {
    const base = { agency: "창원시", partner: "Acme", signed: "2019-11-18", instrument: "MOU", country: "미국", category: "투자" };
    expect(naturalKey(base)).toBe(naturalKey({ ...base, instrument: "양해각서(MOU)", country: "US", category: "Investment", signed: 43787 }));
    expect(naturalKey(base)).not.toBe(naturalKey({ ...base, category: "수출" }));
  });
});
