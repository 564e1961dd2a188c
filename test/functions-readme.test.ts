/**
 * Keeps the formula reference (docs/formulas.md) honest: every registered function is documented with an
 * example, and the examples that show a result (`=COMMIT.X(…)` → value) compute that result.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import * as functions from "../src/functions/functions";
import { FUNCTION_IDS } from "../src/functions/registry";

const readme = readFileSync(path.resolve(__dirname, "../docs/formulas.md"), "utf8");
const start = readme.indexOf("## Formula reference");
const reference = readme.slice(start, readme.indexOf("\n## ", start + 1));

const byId = Object.fromEntries(
  Object.entries(functions).map(([name, fn]) => [name.toUpperCase(), fn as (...args: unknown[]) => unknown]),
);

describe("docs/formulas.md formula reference", () => {
  it("documents every function with an example call", () => {
    expect(start).toBeGreaterThanOrEqual(0);
    for (const id of FUNCTION_IDS) expect(reference).toContain(`=COMMIT.${id}(`);
  });

  it("shows results the functions actually return", () => {
    const examples = [...reference.matchAll(/`=COMMIT\.(PARSEAMOUNT|PARSECURRENCY|FORMATKRW|QUARTER)\(([^`]*)\)` → `?([^`|]+?)`?\s*\|/g)];
    expect(examples.length).toBeGreaterThanOrEqual(7);
    for (const [, id, argument, shown] of examples) {
      const arg = argument.startsWith('"') ? argument.slice(1, -1) : Number(argument);
      const result = byId[id](arg);
      const expected = typeof result === "number" ? Number(shown.replace(/,/g, "")) : shown;
      expect({ call: `${id}(${argument})`, result }).toEqual({ call: `${id}(${argument})`, result: expected });
    }
  });
});
