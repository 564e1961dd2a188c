/** @jest-environment jsdom */
/**
 * Structural checks of manifest.xml, offline (the online validator behind
 * `office-addin-manifest validate` cannot run here). Each check is a mistake
 * that makes Office load the add-in wrongly or silently not at all.
 */
import { execFileSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import path from "path";
import type { ManifestInfo } from "office-addin-manifest";
import { allUrls, expectedKind, only, parseManifestXml, pngSize, readManifestXml, type ParsedManifest } from "./build/manifestXml";
import { apiInventory, compareVersions, CONDITIONAL, requiredVersion } from "./build/apiSets";

// webpack.config.js is CommonJS; its helpers are what the production build runs.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../webpack.config.js") as {
  toProductionManifest: (content: string, prodUrl: string) => string;
  productionUrl: () => string;
};

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const DEV_URL = "https://localhost:3000/";
const HANGUL = /[\uac00-\ud7a3]/;

/**
 * office-addin-manifest's own reader, run in a plain Node process: its package
 * entry also loads @microsoft/app-manifest, which requires ESM-only modules
 * that jest's CommonJS runtime cannot load (plain Node 20.19+ can).
 */
function readWithOfficeAddinManifest(file: string): ManifestInfo {
  const script =
    'require("office-addin-manifest").OfficeAddinManifest.readManifestFile(process.argv[1])' +
    ".then((info) => process.stdout.write(JSON.stringify(info)), (error) => { console.error(error.stack); process.exit(1); })";
  return JSON.parse(execFileSync(process.execPath, ["-e", script, file], { cwd: ROOT, encoding: "utf8" }));
}

let manifest: ParsedManifest;
beforeAll(() => {
  manifest = readManifestXml(MANIFEST);
});

function resource(id: string) {
  const found = manifest.resources.get(id);
  if (!found) throw new Error(`no resource "${id}"`);
  return found;
}

