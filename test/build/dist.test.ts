/** @jest-environment jsdom */
/**
 * Checks the production build in dist/ (npm test builds it first; see
 * scripts/test-all.mjs). A missing dist/ fails here on purpose: a skipped
 * build check would let an unshippable add-in pass.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "fs";
import path from "path";
import { allUrls, only, parseManifestXml, pngSize, type ParsedManifest } from "./manifestXml";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const PROD_URL: string = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).config.prod_url;
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const ALLOWED_TYPES = new Set(["number", "string", "boolean", "any"]);

interface FunctionParameter {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: FunctionParameter[];
  result: { type?: string; dimensionality?: string };
  options?: Record<string, boolean>;
}
interface MetadataFile {
  functions: FunctionMetadata[];
}

function distFile(relative: string): string {
  const file = path.join(DIST, relative);
  if (!existsSync(file)) throw new Error(`dist/${relative} is missing. Run "npm run build" first (npm test does).`);
  return file;
}

function readJson(relative: string): MetadataFile {
  return JSON.parse(readFileSync(distFile(relative), "utf8"));
}

beforeAll(() => {
  if (!existsSync(DIST) || !statSync(DIST).isDirectory()) {
    throw new Error('dist/ does not exist. Run "npm run build" before jest (npm test does this).');
  }
});

describe("dist/ (production build)", () => {
  it("has one taskpane.html that loads Office.js from the CDN, then the functions and task pane bundles", () => {
    const html = readFileSync(distFile("taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((match) => match[1]);
    expect(scripts).toEqual([OFFICE_JS_CDN, "functions.js", "taskpane.js"]);
    expect(html).toMatch(/id=["']?container/);
    for (const bundle of ["functions.js", "taskpane.js"]) expect(statSync(distFile(bundle)).size).toBeGreaterThan(1000);
  });

  it("registers every custom function in the functions bundle", () => {
    const bundle = readFileSync(distFile("functions.js"), "utf8");
    for (const fn of readJson("functions.json").functions) {
      expect({ id: fn.id, associated: bundle.includes(`CustomFunctions.associate("${fn.id}"`) }).toEqual({ id: fn.id, associated: true });
    }
  });

  it("has valid custom-functions metadata in functions.json", () => {
    const { functions } = readJson("functions.json");
    expect(functions.length).toBeGreaterThan(0);
    const ids = new Set<string>();
    for (const fn of functions) {
      expect(fn.id).toMatch(/^[A-Z][A-Z0-9._]*$/);
      expect(fn.name).toMatch(/^[A-Z][A-Z0-9._]*$/);
      expect(ids.has(fn.id)).toBe(false);
      ids.add(fn.id);
      expect(typeof fn.description).toBe("string");
      expect(Array.isArray(fn.parameters)).toBe(true);
      fn.parameters.forEach((parameter, index) => {
        expect(parameter.name).toMatch(/^\w+$/);
        expect(ALLOWED_TYPES.has(parameter.type)).toBe(true);
        if (parameter.dimensionality) expect(["scalar", "matrix"]).toContain(parameter.dimensionality);
        // Excel passes a repeating parameter as the rest of the arguments: it must come last.
        if (parameter.repeating) expect(index).toBe(fn.parameters.length - 1);
      });
      // Optional parameters may not come before required ones.
      const firstOptional = fn.parameters.findIndex((p) => p.optional || p.repeating);
      if (firstOptional >= 0) expect(fn.parameters.slice(firstOptional).every((p) => p.optional || p.repeating)).toBe(true);
      expect(fn.result).toBeDefined();
      if (fn.result.type) expect(ALLOWED_TYPES.has(fn.result.type)).toBe(true);
    }
  });

  it("has Korean metadata with the same functions, parameters and types, described in Korean", () => {
    const english = readJson("functions.json").functions;
    const korean = readJson("functions.ko-KR.json").functions;
    expect(korean.map((fn) => fn.id)).toEqual(english.map((fn) => fn.id));
    korean.forEach((fn, index) => {
      const source = english[index];
      expect(fn.description).toMatch(/[\uac00-\ud7a3]/);
      expect(fn.parameters.map((p) => [p.type, p.dimensionality, Boolean(p.optional), Boolean(p.repeating)])).toEqual(
        source.parameters.map((p) => [p.type, p.dimensionality, Boolean(p.optional), Boolean(p.repeating)]),
      );
      expect(fn.result).toEqual(source.result);
    });
  });

  describe("manifest.xml", () => {
    let manifest: ParsedManifest;
    let text: string;
    beforeAll(() => {
      text = readFileSync(distFile("manifest.xml"), "utf8");
      manifest = parseManifestXml(text);
    });

    it("has no localhost left and every URL on the production host", () => {
      expect(text).not.toMatch(/localhost/i);
      const urls = allUrls(manifest);
      expect(urls.length).toBeGreaterThan(10);
      for (const url of urls) expect(url.startsWith(PROD_URL)).toBe(true);
    });

    it("points only at files the build produced, icons at their declared sizes", () => {
      for (const url of allUrls(manifest)) {
        const relative = url.slice(PROD_URL.length);
        expect({ url, exists: existsSync(path.join(DIST, relative)) }).toEqual({ url, exists: true });
      }
      for (const reference of manifest.references.filter((r) => r.element === "Image")) {
        const url = manifest.resources.get(reference.resid)!.defaultValue;
        const size = pngSize(readFileSync(path.join(DIST, url.slice(PROD_URL.length))));
        expect(size).toEqual({ width: reference.size, height: reference.size });
      }
      expect(only(manifest, "Permissions").textContent).toBe("ReadWriteDocument");
    });
  });

  it("ships no demo or simulator code in the add-in bundles", () => {
    for (const bundle of readdirSync(DIST).filter((file) => file.endsWith(".js"))) {
      const code = readFileSync(path.join(DIST, bundle), "utf8");
      expect({ bundle, demoStorage: code.includes("commitment-tracker-demo") }).toEqual({ bundle, demoStorage: false });
    }
  });

  it("ships no source maps in production", () => {
    expect(readdirSync(DIST).filter((file) => file.endsWith(".map"))).toEqual([]);
  });
});
