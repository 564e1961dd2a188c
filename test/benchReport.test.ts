import { mergeBenchDoc, suiteSection } from "../bench/report";

const row = { figure: "f", result: "2×", baseline: "b", value: 2, target: { op: "<=", value: 5, unit: "×" } } as const;

describe("docs/benchmarks.md writer", () => {
  it("replaces only the sections of the suites that ran", () => {
    const when = new Date("2026-11-29T10:00:00Z");
    const first = mergeBenchDoc("", new Map([["sync", suiteSection("sync", [row], when)], ["functions", suiteSection("functions", [row], when)]]));
    const later = new Date("2026-11-30T11:00:00Z");
    const second = mergeBenchDoc(first, new Map([["sync", suiteSection("sync", [row], later)]]));
    expect(second.match(/<!-- bench:sync -->/g)).toHaveLength(1);
    expect(second).toContain("Measured 2026-11-30 11:00 UTC");
    expect(second).toContain("Measured 2026-11-29 10:00 UTC"); // functions section kept
    expect(second.indexOf("## sync")).toBeLessThan(second.indexOf("## functions"));
  });
});
