/**
 * The Office API sets the add-in's production code calls, read from the `[Api set: …]`
 * annotations of @types/office-js through the TypeScript type checker (so `range.values`
 * is Excel.Range.values, not any `values`). The manifest's <Requirements> must name the
 * highest ExcelApi version the code uses unconditionally; APIs used only behind an
 * `isSetSupported` check are listed in CONDITIONAL with the check that guards them.
 */
import fs from "fs";
import path from "path";
import ts from "typescript";

export interface ApiUse {
  /** "Excel.Range.find" */
  readonly api: string;
  readonly set: string;
  readonly version: string;
  /** Relative to the repository root. */
  readonly file: string;
}

/** APIs above the manifest's minimum, used only after the named file's run-time check of the set. */
export const CONDITIONAL: ReadonlyMap<string, { readonly set: string; readonly version: string; readonly guardedIn: string }> = new Map([
  // Sync grows the table with table.resize where supported, else rows.add (syncChecks.defaultGrowMethod).
  ["Excel.Table.resize", { set: "ExcelApi", version: "1.13", guardedIn: "src/taskpane/host/syncChecks.ts" }],
]);

const ROOT = path.resolve(__dirname, "../..");
/** Production code: everything the bundles ship (the simulator and the demo never ship). */
const PRODUCTION_DIRS = ["src/taskpane", "src/functions", "src/office", "src/report", "src/sync", "src/schema", "src/validation", "src/money", "src/a1", "src/payload"];

function productionFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(full);
    }
  };
  for (const dir of PRODUCTION_DIRS) walk(path.join(ROOT, dir));
  return out;
}

export function compareVersions(a: string, b: string): number {
  const [a1, a2] = a.split(".").map(Number);
  const [b1, b2] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
}

const API_SET = /\[Api set: (\w+) (\d+\.\d+)/;

/** Every use of an annotated Office API in production code. */
export function apiInventory(): ApiUse[] {
  const config = ts.readConfigFile(path.join(ROOT, "tsconfig.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const files = productionFiles();
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();
  const wanted = new Set(files.map((f) => path.normalize(f)));
  const uses: ApiUse[] = [];
  const seen = new Set<string>();
  for (const source of program.getSourceFiles()) {
    if (!wanted.has(path.normalize(source.fileName))) continue;
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const declaration = symbol?.declarations?.[0];
        if (symbol && declaration && declaration.getSourceFile().fileName.includes("@types/office-js")) {
          const tags = symbol.getJsDocTags(checker).map((t) => ts.displayPartsToString(t.text));
          const match = tags.map((t) => API_SET.exec(t)).find((m) => m !== null);
          if (match) {
            const owner = declaration.parent && (ts.isClassDeclaration(declaration.parent) || ts.isInterfaceDeclaration(declaration.parent)) ? declaration.parent.name?.text : undefined;
            const namespace = match[1].startsWith("Excel") ? "Excel" : "Office";
            const api = `${namespace}.${owner ?? "?"}.${symbol.name}`;
            const file = path.relative(ROOT, source.fileName);
            const key = `${api}|${file}`;
            if (!seen.has(key)) {
              seen.add(key);
              uses.push({ api, set: match[1], version: match[2], file });
            }
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses.sort((a, b) => a.api.localeCompare(b.api) || a.file.localeCompare(b.file));
}

/** The highest version of `set` used outside CONDITIONAL. */
export function requiredVersion(uses: readonly ApiUse[], set: string): string | null {
  let max: string | null = null;
  for (const use of uses) {
    if (use.set !== set || CONDITIONAL.has(use.api)) continue;
    if (max === null || compareVersions(use.version, max) > 0) max = use.version;
  }
  return max;
}
