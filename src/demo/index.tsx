/**
 * Composition root for the standalone demo: the add-in's own App and host
 * adapters, wired to the in-memory Excel simulator instead of Excel.run. It
 * never loads Office.js and makes no network calls.
 */
import { createRoot } from "react-dom/client";
import { App } from "../taskpane/App";
import { createHost } from "../taskpane/host";
import { DemoShell } from "./DemoShell";
import { openDemoWorkbook } from "./openDemoWorkbook";

async function main(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error('index.html has no element with id="root".');
  const storage = window.localStorage;
  // The pane's first tab reads the workbook at once: fetch its adapter while the seed is written.
  import(/* webpackChunkName: "host-setup" */ "../taskpane/host/setup").catch(() => undefined);
  const workbook = await openDemoWorkbook(storage);
  // The grid waits for the pane's first request to finish (DemoShell), so it never delays it.
  let markRead = () => undefined as void;
  const paneRead = new Promise<void>((resolve) => (markRead = resolve));
  const run: typeof workbook.sim.run = async (batch) => {
    try {
      return await workbook.sim.run(batch);
    } finally {
      markRead();
    }
  };
  const host = createHost(run);
  createRoot(container).render(
    <DemoShell
      sim={workbook.sim}
      storage={storage}
      restoredFrom={workbook.restoredFrom}
      startupProblem={workbook.problem}
      taskPane={<App host={host} initialLanguage="ko" />}
      paneRead={paneRead}
    />,
  );
}

main().catch((error: unknown) => {
  const message = document.getElementById("boot-message") ?? document.body;
  message.textContent = `데모를 시작하지 못했습니다 · The demo could not start: ${error instanceof Error ? error.message : String(error)}`;
  throw error;
});
