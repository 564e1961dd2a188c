import { quarterOptions } from "./quarterOptions";

describe("quarterOptions", () => {
  it("defaults to the latest quarter with agreements and adds older quarters that have data", () => {
    const { options, defaultValue, reason } = quarterOptions(new Date("2026-11-22T00:00:00Z"), ["2024-Q3", "2019-Q4", "2026-Q2"]);
    expect([defaultValue, reason]).toEqual(["2026-Q2", "latestWithData"]);
    expect(options.map((o) => o.value)).toEqual([
      "2026-Q3", "2026-Q2", "2026-Q1", "2025-Q4", "2025-Q3", "2025-Q2", "2025-Q1", "2024-Q4", "2024-Q3", "2019-Q4",
    ]);
    expect(options.filter((o) => o.hasData).map((o) => o.value)).toEqual(["2026-Q2", "2024-Q3", "2019-Q4"]);
  });

  it("picks an old quarter when it is the only one with data (the demo's 2019-Q4), not an empty recent one", () => {
    expect(quarterOptions(new Date("2026-11-22T00:00:00Z"), ["2019-Q4"])).toMatchObject({ defaultValue: "2019-Q4", reason: "latestWithData" });
  });

  it("counts the quarter in progress, but never picks a future quarter (a typo'd year)", () => {
    const { options, defaultValue } = quarterOptions(new Date("2026-11-22T00:00:00Z"), ["2042-Q1", "2026-Q4", "2025-Q1"]);
    expect(defaultValue).toBe("2026-Q4");
    expect(options[0].value).toBe("2042-Q1");
  });

  it("falls back to the last completed quarter, and says so, when no quarter has data", () => {
    expect(quarterOptions(new Date("2026-11-22T00:00:00Z"), [])).toMatchObject({ defaultValue: "2026-Q3", reason: "noData" });
  });
});
