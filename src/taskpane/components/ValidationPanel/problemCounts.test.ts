import { problemCounts } from "./problemCounts";

describe("problemCounts", () => {
  it("counts by kind in the panel's order, leaving out kinds with none", () => {
    expect(problemCounts([{ code: "noFxRate" }, { code: "required" }, { code: "noFxRate" }])).toEqual([
      { code: "required", count: 1 },
      { code: "noFxRate", count: 2 },
    ]);
    expect(problemCounts([])).toEqual([]);
  });
});
