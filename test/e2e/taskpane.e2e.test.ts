/**
 * The task pane on the demo page, in Debian's Chromium: set up a fresh workbook, enter a
 * commitment in Korean notation, edit it by selecting its row, validate a workbook seeded
 * with bad rows, and check accessibility (axe-core) in both languages. Also refreshes the
 * README screenshots docs/taskpane-ko.png and docs/taskpane-en.png.
 *
 * Needs the built demo (npm run build:demo → dist-demo/); test/e2e/support/demoPage.ts serves it
 * and refuses any request that leaves the machine.
 */
import path from "node:path";
import type { Page } from "playwright-core";
import { COLUMNS, headerRow, isoToSerial, type ColumnKey } from "../../src/schema";
import { fxHeaderRow } from "../../src/schema/formulas";
import { ExcelSimulator, type WorkbookSnapshot } from "../../src/simulator";
import { DEMO_STORAGE_KEY } from "../../src/demo/demoStorage";
import { closeDemo, openDemo, type DemoSession, seriousAxeViolations } from "./support/demoPage";

const ROOT = path.resolve(__dirname, "../..");

let demo: DemoSession;
let page: Page;

function letter(key: ColumnKey): string {
  return String.fromCharCode(65 + COLUMNS.findIndex((c) => c.key === key));
}

/** Opens the demo on a given workbook, by putting its snapshot where the demo restores from. */
async function openWorkbook(snapshot: WorkbookSnapshot): Promise<void> {
  await page.evaluate(
    ([key, value]) => window.localStorage.setItem(key, value),
    [DEMO_STORAGE_KEY, JSON.stringify({ version: 1, savedAt: new Date().toISOString(), snapshot })] as const,
  );
  await demo.reload();
  await pane().getByRole("tab", { name: "설정" }).waitFor();
}

const pane = () => demo.taskPane();

