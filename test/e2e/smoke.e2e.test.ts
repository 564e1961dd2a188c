/**
 * Smoke test of the standalone demo in Debian's Chromium: the task pane and the
 * grid with the seed workbook appear, a change survives a reload, Reset brings
 * the seed back, and nothing reaches the network. Also refreshes docs/demo.png,
 * the README's screenshot.
 */
import path from "path";
import { COLUMNS, columnLabel } from "../../src/schema";
import { SEED_COMMITMENTS } from "../../src/demo/seedWorkbook";
import { SEED_SHEET_NAMES } from "../../src/demo/writeSeedWorkbook";
import { STRINGS } from "../../src/taskpane/i18n";
import { useDemoSession } from "./support/demoPage";

const SCREENSHOT = path.resolve(__dirname, "../../docs/demo.png");

function addressOf(id: string, key: (typeof COLUMNS)[number]["key"]): string {
  const row = SEED_COMMITMENTS.findIndex((commitment) => commitment.id === id);
  if (row < 0) throw new Error(`no seed commitment ${id}`);
  const col = COLUMNS.findIndex((column) => column.key === key);
  return `${String.fromCharCode(65 + col)}${row + 2}`;
}

const session = useDemoSession();

describe("standalone demo", () => {
  it("shows the task pane at task-pane width next to the grid", async () => {
    const pane = session().taskPane();
    await pane.getByText(STRINGS.ko.appTitle).first().waitFor();
    const box = await pane.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(340);
    expect(box?.width).toBeLessThanOrEqual(360);
    const grid = await session().page.getByRole("grid").boundingBox();
    expect(grid!.x + grid!.width).toBeLessThanOrEqual(box!.x + 1);
  });

  it("shows the seed workbook: Korean headers, partners, dates and won amounts as Excel formats them", async () => {
    const demo = session();
    expect(await demo.cellText("A1")).toBe(columnLabel("id", "ko"));
    expect(await demo.cellText(addressOf("창원-2019-005", "partner"))).toBe("볼티모어시 (Baltimore City)");
    expect(await demo.cellText(addressOf("창원-2019-005", "signed"))).toBe("2019-11-12");
    expect(await demo.cellText(addressOf("창원-2019-008", "amountKrw"))).toBe("405,615,000");
    await expect(demo.page.getByRole("gridcell").filter({ hasText: "볼티모어" }).first().isVisible()).resolves.toBe(true);
    const tabs = demo.page.getByRole("tablist", { name: "시트 · Sheets" }).getByRole("tab");
    expect(await tabs.allTextContents()).toEqual([SEED_SHEET_NAMES.ko.commitments, SEED_SHEET_NAMES.ko.fxRates, SEED_SHEET_NAMES.ko.progress]);
  });

  it("selects a clicked cell: highlighted, aria-selected, shown in the name box and formula bar", async () => {
    const demo = session();
    const address = addressOf("성남-2015-002", "partner");
    await demo.selectCell(address);
    const cell = await demo.gridCell(address);
    expect(await cell.getAttribute("aria-selected")).toBe("true");
    expect(await demo.page.getByTestId("name-box").inputValue()).toBe(address);
    expect(await demo.page.getByTestId("formula-bar").inputValue()).toBe("밀피타스시 (City of Milpitas)");
    expect(await demo.page.locator('[role="gridcell"][aria-selected="true"]').count()).toBe(1);
    await demo.page.keyboard.press("ArrowDown");
    const below = address.replace(/\d+$/, (row) => String(Number(row) + 1));
    await demo.page.locator(`[role="grid"][data-active-address="${below}"]`).waitFor();
  });

  it("shows a date cell's date in the formula bar, not its serial, as Excel does", async () => {
    const demo = session();
    await demo.selectCell(addressOf("창원-2019-005", "signed"));
    expect(await demo.page.getByTestId("formula-bar").inputValue()).toBe("2019-11-12");
  });

  it("switches sheets with the tabs", async () => {
    const demo = session();
    await demo.activateSheet(SEED_SHEET_NAMES.ko.fxRates);
    expect(await demo.cellText("A1")).toBe("통화");
    expect(await demo.cellText("D3")).toBe("2019-11-07");
    await demo.activateSheet(SEED_SHEET_NAMES.ko.commitments);
    expect(await demo.cellText("A1")).toBe(columnLabel("id", "ko"));
  });

  it("keeps an edit across a reload, and Reset restores the seed workbook", async () => {
    const demo = session();
    const notes = addressOf("창원-2019-005", "notes");
    const original = await demo.cellText(notes);
    await demo.typeIntoCell(notes, "2020년 3월 볼티모어 대표단 답방 예정");
    await demo.waitForCellText(notes, "2020년 3월 볼티모어 대표단 답방 예정");

    await demo.reload();
    expect(await demo.cellText(notes)).toBe("2020년 3월 볼티모어 대표단 답방 예정");

    // Reset asks first: cancelling keeps the officer's work.
    await demo.page.getByTestId("reset-demo").click();
    await demo.page.getByRole("alertdialog", { name: /데모를 초기화할까요/ }).getByRole("button", { name: "취소 · Cancel" }).click();
    expect(await demo.cellText(notes)).toBe("2020년 3월 볼티모어 대표단 답방 예정");
    await demo.page.getByTestId("reset-demo").click();
    await demo.page.getByTestId("confirm-reset-demo").click();
    await demo.page.waitForEvent("load");
    await demo.page.locator('[role="grid"] [data-address="A1"]').waitFor();
    expect(await demo.cellText(notes)).toBe(original);
    expect(await demo.page.evaluate(() => window.localStorage.getItem("commitment-tracker-demo"))).toBeNull();
  });

  it("runs without page errors and saves the README screenshot", async () => {
    const demo = session();
    // The picture: the entry form next to a persimmon export row, the won amounts in view.
    await demo.taskPane().getByRole("tab", { name: "입력" }).click();
    await demo.taskPane().getByRole("textbox", { name: /추진기관/ }).waitFor({ timeout: 30_000 });
    await demo.selectCell(addressOf("창원-2019-008", "amountKrw"));
    await demo.page
      .waitForFunction(() => [...document.querySelectorAll<HTMLInputElement>('[data-testid="task-pane"] input')].some((input) => input.value === "창원-2019-008"), undefined, { timeout: 5000 })
      .catch(() => undefined); // only the picture depends on the form having loaded the row
    await demo.page.screenshot({ path: SCREENSHOT });
    expect(demo.pageErrors).toEqual([]);
    expect(demo.blockedRequests).toEqual([]);
  });
});
