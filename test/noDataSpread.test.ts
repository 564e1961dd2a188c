/**
 * Spreading an array into a call passes every element as an argument, on the
 * stack: `Math.max(...rows)` throws RangeError above about 125k elements, which is
 * how parseDelimited and rejectedToCsv crashed on large files (issue 9 item 12).
 * This keeps such calls out of the code base, except where the array is bounded
 * by something other than the data; each exception says what bounds it.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = join(__dirname, "..");
const CALLS = /\b(?:Math\.(?:max|min)|\.push|\.unshift|\.splice|String\.fromCharCode|String\.fromCodePoint)\(/g;

/** Whether a line spreads something straight into one of the calls (a spread inside an array or object literal argument is fine). */
function spreadsIntoCall(line: string): boolean {
  for (const match of line.matchAll(CALLS)) {
    let depth = 0;
    for (let i = match.index! + match[0].length; i < line.length; i++) {
      const char = line[i];
      if (char === "(" || char === "[" || char === "{") depth++;
      else if (char === ")" || char === "]" || char === "}") {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && line.startsWith("...", i)) return true;
    }
  }
  return false;
}

/** file → line text fragments allowed, with what bounds the spread array. */
const BOUNDED: Readonly<Record<string, readonly string[]>> = {
  // The tokens of one typed amount ("1억 2천만 원"): a handful.
  "src/money/parseAmount.ts": ["...tokens.map("],
  // The matrix arguments of one formula call: a handful.
  "src/demo/formulas/evaluateFormula.ts": ["...matrices.map("],
  // The areas of one merge call, and the columns of one insert (at most 16,384).
  "src/simulator/range.ts": ["...areas.filter("],
  "src/simulator/cellStore.ts": ["...new Array<T>(n)"],
  // Candidates and markers within one sentence of a press release.
  "src/extract/extract.ts": ["...group.map("],
  "src/extract/candidates.ts": ["...layout.markers.filter("],
  // The lines of the bench's own result table.
  "bench/harness.ts": ["...lines.map("],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "node_modules" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("no data-sized spreads into calls (issue 9 item 12)", () => {
  it("finds none outside the bounded exceptions", () => {
    const found: string[] = [];
    for (const file of [...sourceFiles(join(ROOT, "src")), ...sourceFiles(join(ROOT, "bench"))]) {
      const name = relative(ROOT, file).split("\\").join("/");
      readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, index) => {
          if (line.trim().startsWith("//") || line.trim().startsWith("*") || !spreadsIntoCall(line)) return;
          if ((BOUNDED[name] ?? []).some((fragment) => line.includes(fragment))) return;
          found.push(`${name}:${index + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });

  it("recognises the pattern it guards against", () => {
    expect(spreadsIntoCall("const width = Math.max(...rows.map((r) => r.length));")).toBe(true);
    expect(spreadsIntoCall("const width = Math.max(header.length, ...rows.map((r) => r.length));")).toBe(true);
    expect(spreadsIntoCall("out.push(...chunk)")).toBe(true);
    expect(spreadsIntoCall("out.push([...cells, x], { ...rest })")).toBe(false);
    expect(spreadsIntoCall("const row = [...cells, x];")).toBe(false);
  });
});
