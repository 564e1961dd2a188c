import { quarterOptions } from "./quarterOptions";

describe("quarterOptions", () => {
  it("defaults to the last completed quarter and adds older quarters that have data", () => {
    const { options, defaultValue } = quarterOptions(new Date("2026-11-22T00:00:00Z"), ["2024-Q3", "2019-Q4", "2026-Q2"]);
    expect(defaultValue).toBe("2026-Q3");
    expect(options.map((o) => o.value)).toEqual([
      "2026-Q3", "2026-Q2", "2026-Q1", "2025-Q4", "2025-Q3", "2025-Q2", "2025-Q1", "2024-Q4", "2024-Q3", "2019-Q4",
    ]);
    expect(options.filter((o) => o.hasData).map((o) => o.value)).toEqual(["2026-Q2", "2024-Q3", "2019-Q4"]);
  });
});