describe("manifest.xml", () => {
  it("parses with office-addin-manifest's reader as a Workbook add-in with ReadWriteDocument", () => {
    const info = readWithOfficeAddinManifest(MANIFEST);
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(info.displayName).toBe("Commitment Tracker");
    expect(info.defaultLocale).toBe("en-US");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("resolves every resid to a resource of the right kind", () => {
    expect(manifest.references.length).toBeGreaterThan(20);
    for (const reference of manifest.references) {
      const target = manifest.resources.get(reference.resid);
      expect({ resid: reference.resid, on: reference.element, found: target?.kind ?? "missing" }).toEqual({
        resid: reference.resid,
        on: reference.element,
        found: expectedKind(reference),
      });
    }
  });

  it("declares no resource that nothing uses", () => {
    const used = new Set(manifest.references.map((reference) => reference.resid));
    expect([...manifest.resources.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it("has every icon as a PNG of exactly the declared pixel size", () => {
    const checked: string[] = [];
    const check = (url: string, size: number) => {
      expect(url.startsWith(`${DEV_URL}assets/`)).toBe(true);
      const file = path.join(ROOT, url.slice(DEV_URL.length));
      expect(existsSync(file)).toBe(true);
      expect({ file: path.basename(file), ...pngSize(readFileSync(file)) }).toEqual({
        file: path.basename(file),
        width: size,
        height: size,
      });
      checked.push(`${path.basename(file)}@${size}`);
    };
    for (const reference of manifest.references.filter((r) => r.element === "Image")) {
      expect(reference.size).not.toBeNull();
      check(resource(reference.resid).defaultValue, reference.size!);
    }
    check(only(manifest, "IconUrl").getAttribute("DefaultValue")!, 32);
    check(only(manifest, "HighResolutionIconUrl").getAttribute("DefaultValue")!, 64);
    // The sizes the issue requires, plus the high-DPI ribbon sizes.
    for (const size of [16, 20, 24, 32, 40, 48, 64, 80]) expect(checked).toContain(`icon-${size}.png@${size}`);
  });

  it("ships real icons, not flat squares", () => {
    for (const size of [16, 32, 80]) {
      const bytes = readFileSync(path.join(ROOT, `assets/icon-${size}.png`));
      // A flat square compresses to almost nothing; a drawn icon with
      // anti-aliased edges and a transparent margin does not.
      expect(bytes.length).toBeGreaterThan(size * 12);
    }
  });

  it("uses one runtime resid for the runtime, function file, functions page and task pane", () => {
    const runtime = only(manifest, "Runtime");
    expect(runtime.getAttribute("lifetime")).toBe("long");
    const runtimeResid = runtime.getAttribute("resid");
    expect(only(manifest, "FunctionFile").getAttribute("resid")).toBe(runtimeResid);
    const pageSource = manifest.references.find((r) => r.element === "SourceLocation" && r.parent === "Page");
    const taskpaneSource = manifest.references.find((r) => r.element === "SourceLocation" && r.parent === "Action");
    expect(pageSource?.resid).toBe(runtimeResid);
    expect(taskpaneSource?.resid).toBe(runtimeResid);
    const defaultSource = manifest.document.querySelector("DefaultSettings > SourceLocation");
    expect(defaultSource?.getAttribute("DefaultValue")).toBe(resource(runtimeResid!).defaultValue);
    expect(resource(runtimeResid!).defaultValue).toBe(`${DEV_URL}taskpane.html`);
  });

  it("declares the shared runtime and the COMMIT custom functions with Korean metadata", () => {
    const set = Array.from(manifest.document.getElementsByTagName("Set")).find((s) => s.getAttribute("Name") === "SharedRuntime");
    expect(set?.getAttribute("MinVersion")).toBe("1.1");
    const namespace = manifest.references.find((r) => r.element === "Namespace");
    expect(resource(namespace!.resid).defaultValue).toBe("COMMIT");
    const script = manifest.references.find((r) => r.element === "SourceLocation" && r.parent === "Script");
    expect(resource(script!.resid).defaultValue).toBe(`${DEV_URL}functions.js`);
    const metadata = manifest.references.find((r) => r.element === "SourceLocation" && r.parent === "Metadata");
    expect(resource(metadata!.resid)).toMatchObject({
      defaultValue: `${DEV_URL}functions.json`,
      overrides: { "ko-KR": `${DEV_URL}functions.ko-KR.json` },
    });
  });

  it("has a ribbon button on the Home tab that shows the task pane", () => {
    const tab = only(manifest, "OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const control = only(manifest, "Control");
    expect(control.getAttribute("xsi:type")).toBe("Button");
    const action = control.getElementsByTagName("Action")[0];
    expect(action.getAttribute("xsi:type")).toBe("ShowTaskpane");
  });

  it("uses https for every URL and localhost:3000 in the development manifest", () => {
    const urls = allUrls(manifest);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url).toMatch(/^https:\/\/localhost:3000\//);
  });

  it("has a Korean override for every display string, within Office's length limits", () => {
    const displayed = [
      ...["DisplayName", "Description"].map((name) => {
        const element = Array.from(manifest.document.documentElement.children).find((child) => child.localName === name)!;
        const override = Array.from(element.children).find((child) => child.getAttribute("Locale") === "ko-KR");
        return { id: name, max: name === "DisplayName" ? 125 : 250, en: element.getAttribute("DefaultValue") ?? "", ko: override?.getAttribute("Value") ?? "" };
      }),
      ...[...manifest.resources.values()]
        // The namespace is typed in formulas (=COMMIT.SUM), so it must not change with the language.
        .filter((r) => (r.kind === "shortString" || r.kind === "longString") && r.id !== "Functions.Namespace")
        .map((r) => ({ id: r.id, max: r.kind === "shortString" ? 125 : 250, en: r.defaultValue, ko: r.overrides["ko-KR"] ?? "" })),
    ];
    expect(displayed.length).toBeGreaterThanOrEqual(8);
    for (const text of displayed) {
      expect({ id: text.id, hasKorean: HANGUL.test(text.ko), englishDefault: text.en.length > 0 && !HANGUL.test(text.en) }).toEqual({
        id: text.id,
        hasKorean: true,
        englishDefault: true,
      });
      expect({ id: text.id, en: text.en.length <= text.max, ko: text.ko.length <= text.max }).toEqual({ id: text.id, en: true, ko: true });
    }
    expect(resource("Functions.Namespace").overrides).toEqual({});
  });
});

describe("production manifest rewrite", () => {
  const source = readFileSync(MANIFEST, "utf8");
  const prodUrl = "https://addins.example.go.kr/commitments/";

  it("replaces every https://localhost:3000/ and leaves no localhost", () => {
    const count = source.split(DEV_URL).length - 1;
    expect(count).toBeGreaterThan(10);
    const rewritten = webpackConfig.toProductionManifest(source, prodUrl);
    expect(rewritten).not.toMatch(/localhost/i);
    expect(rewritten.split(prodUrl).length - 1).toBe(count);
    const parsed = parseManifestXml(rewritten);
    for (const url of allUrls(parsed)) expect(url.startsWith(prodUrl)).toBe(true);
  });

  it("refuses a manifest with a localhost URL it cannot rewrite", () => {
    const broken = source.replace(`${DEV_URL}support.html`, "http://localhost:3000/support.html");
    expect(() => webpackConfig.toProductionManifest(broken, prodUrl)).toThrow(/line \d+ still mentions localhost/);
  });

  it("reads the production URL from package.json config.prod_url", () => {
    const packageJson = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(webpackConfig.productionUrl()).toBe(packageJson.config.prod_url);
    expect(packageJson.config.prod_url).toMatch(/^https:\/\/[^/]+\/$/);
  });
});

describe("manifest.xml <Requirements> and the API sets the code uses", () => {
  it("names ExcelApi at the highest version the production code uses unconditionally (from @types/office-js [Api set] annotations)", () => {
    const uses = apiInventory();
    // The inventory really sees the code: sync's Range.find (1.9) and the guarded Table.resize (1.13).
    expect(uses.some((u) => u.api === "Excel.Range.find" && u.version === "1.9")).toBe(true);
    expect(uses.some((u) => u.api === "Excel.Table.resize" && u.version === "1.13")).toBe(true);
    const sets = Array.from(manifest.document.getElementsByTagName("Set")).map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]);
    const excel = sets.filter(([name]) => name === "ExcelApi");
    expect(excel).toHaveLength(1);
    const required = requiredVersion(uses, "ExcelApi");
    const above = uses.filter((u) => u.set === "ExcelApi" && !CONDITIONAL.has(u.api) && compareVersions(u.version, excel[0][1] ?? "0.0") > 0);
    expect(above).toEqual([]);
    expect(excel[0][1]).toBe(required);
  }, 180_000);

  it("uses an API above the minimum only where its file checks the set at run time", () => {
    for (const [api, guard] of CONDITIONAL) {
      const text = readFileSync(path.join(ROOT, guard.guardedIn), "utf8");
      expect({ api, guarded: text.includes(`isSetSupported("${guard.set}", "${guard.version}")`) }).toEqual({ api, guarded: true });
    }
  });
});
