/**
 * A pane that is ready at once (issue 11 item 12):
 *   - first-load JavaScript of dist/taskpane.html (the entry chunks it loads: functions + taskpane),
 *     gzipped, and every chunk's size, from webpack's own stats of a production build;
 *   - in the demo, in Chromium: time until the pane is interactive (its first tab has finished
 *     reading the workbook and its tabs can be clicked) against the page's DOMContentLoaded,
 *     both from the same navigations.
 * Builds go to temporary folders, so dist/ and dist-demo/ are left alone.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import webpack, { type Configuration, type Stats } from "webpack";
import { kb, registerSuite, times, type BenchRow } from "./harness";

const ROOT = path.resolve(__dirname, "..");
const FIRST_LOAD_TARGET_KIB = 160;
const INTERACTIVE_TARGET_RATIO = 2;
const NAVIGATIONS = 5;
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

type ConfigFactory = (env: Record<string, unknown>, options: { mode: string }) => Configuration | Promise<Configuration>;

async function build(configFile: string, outputPath: string): Promise<Stats> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the webpack configs are CommonJS
  const factory = require(path.join(ROOT, configFile)) as ConfigFactory;
  const config = await factory({}, { mode: "production" });
  config.output = { ...config.output, path: outputPath };
  config.context = ROOT;
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (!stats) return reject(new Error(`${configFile}: webpack returned no stats`));
      if (stats.hasErrors()) return reject(new Error(`${configFile}: ${stats.toString({ all: false, errors: true })}`));
      resolve(stats);
    });
  });
}

function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Entry chunks (what the HTML page loads) and the chunks loaded on demand, with gzipped sizes. */
function chunkSizes(stats: Stats, outputPath: string, entries: readonly string[]): { firstLoad: number; rows: BenchRow[] } {
  const json = stats.toJson({ all: false, assets: true, chunks: true, ids: true, entrypoints: true, chunkGroups: true });
  const firstLoadFiles = new Set(entries.flatMap((name) => (json.entrypoints?.[name]?.assets ?? []).map((asset) => asset.name).filter((file) => file.endsWith(".js"))));
  const rows: BenchRow[] = [];
  let firstLoad = 0;
  for (const chunk of json.chunks ?? []) {
    for (const file of chunk.files ?? []) {
      if (!file.endsWith(".js")) continue;
      const gz = gzipBytes(path.join(outputPath, file));
      const initial = firstLoadFiles.has(file);
      if (initial) firstLoad += gz;
      const name = (chunk.names ?? []).join(",") || `#${chunk.id}`;
      rows.push({
        figure: `chunk ${name} (${file})`,
        result: `${kb(gz)} gz`,
        baseline: "—",
        value: null,
        note: initial ? "first load" : "on demand",
      });
    }
  }
  rows.sort((a, b) => (a.note === b.note ? a.figure.localeCompare(b.figure) : a.note === "first load" ? -1 : 1));
  return { firstLoad, rows };
}

function serve(dir: string): Promise<{ server: ChildProcess; url: string }> {
  const server = spawn(process.execPath, [path.join(ROOT, "scripts/serve-static.mjs"), dir, "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let output = "";
    server.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match) resolve({ server, url: match[1] });
    });
    server.on("exit", (code) => reject(new Error(`static server exited (${code}): ${output}`)));
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** DOMContentLoaded and pane-interactive times (ms after navigation start) over fresh navigations. */
async function demoTimings(dir: string): Promise<{ domContentLoaded: number; interactive: number }> {
  const { server, url } = await serve(dir);
  const profile = mkdtempSync(path.join(tmpdir(), "bench-demo-"));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
      viewport: { width: 1400, height: 900 },
      locale: "ko-KR",
    });
    await context.route("**/*", (route) => (route.request().url().startsWith(url) ? route.continue() : route.abort("blockedbyclient")));
    const page = context.pages()[0] ?? (await context.newPage());
    const dcl: number[] = [];
    const ready: number[] = [];
    for (let i = 0; i < NAVIGATIONS + 1; i++) {
      await page.goto(url, { waitUntil: "commit" });
      // Interactive: the first tab has read the workbook (its Recheck button is enabled) and the tabs are there.
      const interactive = await page.waitForFunction(
        () => {
          const pane = document.querySelector('[data-testid="task-pane"]');
          const tabs = pane?.querySelectorAll('[role="tab"]').length ?? 0;
          const recheck = [...(pane?.querySelectorAll("button") ?? [])].find((b) => b.textContent === "다시 확인");
          return tabs > 0 && recheck && !recheck.disabled ? performance.now() : null;
        },
        undefined,
        { polling: "raf", timeout: 60_000 },
      );
      const at = (await interactive.jsonValue()) as number;
      const navigation = await page.evaluate(() => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).domContentLoadedEventEnd);
      if (i === 0) continue; // first navigation warms the HTTP and code caches
      dcl.push(navigation);
      ready.push(at);
    }
    await context.close();
    return { domContentLoaded: median(dcl), interactive: median(ready) };
  } finally {
    server.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}

registerSuite({
  name: "bundle",
  async run(): Promise<BenchRow[]> {
    const addinDir = mkdtempSync(path.join(tmpdir(), "bench-dist-"));
    const demoDir = mkdtempSync(path.join(tmpdir(), "bench-dist-demo-"));
    try {
      const addin = chunkSizes(await build("webpack.config.js", addinDir), addinDir, ["functions", "taskpane"]);
      const demoStats = await build("webpack.demo.config.js", demoDir);
      const demo = chunkSizes(demoStats, demoDir, ["demo"]);
      const timing = await demoTimings(demoDir);
      const ratio = timing.interactive / timing.domContentLoaded;
      return [
        {
          figure: "first-load JS of taskpane.html (gzipped)",
          result: kb(addin.firstLoad),
          baseline: "—",
          value: addin.firstLoad / 1024,
          target: { op: "<=", value: FIRST_LOAD_TARGET_KIB, unit: " KB" },
          note: "functions + taskpane entry chunks; other tabs load on demand",
        },
        {
          figure: "demo: pane interactive / DOMContentLoaded (Chromium)",
          result: `${times(ratio)} (${timing.interactive.toFixed(0)} ms)`,
          baseline: `${timing.domContentLoaded.toFixed(0)} ms`,
          value: ratio,
          target: { op: "<=", value: INTERACTIVE_TARGET_RATIO, unit: "×" },
          note: `median of ${NAVIGATIONS} navigations; interactive = first tab has read the workbook`,
        },
        ...addin.rows,
        ...demo.rows.map((row) => ({ ...row, figure: `demo ${row.figure}` })),
      ];
    } finally {
      rmSync(addinDir, { recursive: true, force: true });
      rmSync(demoDir, { recursive: true, force: true });
    }
  },
});
