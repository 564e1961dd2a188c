/**
 * The officer's flow on the demo page, in Korean (issue 11): one trip's agreements entered one
 * after another give one row each; a failed save takes focus to the first field to fix; the
 * grid does not trap the keyboard (Esc/F6 reach the pane) and a commitment can be entered with
 * the keyboard alone; the first screen of a fresh demo does not ask to upgrade the seed.
 *
 * Needs the built demo (npm run build:demo → dist-demo/).
 */
import type { Page } from "playwright-core";
import { COLUMNS, type ColumnKey } from "../../src/schema";
import { SEED_COMMITMENTS } from "../../src/demo/seedWorkbook";
import { closeDemo, openDemo, type DemoSession } from "./support/demoPage";

let demo: DemoSession;
let page: Page;

const pane = () => demo.taskPane();

function letter(key: ColumnKey): string {
  return String.fromCharCode(65 + COLUMNS.findIndex((c) => c.key === key));
}

/** The sheet row the pane reports a save landed on ("… 저장했습니다 (시트 22행)"). */
async function savedSheetRow(id: RegExp): Promise<number> {
  const status = pane().getByRole("status").filter({ hasText: id });
  try {
    await status.first().waitFor({ timeout: 30_000 });
  } catch (error) {
    const shown = await pane().locator('[role="status"], .fui-Field__validationMessage').allTextContents();
    throw new Error(`No "${id}" status; the pane shows: ${JSON.stringify(shown)}; focus went through ${JSON.stringify(visited)}`, { cause: error });
  }
  const text = (await status.first().textContent()) ?? "";
  const match = /\(시트 (\d+)행\)/.exec(text);
  if (!match) throw new Error(`no sheet row in "${text}"`);
  return Number(match[1]);
}

async function choose(label: RegExp, option: string): Promise<void> {
  await pane().getByRole("combobox", { name: label }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

async function openEntryTab(): Promise<void> {
  await pane().getByRole("tab", { name: "입력" }).click();
  await pane().getByRole("textbox", { name: /추진기관/ }).waitFor({ timeout: 30_000 });
}

/** The accessible name of the focused element, as the tests below need it (label, aria-label or text). */
function focusedName(): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return "";
    const labelledBy = element.getAttribute("aria-labelledby");
    if (labelledBy) {
      return labelledBy
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join(" ")
        .trim();
    }
    return (element.getAttribute("aria-label") ?? (element as HTMLInputElement).labels?.[0]?.textContent ?? element.textContent ?? "").trim();
  });
}

/** Presses Tab until the focused control's name matches (keyboard only), failing after `limit` presses. */
/** Opens the focused dropdown with Alt+ArrowDown, moves to its first option and chooses it, keys only. */
async function pickWithKeys(): Promise<void> {
  await page.keyboard.press("Alt+ArrowDown");
  await page.getByRole("listbox").first().waitFor();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await page.getByRole("listbox").waitFor({ state: "detached" });
}

