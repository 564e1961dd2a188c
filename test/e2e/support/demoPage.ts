/**
 * Shared helpers for the browser tests: serve the built demo (dist-demo/, built
 * by `npm test` before jest runs), open it in Debian's Chromium with a fresh
 * profile, and refuse every request that does not go to the local server, so a
 * test fails if the add-in tries to reach the network.
 *
 *   const demo = await openDemo();
 *   await demo.selectCell("B3");
 *   expect(await demo.cellText("B3")).toBe("창원시");
 *   await closeDemo(demo);   // also asserts no outside request was attempted
 */
import { spawn, type ChildProcess } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { chromium, type BrowserContext, type Locator, type Page } from "playwright-core";

const ROOT = path.resolve(__dirname, "../../..");
const DEMO_DIR = path.join(ROOT, "dist-demo");
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

export interface DemoSession {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly baseUrl: string;
  /** Requests the route guard refused: anything not to the local demo server. */
  readonly blockedRequests: readonly string[];
  /** Uncaught page errors and console errors, to assert the demo runs cleanly. */
  readonly pageErrors: readonly string[];
  /** The grid cell at an A1 address on the active sheet, scrolled into the rendered rows. */
  gridCell(address: string): Promise<Locator>;
  /** Clicks a cell and waits until the grid reports it selected. */
  selectCell(address: string): Promise<void>;
  /** The text the grid shows for a cell (formatted as Excel would). */
  cellText(address: string): Promise<string>;
  /** Waits (up to `timeout` ms) until the grid shows exactly this text in the cell; fails with what it shows instead. */
  waitForCellText(address: string, text: string, timeout?: number): Promise<void>;
  /** Selects a cell, types into the formula bar and presses Enter. */
  typeIntoCell(address: string, text: string): Promise<void>;
  /** Clicks a sheet tab and waits until it is active. */
  activateSheet(name: string): Promise<void>;
  /** The task pane beside the grid. */
  taskPane(): Locator;
  /** Reloads the page and waits for the grid again. */
  reload(): Promise<void>;
  /** @internal */
  readonly cleanup: () => Promise<void>;
}

function startServer(): Promise<{ server: ChildProcess; baseUrl: string }> {
  if (!existsSync(path.join(DEMO_DIR, "index.html"))) {
    throw new Error('dist-demo/index.html is missing. Build the demo first: "npm run build:demo" (npm test does).');
  }
  const server = spawn(process.execPath, [path.join(ROOT, "scripts/serve-static.mjs"), DEMO_DIR, "--port", "0"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => {
      server.kill();
      reject(new Error(`The demo server did not start within 15 s. Output: ${output}`));
    }, 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match) {
        clearTimeout(timer);
        server.stdout?.off("data", onData);
        resolve({ server, baseUrl: match[1] });
      }
    };
    server.stdout?.on("data", onData);
    server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    server.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`The demo server exited with code ${code}: ${output}`));
    });
  });
}

function rowOf(address: string): number {
  const match = /^[A-Z]+(\d+)$/.exec(address);
  if (!match) throw new Error(`"${address}" is not a single-cell A1 address.`);
  return Number(match[1]);
}

const GRID = '[role="grid"]';

