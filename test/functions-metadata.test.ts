/**
 * Golden-file tests for the custom-functions metadata (Script Lab style): functions.json as
 * custom-functions-metadata generates it from src/functions/functions.ts, and its ko-KR twin.
 * Run with UPDATE_GOLDEN=1 to rewrite the goldens after an intended change, then review the diff.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import translations from "../src/functions/metadata/ko-KR.translations.json";
import { FUNCTIONS, FUNCTION_IDS } from "../src/functions/registry";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the localizer is CommonJS so webpack.config.js can require it
const { localizeMetadata } = require("../scripts/localize-functions-metadata.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build config is CommonJS
const build = require("../webpack.config.js") as {
  applyMetadataFlags: (metadata: unknown, flags: unknown) => Metadata;
  METADATA_FLAGS: string;
  KoreanFunctionsMetadataPlugin: new () => { apply(compiler: import("webpack").Compiler): void };
};

interface Metadata {
  allowErrorForDataTypeAny?: boolean;
  functions: { id: string; name: string; description: string; parameters: { name: string; description: string; optional?: boolean; repeating?: boolean }[] }[];
}

const root = path.resolve(__dirname, "..");
const golden = (name: string) => path.join(root, "test", "golden", name);

function compareWithGolden(name: string, actual: unknown): void {
  const text = `${JSON.stringify(actual, null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(golden(name), text);
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(golden(name), "utf8")));
}

let english: Metadata;
let errors: string[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(path.join(root, "src/functions/functions.ts"));
  errors = result.errors;
  // What the build ships: the generated metadata plus the top-level flags the generator cannot emit.
  english = build.applyMetadataFlags(JSON.parse(result.metadataJson), JSON.parse(readFileSync(build.METADATA_FLAGS, "utf8")));
}, 60_000);

describe("custom-functions metadata", () => {
  it("generates without errors", () => {
    expect(errors).toEqual([]);
  });

  it("declares exactly the contract ids, upper-case, under English names", () => {
    expect(english.functions.map((f) => f.id)).toEqual(FUNCTION_IDS);
    for (const fn of english.functions) {
      expect(fn.id).toMatch(/^[A-Z]+$/);
      expect(fn.name).toBe(fn.id);
    }
  });

  it("declares the registry's parameters, with criteria repeating and last", () => {
    for (const fn of english.functions) {
      expect(fn.parameters.map((p) => p.name)).toEqual(FUNCTIONS[fn.id as keyof typeof FUNCTIONS].params.map((p) => p.name));
      const repeating = fn.parameters.filter((p) => p.repeating);
      if (repeating.length > 0) {
        expect(repeating.map((p) => p.name)).toEqual(["criteria"]);
        expect(fn.parameters[fn.parameters.length - 1].name).toBe("criteria");
      }
    }
    expect(english.functions.filter((f) => f.parameters.some((p) => p.repeating)).map((f) => f.id)).toEqual(["TOTAL", "COUNT", "PIVOT", "REALIZATION", "REALIZED", "PROGRESSPIVOT"]);
  });

  it("lets Excel call the functions when a range holds an error cell (allowErrorForDataTypeAny), in both languages", () => {
    expect(english.allowErrorForDataTypeAny).toBe(true);
    expect(localizeMetadata(english, translations).allowErrorForDataTypeAny).toBe(true);
  });

  it("has the build add the flag to functions.json and functions.ko-KR.json", async () => {
    const webpack = (await import("webpack")).default;
    const work = mkdtempSync(path.join(tmpdir(), "metadata-flags-"));
    try {
      writeFileSync(path.join(work, "entry.js"), "export const nothing = 0;\n");
      const generated = { allowCustomDataForDataTypeAny: true, functions: english.functions };
      const fakeGenerator = {
        apply(compiler: import("webpack").Compiler) {
          compiler.hooks.thisCompilation.tap("FakeFunctionsJson", (compilation) => {
            compilation.assets["functions.json"] = new webpack.sources.RawSource(JSON.stringify(generated));
          });
        },
      };
      const compiler = webpack({
        mode: "development",
        devtool: false,
        context: work,
        entry: "./entry.js",
        output: { path: path.join(work, "out") },
        infrastructureLogging: { level: "error" },
        plugins: [fakeGenerator, new build.KoreanFunctionsMetadataPlugin()],
      });
      const stats = await new Promise<import("webpack").Stats>((done, fail) =>
        compiler.run((error, result) => compiler.close(() => (error || !result ? fail(error ?? new Error("no stats")) : done(result)))),
      );
      expect(stats.compilation.errors.map((e) => e.message)).toEqual([]);
      for (const file of ["functions.json", "functions.ko-KR.json"]) {
        const shipped = JSON.parse(readFileSync(path.join(work, "out", file), "utf8"));
        expect({ file, flag: shipped.allowErrorForDataTypeAny, custom: shipped.allowCustomDataForDataTypeAny }).toEqual({ file, flag: true, custom: true });
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 60_000);

  it("matches the functions.json golden", () => {
    compareWithGolden("functions.json", english);
  });

  it("localizes to ko-KR: same ids and names, Korean descriptions, and matches the golden", () => {
    const korean: Metadata = localizeMetadata(english, translations);
    expect(korean.functions.map((f) => [f.id, f.name])).toEqual(english.functions.map((f) => [f.id, f.name]));
    for (const fn of korean.functions) {
      expect(fn.description).toMatch(/[가-힣]/);
      for (const p of fn.parameters) expect(p.description).toMatch(/[가-힣]/);
    }
    compareWithGolden("functions.ko-KR.json", korean);
  });

  it("refuses to localize when a translation is missing or stale", () => {
    const { TOKRW: _dropped, ...withoutToKrw } = translations as Record<string, unknown>;
    expect(() => localizeMetadata(english, withoutToKrw)).toThrow("TOKRW has no Korean translation");
    const missingParam = JSON.parse(JSON.stringify(translations));
    delete missingParam.PIVOT.parameters.measure;
    expect(() => localizeMetadata(english, missingParam)).toThrow("PIVOT: parameter measure has no Korean description");
    const stale = { ...translations, OLDFUNCTION: { description: "옛 함수", parameters: {} } };
    expect(() => localizeMetadata(english, stale)).toThrow("translation for unknown function OLDFUNCTION");
  });
});
