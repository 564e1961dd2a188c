import { readFileSync } from "node:fs";
import path from "node:path";
import * as functions from "./functions";
import { FUNCTIONS, FUNCTION_IDS } from "./registry";
import translations from "./metadata/ko-KR.translations.json";

const CONTRACT = {
  exportValue: "EXPORTVALUE",
  investmentValue: "INVESTMENTVALUE",
  total: "TOTAL",
  count: "COUNT",
  pivot: "PIVOT",
  realization: "REALIZATION",
  quarter: "QUARTER",
  parseAmount: "PARSEAMOUNT",
  parseCurrency: "PARSECURRENCY",
  formatKrw: "FORMATKRW",
  toKrw: "TOKRW",
  realized: "REALIZED",
  progressPivot: "PROGRESSPIVOT",
} as const;

describe("functions.ts", () => {
  it("imports in plain Node with no Office globals and exports every contract function by name", () => {
    expect(typeof (globalThis as { Office?: unknown }).Office).toBe("undefined");
    expect(typeof (globalThis as { CustomFunctions?: unknown }).CustomFunctions).toBe("undefined");
    expect(Object.keys(functions).sort()).toEqual(Object.keys(CONTRACT).sort());
    for (const name of Object.keys(CONTRACT)) expect(typeof functions[name as keyof typeof functions]).toBe("function");
  });

  it("leaves CustomFunctions.associate to the webpack metadata loader", () => {
    const source = readFileSync(path.join(__dirname, "functions.ts"), "utf8");
    expect(source).not.toMatch(/CustomFunctions\s*\.\s*associate\s*\(/);
  });

  it("registers exactly the contract ids, in order", () => {
    expect(FUNCTION_IDS).toEqual(Object.values(CONTRACT));
  });

  it("has a Korean description for every function and parameter in the registry", () => {
    const korean = translations as Record<string, { description: string; parameters: Record<string, string> }>;
    expect(Object.keys(korean).sort()).toEqual([...FUNCTION_IDS].sort());
    for (const id of FUNCTION_IDS) {
      expect(korean[id].description).toMatch(/[가-힣]/);
      expect(Object.keys(korean[id].parameters)).toEqual(FUNCTIONS[id].params.map((p) => p.name));
      for (const text of Object.values(korean[id].parameters)) expect(text).toMatch(/[가-힣]/);
    }
  });

  it("takes as many arguments as the registry declares", () => {
    for (const [name, id] of Object.entries(CONTRACT)) {
      expect(functions[name as keyof typeof functions].length).toBe(FUNCTIONS[id].params.length);
    }
  });
});