const visited: string[] = [];
async function tabTo(name: RegExp, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    const now = await focusedName();
    visited.push(now);
    if (name.test(now)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached a control named ${name}; focus is on "${await focusedName()}".`);
}

beforeAll(async () => {
  demo = await openDemo({ viewport: { width: 1400, height: 1000 } });
  page = demo.page;
});

afterAll(async () => {
  const crashes = demo?.pageErrors.filter((error) => error.startsWith("pageerror:")) ?? [];
  await closeDemo(demo);
  expect(crashes).toEqual([]);
});

describe("약정 입력 흐름", () => {
  it("새 데모의 첫 화면은 예시 통합문서를 업그레이드하라고 하지 않는다", async () => {
    await pane().getByText(/약정 표가 최신입니다/).waitFor({ timeout: 30_000 });
    await expect(pane().getByRole("button", { name: "표 업그레이드" }).count()).resolves.toBe(0);
  });

  it("새 약정 두 건을 연달아 저장하면 두 행이 생기고, 추진기관·체결일·출처는 다음 입력에 남는다", async () => {
    await openEntryTab();
    await pane().getByRole("textbox", { name: /추진기관/ }).fill("창원시");
    await pane().getByLabel(/^체결일/).fill("2019-11-18");
    await pane().getByRole("textbox", { name: /출처/ }).fill("경남우리신문 2019-11-18");
    const enter = async (partner: string) => {
      await choose(/협약형태/, "양해각서(MOU)");
      await choose(/^구분/, "투자");
      await pane().getByRole("textbox", { name: /상대기관/ }).fill(partner);
      await pane().getByRole("combobox", { name: /국가/ }).click();
      await pane().getByRole("combobox", { name: /국가/ }).fill("캐나다");
      await page.getByRole("option", { name: /^캐나다 · Canada/ }).click();
      await choose(/^상태/, "체결");
      await pane().getByRole("button", { name: "저장" }).click();
    };
    await enter("워털루 지역 경제개발공사");
    const first = await savedSheetRow(/저장했습니다/);
    await expect(pane().getByTestId("entry-mode").textContent()).resolves.toBe("새 약정");
    await expect(pane().getByRole("textbox", { name: /추진기관/ }).inputValue()).resolves.toBe("창원시");
    await expect(pane().getByRole("textbox", { name: /상대기관/ }).inputValue()).resolves.toBe("");
    await enter("토론토 무역관");
    await pane().getByRole("status").filter({ hasText: `(시트 ${first + 1}행)` }).first().waitFor({ timeout: 30_000 });
    await demo.waitForCellText(`${letter("partner")}${first}`, "워털루 지역 경제개발공사");
    await demo.waitForCellText(`${letter("partner")}${first + 1}`, "토론토 무역관");
    await demo.waitForCellText(`${letter("source")}${first + 1}`, "경남우리신문 2019-11-18");
  });

  it("저장에 실패하면 첫 번째로 고칠 칸에 포커스가 간다", async () => {
    await openEntryTab();
    await pane().getByRole("button", { name: "새로 입력" }).click();
    const dialog = page.getByRole("alertdialog");
    if (await dialog.count()) await dialog.getByRole("button", { name: "변경 내용 버리고 새로 입력" }).click();
    await pane().getByRole("textbox", { name: /추진기관/ }).fill("");
    await pane().getByRole("textbox", { name: /상대기관/ }).fill("상대만 적음");
    await pane().getByRole("button", { name: "저장" }).click();
    await pane().getByText(/저장하지 않았습니다/).first().waitFor();
    await page.waitForFunction(() => ((document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? "").startsWith("추진기관"));
    // The discard question is a dialog in view, not a bar far above.
    await pane().getByRole("button", { name: "새로 입력" }).click();
    await page.getByRole("alertdialog", { name: "저장하지 않은 변경 내용이 있습니다" }).waitFor();
    await page.getByRole("button", { name: "계속 편집" }).click();
    await expect(pane().getByRole("textbox", { name: /상대기관/ }).inputValue()).resolves.toBe("상대만 적음");
  });

  it("키보드만으로: 그리드에서 Esc로 작업창에 가서 약정 하나를 입력한다", async () => {
    await demo.reload();
    await demo.selectCell("B3");
    // Tab on the grid moves the selection, but Escape leaves the grid for the task pane.
    await page.keyboard.press("Tab");
    await page.locator('[role="grid"][data-active-address="C3"]').waitFor();
    await page.keyboard.press("Escape");
    await expect(focusedName()).resolves.toMatch(/설정|입력|검증/);
    // F6 goes back to the grid and again to the pane, as in Excel.
    await page.keyboard.press("F6");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("role"))).resolves.toBe("grid");
    await page.keyboard.press("F6");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await pane().getByRole("textbox", { name: /추진기관/ }).waitFor({ timeout: 30_000 });

    await tabTo(/^추진기관/);
    await page.keyboard.type("성남시");
    await tabTo(/^협약형태/);
    await pickWithKeys();
    await tabTo(/^구분/);
    await pickWithKeys();
    await tabTo(/^상대기관/);
    await page.keyboard.type("키보드시");
    await tabTo(/^국가/);
    await page.keyboard.type("미국");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await tabTo(/^상태/);
    await pickWithKeys();
    await tabTo(/^저장$/);
    await page.keyboard.press("Enter");
    const row = await savedSheetRow(/저장했습니다/);
    expect(row).toBeGreaterThan(SEED_COMMITMENTS.length + 1);
    await demo.waitForCellText(`${letter("partner")}${row}`, "키보드시");
    await demo.waitForCellText(`${letter("country")}${row}`, "US");
  });
});
