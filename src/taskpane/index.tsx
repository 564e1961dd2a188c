/**
 * Composition root for Office: the one place that decides the task pane talks to
 * real Excel (Excel.run) and picks the pane language from Office's UI language.
 * The standalone demo has its own root (src/demo/index.tsx) with the simulator.
 */
import { createRoot } from "react-dom/client";
import type { ExcelRun } from "../office/run";
import { App } from "./App";
import { createHost } from "./host";
import { languageFromLocale } from "./i18n/languageFromLocale";

const excelRun: ExcelRun = (batch) => Excel.run(batch);

function showBootMessage(korean: string, english: string): void {
  const message = document.getElementById("boot-message");
  if (message) message.textContent = `${korean} · ${english}`;
}

function start(): void {
  if (typeof Office === "undefined") {
    showBootMessage(
      "Office.js를 불러오지 못했습니다. 네트워크 연결을 확인한 뒤 작업창을 다시 여십시오.",
      "Office.js could not be loaded. Check the network connection and reopen the task pane.",
    );
    return;
  }
  Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) {
      showBootMessage("이 추가 기능은 Excel에서 엽니다.", "Open this add-in from Excel.");
      return;
    }
    const container = document.getElementById("container");
    if (!container) throw new Error('taskpane.html has no element with id="container".');
    const language = languageFromLocale(Office.context.displayLanguage);
    createRoot(container).render(<App host={createHost(excelRun)} initialLanguage={language} />);
  });
}

start();