export async function openDemo(options: { viewport?: { width: number; height: number } } = {}): Promise<DemoSession> {
  const { server, baseUrl } = await startServer();
  const profile = mkdtempSync(path.join(tmpdir(), "commitment-tracker-e2e-"));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: options.viewport ?? { width: 1400, height: 900 },
      locale: "ko-KR",
      timezoneId: "Asia/Seoul",
    });
  } catch (error) {
    server.kill();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }

  const blockedRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    blockedRequests.push(url);
    return route.abort("blockedbyclient");
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (error) => pageErrors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") pageErrors.push(`console.error: ${message.text()}`);
  });

  const waitForGrid = () => page.locator(`${GRID} [data-address="A1"]`).waitFor({ timeout: 60_000 });

  const gridCell = async (address: string): Promise<Locator> => {
    const cell = page.locator(`${GRID} [data-address="${address}"]`);
    if ((await cell.count()) === 0) {
      // Rows outside the viewport are not rendered: scroll the grid to the row first.
      await page.locator(GRID).evaluate((grid, row) => {
        const height = Number(grid.getAttribute("data-row-height"));
        const frozen = Number(grid.getAttribute("data-frozen-rows"));
        grid.scrollTop = Math.max(0, (row - 1 - frozen) * height - 2 * height);
        grid.dispatchEvent(new Event("scroll"));
      }, rowOf(address));
      await cell.waitFor();
    }
    return cell;
  };

  const session: DemoSession = {
    page,
    context,
    baseUrl,
    blockedRequests,
    pageErrors,
    gridCell,
    async selectCell(address) {
      await (await gridCell(address)).click();
      await page.locator(`${GRID} [data-address="${address}"][aria-selected="true"]`).waitFor();
      await page.locator(`${GRID}[data-active-address="${address}"]`).waitFor();
    },
    async cellText(address) {
      return (await (await gridCell(address)).textContent()) ?? "";
    },
    async waitForCellText(address, text, timeout = 10_000) {
      await gridCell(address);
      try {
        await page.waitForFunction(
          ([at, want]) => document.querySelector(`[role="grid"] [data-address="${at}"]`)?.textContent === want,
          [address, text] as const,
          { timeout },
        );
      } catch {
        throw new Error(`Cell ${address} shows "${await session.cellText(address)}", expected "${text}".`);
      }
    },
    async typeIntoCell(address, text) {
      await session.selectCell(address);
      const bar = page.getByTestId("formula-bar");
      await bar.fill(text);
      await bar.press("Enter");
    },
    async activateSheet(name) {
      await page.getByRole("tablist", { name: "시트 · Sheets" }).getByRole("tab", { name, exact: true }).click();
      await page.locator(`${GRID}[aria-label^="${name} "]`).waitFor();
    },
    taskPane: () => page.getByTestId("task-pane"),
    async reload() {
      await page.reload();
      await waitForGrid();
    },
    cleanup: async () => {
      await context.close().catch(() => undefined);
      server.kill();
      rmSync(profile, { recursive: true, force: true });
    },
  };

  try {
    await page.goto(baseUrl);
    await waitForGrid();
    const saved = await page.evaluate(() => window.localStorage.length);
    if (saved !== 0) throw new Error(`A fresh profile should start with empty localStorage, found ${saved} item(s).`);
  } catch (error) {
    await session.cleanup();
    throw error;
  }
  return session;
}

/** Closes the browser and the server, then fails if the page tried to reach anything but the demo server. */
export async function closeDemo(session: DemoSession | undefined): Promise<void> {
  if (!session) return;
  await session.cleanup();
  if (session.blockedRequests.length > 0) {
    throw new Error(`The demo tried to reach the network: ${session.blockedRequests.join(", ")}`);
  }
}

/**
 * One demo for a whole test file: opened before its first test, closed after its last (failing
 * then if the page tried to reach the network). Returns the session getter the tests use.
 */
export function useDemoSession(options: { viewport?: { width: number; height: number } } = {}): () => DemoSession {
  let demo: DemoSession | undefined;
  beforeAll(async () => {
    demo = await openDemo(options);
  });
  afterAll(async () => {
    await closeDemo(demo);
  });
  return () => {
    if (!demo) throw new Error("the demo did not open");
    return demo;
  };
}

/** Polls `read` until it gives `want` (the pane re-reads and replans asynchronously), then asserts it. */
export async function waitForValue<T>(read: () => Promise<T>, want: T, timeout = 30_000): Promise<void> {
  const until = Date.now() + timeout;
  let shown = await read();
  while (shown !== want && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    shown = await read();
  }
  expect(shown).toBe(want);
}

/**
 * Serious or critical axe-core findings inside the task pane, as it is now. Fluent's focus manager
 * (Tabster) adds aria-hidden focus sentinels that hand focus straight on; they are not content, and
 * axe's aria-hidden-focus rule cannot tell, so they are left out.
 */
export async function seriousAxeViolations(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  await page.addScriptTag({ content: readFileSync(require.resolve("axe-core/axe.min.js"), "utf8") });
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (context: object, options: object) => Promise<Result> } }).axe;
    const result = await axe.run({ include: [['[data-testid="task-pane"]']], exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  });
}
