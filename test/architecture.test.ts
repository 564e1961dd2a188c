/**
 * The layering rules live in eslint.config.mjs; these tests prove the rules fire,
 * so a config edit cannot quietly switch them off.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "..");

interface Probe {
  readonly filePath: string;
  readonly code: string;
}

const PROBES = {
  schemaImportsReact: { filePath: "src/schema/probe.ts", code: 'import { useState } from "react";\nexport const x = useState;\n' },
  functionsImportFluent: {
    filePath: "src/functions/probe.ts",
    code: 'import { Button } from "@fluentui/react-components";\nexport const x = Button;\n',
  },
  syncImportsSimulator: { filePath: "src/sync/probe.ts", code: 'import { ExcelSimulator } from "../simulator";\nexport const x = ExcelSimulator;\n' },
  reportImportsAdapters: { filePath: "src/report/probe.ts", code: 'import { createHost } from "../taskpane/host";\nexport const x = createHost;\n' },
  validationTouchesExcel: { filePath: "src/validation/probe.ts", code: "export const run = Excel.run;\n" },
  progressImportsAdapters: { filePath: "src/progress/probe.ts", code: 'import { createHost } from "../taskpane/host";\nexport const x = createHost;\n' },
  extractImportsReact: { filePath: "src/extract/probe.ts", code: 'import { useState } from "react";\nexport const x = useState;\n' },
  extractTouchesDocument: { filePath: "src/extract/probe.ts", code: "export const parse = () => document.createElement(\"div\");\n" },
  componentCallsExcel: {
    filePath: "src/taskpane/components/Probe/Probe.tsx",
    code: "export async function probe() {\n  await Excel.run(async () => undefined);\n}\n",
  },
  componentImportsSimulator: {
    filePath: "src/taskpane/components/Probe/Probe.tsx",
    code: 'import { ExcelSimulator } from "../../../simulator";\nexport const x = ExcelSimulator;\n',
  },
  adapterUsesInjectedRun: {
    filePath: "src/taskpane/host/probe.ts",
    code:
      'import type { ExcelRun } from "../../office/run";\nexport async function probe(run: ExcelRun): Promise<void> {\n  await run(async (context) => {\n    await context.sync();\n  });\n}\n',
  },
  rawHtml: {
    filePath: "src/taskpane/components/Probe/Probe.tsx",
    code: 'export const Probe = () => <div dangerouslySetInnerHTML={{ __html: "x" }} />;\n',
  },
  evalInDemo: { filePath: "src/demo/probe.ts", code: 'export const x = eval("1");\n' },
  // Keys from data (issue 9): "constructor" in a plain object reads as present.
  rawHtmlInSyncPanel: {
    filePath: "src/taskpane/components/SyncPanel/Probe.tsx",
    code: 'export const Probe = () => <div dangerouslySetInnerHTML={{ __html: "x" }} />;\n',
  },
  dataKeyIn: { filePath: "src/taskpane/host/probe.ts", code: "export const has = (choices: object, id: string) => id in choices;\n" },
  dataKeyForIn: { filePath: "src/report/probe.ts", code: "export function keys(o: object) {\n  const out: string[] = [];\n  for (const k in o) out.push(k);\n  return out;\n}\n" },
  stringRecordInSync: { filePath: "src/sync/probe.ts", code: "export const choices: Record<string, number> = {};\n" },
  stringRecordInSyncPanel: { filePath: "src/taskpane/components/SyncPanel/Probe.tsx", code: "export const choices: Readonly<Record<string, boolean>> = {};\n" },
  typeTestIn: {
    filePath: "src/sync/probe.ts",
    code: 'export const isDate = (r: { serial: number } | { error: string }) => "serial" in r;\nexport const byKey: Record<"a" | "b", number> = { a: 1, b: 2 };\nexport const m = new Map<string, number>();\n',
  },
} satisfies Record<string, Probe>;

// ESLint loads its flat config with a dynamic import, which jest's VM cannot do,
// so the probes are linted together in one child Node process.
const LINT_PROBES = `
import { ESLint } from "eslint";
import { readFileSync } from "node:fs";
const probes = JSON.parse(readFileSync(0, "utf8"));
const eslint = new ESLint({ cwd: process.cwd() });
const out = {};
for (const [name, { code, filePath }] of Object.entries(probes)) {
  const [result] = await eslint.lintText(code, { filePath });
  out[name] = result.messages.map((m) => m.ruleId ?? m.message);
}
process.stdout.write(JSON.stringify(out));
`;

let findings: Record<keyof typeof PROBES, string[]>;

beforeAll(() => {
  const input = Object.fromEntries(
    Object.entries(PROBES).map(([name, probe]) => [name, { ...probe, filePath: path.join(root, probe.filePath) }]),
  );
  const output = execFileSync(process.execPath, ["--input-type=module", "-e", LINT_PROBES], {
    cwd: root,
    encoding: "utf8",
    input: JSON.stringify(input),
  });
  findings = JSON.parse(output);
}, 120_000);

describe("architecture lint rules", () => {
  it.each(["schemaImportsReact", "functionsImportFluent", "syncImportsSimulator", "reportImportsAdapters", "progressImportsAdapters", "extractImportsReact"] as const)(
    "keeps the pure core free of UI, Office and adapters (%s)",
    (probe) => {
      expect(findings[probe]).toContain("no-restricted-imports");
    },
  );

  it("forbids the pure core from touching the Excel global", () => {
    expect(findings.validationTouchesExcel).toContain("no-restricted-globals");
    // Extraction reads pasted HTML as text in the pane (DOMParser there), never the DOM itself.
    expect(findings.extractTouchesDocument).toContain("no-restricted-globals");
  });

  it("forbids components from calling Excel.run or importing the simulator", () => {
    expect(findings.componentCallsExcel).toContain("no-restricted-globals");
    expect(findings.componentImportsSimulator).toContain("no-restricted-imports");
  });

  it("lets adapters call Excel through the injected run", () => {
    expect(findings.adapterUsesInjectedRun).toEqual([]);
  });

  it("keeps keys from data in a Map or behind Object.hasOwn (no `in`, no for…in; no Record<string, …> in sync, validation, schema)", () => {
    expect(findings.dataKeyIn).toContain("no-restricted-syntax");
    expect(findings.dataKeyForIn).toContain("no-restricted-syntax");
    expect(findings.stringRecordInSync).toContain("no-restricted-syntax");
    expect(findings.stringRecordInSyncPanel).toContain("no-restricted-syntax");
    // A type test with a literal, a record keyed by a closed union and a Map stay allowed.
    expect(findings.typeTestIn).toEqual([]);
  });

  it("keeps banning raw HTML where the data-key rules replace the rule's options", () => {
    expect(findings.rawHtmlInSyncPanel).toContain("no-restricted-syntax");
  });

  it("forbids raw HTML and eval everywhere", () => {
    expect(findings.rawHtml).toContain("no-restricted-syntax");
    expect(findings.evalInDemo).toContain("no-eval");
  });
});
