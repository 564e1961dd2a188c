import { readFileSync } from "node:fs";
import path from "node:path";
import { PRESS_EXAMPLES } from "./examples";

describe("press release examples", () => {
  it.each(PRESS_EXAMPLES.map((e) => [e.file, e]))("are the seed fixture verbatim (%s)", (_, example) => {
    expect(example.text).toBe(readFileSync(path.join(__dirname, "../../../../test/fixtures/press", example.file), "utf8"));
  });
});
