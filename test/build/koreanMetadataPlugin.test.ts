/**
 * The build step that writes functions.ko-KR.json: it must produce the Korean
 * file from functions.json, and fail the build, with a message naming the
 * problem, whenever it cannot. Runs a tiny webpack compilation in-process.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import webpack, { type Compiler, type Configuration, type Stats } from "webpack";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { KoreanFunctionsMetadataPlugin } = require("../../webpack.config.js") as {
  KoreanFunctionsMetadataPlugin: new (options?: { localizeScript?: string; translations?: string }) => { apply(compiler: Compiler): void };
};

const ROOT = path.resolve(__dirname, "../..");
const LOCALIZE_SCRIPT = path.join(ROOT, "scripts/localize-functions-metadata.js");

const FUNCTIONS_JSON = {
  functions: [
    {
      id: "COUNT",
      name: "COUNT",
      description: "Number of commitments.",
      parameters: [{ name: "table", description: "The whole table.", type: "any", dimensionality: "matrix" }],
      result: { type: "number" },
    },
  ],
};

/** Stands in for CustomFunctionsMetadataPlugin, which adds functions.json the same way. */
class FakeFunctionsJson {
  constructor(private readonly present: boolean) {}
  apply(compiler: Compiler) {
    compiler.hooks.thisCompilation.tap("FakeFunctionsJson", (compilation) => {
      if (this.present) compilation.assets["functions.json"] = new webpack.sources.RawSource(JSON.stringify(FUNCTIONS_JSON));
    });
  }
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "ko-metadata-"));
  writeFileSync(path.join(work, "entry.js"), "export const nothing = 0;\n");
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function translationsFile(content: unknown): string {
  const file = path.join(work, `translations-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(content));
  return file;
}

function compile(plugins: Configuration["plugins"]): Promise<Stats> {
  const compiler = webpack({
    mode: "development",
    devtool: false,
    context: work,
    entry: "./entry.js",
    output: { path: path.join(work, "out"), clean: true },
    infrastructureLogging: { level: "error" },
    plugins,
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error || !stats) reject(error ?? new Error("no stats"));
      else resolve(stats);
    }),
  );
}

const errorsOf = (stats: Stats) => stats.compilation.errors.map((error) => error.message);

describe("KoreanFunctionsMetadataPlugin", () => {
  it("writes functions.ko-KR.json with the same ids and Korean descriptions", async () => {
    const translations = translationsFile({ COUNT: { description: "약정 건수입니다.", parameters: { table: "약정 표 전체" } } });
    const stats = await compile([new FakeFunctionsJson(true), new KoreanFunctionsMetadataPlugin({ localizeScript: LOCALIZE_SCRIPT, translations })]);
    expect(errorsOf(stats)).toEqual([]);
    const korean = JSON.parse(readFileSync(path.join(work, "out", "functions.ko-KR.json"), "utf8"));
    expect(korean.functions.map((fn: { id: string }) => fn.id)).toEqual(["COUNT"]);
    expect(korean.functions[0].description).toBe("약정 건수입니다.");
    expect(korean.functions[0].parameters[0]).toMatchObject({ name: "table", description: "약정 표 전체" });
  });

  it("fails the build when a function has no Korean translation", async () => {
    const translations = translationsFile({});
    const stats = await compile([new FakeFunctionsJson(true), new KoreanFunctionsMetadataPlugin({ localizeScript: LOCALIZE_SCRIPT, translations })]);
    expect(errorsOf(stats).join("\n")).toMatch(/could not generate functions\.ko-KR\.json:[\s\S]*COUNT has no Korean translation/);
    expect(existsSync(path.join(work, "out", "functions.ko-KR.json"))).toBe(false);
  });

  it("fails the build, naming the file, when the translation table or the script is missing", async () => {
    const missingTable = await compile([
      new FakeFunctionsJson(true),
      new KoreanFunctionsMetadataPlugin({ localizeScript: LOCALIZE_SCRIPT, translations: path.join(work, "nope.json") }),
    ]);
    expect(errorsOf(missingTable).join("\n")).toMatch(/nope\.json is missing/);
    const missingScript = await compile([
      new FakeFunctionsJson(true),
      new KoreanFunctionsMetadataPlugin({ localizeScript: path.join(work, "gone.js"), translations: translationsFile({}) }),
    ]);
    expect(errorsOf(missingScript).join("\n")).toMatch(/gone\.js is missing/);
  });

  it("fails the build when functions.json itself was not generated", async () => {
    const stats = await compile([new FakeFunctionsJson(false), new KoreanFunctionsMetadataPlugin({ localizeScript: LOCALIZE_SCRIPT, translations: translationsFile({}) })]);
    expect(errorsOf(stats).join("\n")).toMatch(/functions\.json was not generated/);
  });
});