async function choose(label: RegExp, option: string): Promise<void> {
  await pane().getByRole("combobox", { name: label }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

/** A workbook whose Commitments table has one bad row per kind of problem. */
function badRowsWorkbook(): WorkbookSnapshot {
  const sim = new ExcelSimulator();
  const header = headerRow("ko");
  const signed = isoToSerial("2019-11-18");
  const base: Partial<Record<ColumnKey, unknown>> = {
    agency: "창원시",
    signed,
    instrument: "양해각서(MOU)",
    category: "투자",
    partner: "Acme",
    country: "US",
    amount: 1000,
    currency: "USD",
    amountKrw: 1_470_000,
    status: "체결",
  };
  const rows: Partial<Record<ColumnKey, unknown>>[] = [
    { ...base, id: "창원-2019-001" },
    { ...base, id: "창원-2019-002", partner: "" },
    { ...base, id: "창원-2019-003", instrument: "악수" },
    { ...base, id: "창원-2019-004", country: "아틀란티스" },
    { ...base, id: "창원-2019-005", amount: -5 },
    { ...base, id: "창원-2019-006", amount: "많이" },
    { ...base, id: "창원-2019-007", realizedKrw: 9_000_000 },
    { ...base, id: "창원-2019-001" },
    { ...base, id: "창원-2019-009", signed: "", status: "완료" },
    { ...base, id: "창원-2019-010", due: signed - 30 },
    { ...base, id: "창원-2019-011", currency: "BRL" },
    { ...base, id: "창원-2019-012", currency: "XYZ" },
  ];
  sim.debug.addTable("약정", "A1", [header, ...rows.map((row) => COLUMNS.map((c) => row[c.key] ?? ""))], "Commitments");
  sim.debug.addTable("환율", "A1", [fxHeaderRow("ko"), ["USD", 1470, 1, isoToSerial("2019-01-02")]], "FxRates");
  return sim.snapshot();
}

/** The whole pane, unscrolled: a tall window so the README shows every field. */
async function screenshotPane(file: string): Promise<void> {
  const normal = page.viewportSize()!;
  await page.setViewportSize({ width: normal.width, height: 2000 });
  await pane().evaluate((element) => element.scrollTo(0, 0));
  await page.screenshot({ path: path.join(ROOT, file), clip: (await pane().boundingBox())! });
  await page.setViewportSize(normal);
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

describe("task pane on the demo page", () => {
  it("sets up a fresh workbook, enters 70만불 for 미국, and edits the row in place", async () => {
    await openWorkbook(new ExcelSimulator().snapshot());

    // 1. Set up.
    await pane().getByText("이 통합 문서에는 아직 약정 표가 없습니다.").waitFor();
    await pane().getByRole("button", { name: "약정 표 만들기" }).click();
    await pane().getByText("'약정' 시트에 약정 표를 만들었습니다.").waitFor();
    await expect(demo.cellText("A1")).resolves.toBe("관리번호");

    // 2. Enter a commitment with a Korean amount and country.
    await pane().getByRole("tab", { name: "입력" }).click();
    await pane().getByRole("textbox", { name: /추진기관/ }).fill("창원시");
    await pane().getByLabel(/^체결일/).fill("2019-11-18");
    await choose(/협약형태/, "양해각서(MOU)");
    await choose(/^구분/, "투자");
    await pane().getByRole("textbox", { name: /상대기관/ }).fill("Acme Robotics");
    await pane().getByRole("combobox", { name: /국가/ }).click();
    await pane().getByRole("combobox", { name: /국가/ }).fill("미국");
    await page.getByRole("option", { name: /^미국 · United States/ }).click();
    await choose(/^상태/, "체결");
    await pane().getByRole("textbox", { name: "금액", exact: true }).fill("70만불");
    await pane().getByText("읽은 값: 700,000 USD").waitFor();
    await screenshotPane("docs/taskpane-ko.png");
    await pane().getByRole("button", { name: "저장" }).click();
    await pane().getByText(/을\(를\) 저장했습니다 \(시트 2행\)/).first().waitFor();
    await expect(demo.cellText(`${letter("amount")}2`)).resolves.toMatch(/^700,000\.?$/);
    await expect(demo.cellText(`${letter("currency")}2`)).resolves.toBe("USD");
    // The native Amount (KRW) formula converts through FxRates (seed rate 1,470 won per dollar).
    await expect(demo.cellText(`${letter("amountKrw")}2`)).resolves.toBe("1,029,000,000");
    await expect(demo.cellText(`${letter("country")}2`)).resolves.toBe("US");
    await expect(demo.cellText(`${letter("id")}2`)).resolves.toBe("창원-2019-001");

    // 3. Select the row in the grid, change its Status, save: the row changes in place.
    await pane().getByRole("button", { name: "새로 입력" }).click();
    await demo.selectCell(`${letter("partner")}2`);
    await pane().getByText("창원-2019-001 수정 중 (시트 2행)").waitFor();
    await choose(/^상태/, "이행중");
    await pane().getByRole("button", { name: "저장" }).click();
    await pane().getByText("창원-2019-001을(를) 저장했습니다 (시트 2행).").first().waitFor();
    await expect(demo.cellText(`${letter("status")}2`)).resolves.toBe("이행중");
    await expect(demo.cellText(`${letter("id")}3`)).resolves.toBe("");

    // The form follows a language switch without losing the row.
    await pane().getByRole("button", { name: "English" }).click();
    await pane().getByText("Editing 창원-2019-001 (sheet row 2)").waitFor();
  });

  it("validates a workbook seeded with bad rows and selects the offending cell", async () => {
    await openWorkbook(badRowsWorkbook());
    await pane().getByRole("tab", { name: "검증" }).click();
    await pane().getByRole("button", { name: "검증 실행" }).click();
    await pane().getByText("12개 행에서 문제 13건을 찾았습니다.").waitFor();
    const kinds = [
      "필수 항목 누락: 1",
      "목록에 없는 값: 1",
      "잘못된 국가: 1",
      "잘못된 통화: 1",
      "음수 금액: 1",
      "숫자가 아닌 값: 1",
      "집행액이 원화환산액 초과: 1",
      "중복 관리번호: 2",
      "체결일 없는 완료: 1",
      "체결일보다 이른 이행기한: 1",
      "환율 없음: 1",
      // 창원-2019-009 has no Signed date: its Amount (KRW) used the latest rate, and the panel says which.
      "대체 환율 사용: 1",
    ];
    const counts = pane().getByRole("list", { name: "종류별 건수" });
    for (const kind of kinds) await expect(counts.getByText(kind, { exact: true }).count()).resolves.toBe(1);
    const problems = pane().getByRole("list", { name: "문제 목록" }).getByRole("listitem");
    await expect(problems.count()).resolves.toBe(13);

    await pane().getByRole("button", { name: /^창원-2019-004 · 국가 / }).click();
    // Selecting goes through the selection adapter (loaded on first use): wait for the grid to show it.
    await page.locator(`[role="grid"][data-active-address="${letter("country")}5"]`).waitFor();
    const cell = await demo.gridCell(`${letter("country")}5`);
    await expect(cell.getAttribute("aria-selected")).resolves.toBe("true");
    await expect(cell.textContent()).resolves.toBe("아틀란티스");

    // The same panel in English, for the README.
    await pane().getByRole("button", { name: "English" }).click();
    await pane().getByText("Found 13 problems in 12 rows.").waitFor();
    await screenshotPane("docs/taskpane-en.png");
  });

  it("has no serious or critical axe violations in Korean or English", async () => {
    await openWorkbook(badRowsWorkbook());
    // Every tab, including those whose code loads on first open: wait for the panel, not its spinner.
    const opened = async (tab: string) => {
      await pane().getByRole("tab", { name: tab }).click();
      const panel = pane().getByRole("tabpanel", { name: tab });
      await panel.locator("h2").first().waitFor({ timeout: 30_000 });
    };
    for (const tab of ["설정", "입력", "검증", "보도자료", "동기화", "보고서"]) {
      await opened(tab);
      if (tab === "검증") {
        await pane().getByRole("button", { name: "검증 실행" }).click();
        await pane().getByRole("list", { name: "문제 목록" }).waitFor();
      }
      expect({ language: "ko", tab, violations: await seriousAxeViolations(page) }).toEqual({ language: "ko", tab, violations: [] });
    }
    await pane().getByRole("button", { name: "English" }).click();
    for (const tab of ["Setup", "Entry", "Validate", "Press", "Sync", "Report"]) {
      await opened(tab);
      expect({ language: "en", tab, violations: await seriousAxeViolations(page) }).toEqual({ language: "en", tab, violations: [] });
    }
  });
});
