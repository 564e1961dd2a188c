/**
 * Every function spec again, with empty cells passed as 0, as Excel desktop passes them to a
 * custom function (office-js #4702 for a scalar reference, #5262 and #1951 inside ranges). The
 * specs build their tables with commitments(), which writes the mode's blank, so the same
 * expectations must hold when a blank arrives as 0.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { setBlankCell } from "./commitmentsTable";

setBlankCell(0);

const specs = readdirSync(__dirname)
  .filter((file) => file.endsWith(".test.ts") && file !== path.basename(__filename))
  .sort();

describe("function specs with blanks passed as 0 (Excel desktop)", () => {
  it("finds the specs", () => {
    expect(specs.length).toBeGreaterThanOrEqual(10);
  });
  for (const file of specs) {
    describe(file, () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- registers the spec's tests inside this describe
      require(path.join(__dirname, file));
    });
  }
});
