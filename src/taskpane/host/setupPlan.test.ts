import { SCHEMA_VERSION, headerRow } from "../../schema";
import { columnLetters } from "../../a1/columns";
import { contiguousRuns } from "./rowPlan";
import { planSetup, uniqueSheetName } from "./setupPlan";

describe("planSetup", () => {
  const empty = { sheetNames: ["Sheet1"], commitments: null, fx: null, schemaVersion: null };

  it("creates both tables in the user's language on an empty workbook", () => {
    const plan = planSetup(empty, "en");
    expect(plan).toMatchObject({ kind: "create", language: "en", sheetName: "Commitments", writeSchemaVersion: true });
    if (plan.kind !== "create") throw new Error("expected create");
    expect(plan.columns.map((c) => c.header)).toEqual(headerRow("en"));
    expect(plan.fx?.sheetName).toBe("FxRates");
    expect(plan.columns.find((c) => c.key === "status")?.listSource).toBe("Planned,Signed,In progress,Completed,Lapsed,Cancelled");
  });

  it("changes nothing for an up-to-date workbook", () => {
    const plan = planSetup(
      {
        sheetNames: ["약정", "환율"],
        commitments: { sheetName: "약정", headers: headerRow("ko"), bodyRowCount: 4 },
        fx: { sheetName: "환율", headers: ["통화", "원화환율", "단위", "기준일"] },
        schemaVersion: SCHEMA_VERSION,
      },
      "en",
    );
    expect(plan).toEqual({ kind: "unchanged", language: "ko", sheetName: "약정" });
  });

  it("records a missing schema version as an upgrade without columns", () => {
    const plan = planSetup(
      { sheetNames: ["약정", "환율"], commitments: { sheetName: "약정", headers: headerRow("ko"), bodyRowCount: 1 }, fx: { sheetName: "환율", headers: ["Currency", "KRW per unit", "Per", "As of"] }, schemaVersion: null },
      "ko",
    );
    expect(plan).toMatchObject({ kind: "upgrade", columns: [], fx: null, writeSchemaVersion: true });
  });

  it("refuses headers that look like a missing column but do not match it", () => {
    const state = { ...empty, commitments: { sheetName: "약정", headers: ["관리번호", "추진기관", "금액(원)", "비고 2"], bodyRowCount: 2 } };
    expect(() => planSetup(state, "ko")).toThrow(/"금액\(원\)" looks like the Amount column/);
    // Next to the real column, a variant is just an extra column.
    const withAmount = { ...empty, commitments: { sheetName: "약정", headers: ["관리번호", "금액", "금액(원)"], bodyRowCount: 2 } };
    expect(planSetup(withAmount, "ko").kind).toBe("upgrade");
  });

  it("refuses a workbook set up by a newer add-in", () => {
    expect(() => planSetup({ ...empty, schemaVersion: SCHEMA_VERSION + 1 }, "ko")).toThrow(/newer version/);
  });
});

describe("small helpers", () => {
  it("names sheets around existing ones, ignoring case", () => {
    expect(uniqueSheetName("약정", ["Sheet1"])).toBe("약정");
    expect(uniqueSheetName("Commitments", ["commitments", "Commitments (2)"])).toBe("Commitments (3)");
  });

  it("converts column indexes to letters", () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]);
    expect(() => columnLetters(-1)).toThrow(RangeError);
  });

  it("groups cells into contiguous runs", () => {
    const runs = contiguousRuns(new Map([[3, "d"], [0, "a"], [1, "b"], [5, "f"]]));
    expect(runs).toEqual([{ start: 0, values: ["a", "b"] }, { start: 3, values: ["d"] }, { start: 5, values: ["f"] }]);
  });
});
