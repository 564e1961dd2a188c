/**
 * The report tab on the demo page, in Debian's Chromium, as an officer uses it
 * (issue 11, items 4-8): generate the seed data's 2019-Q4 report and check the grid
 * shows computed numbers (the demo evaluates the COMMIT formulas with the function
 * library); retarget it by typing a Korean quarter, freeze it and rename it (the copy
 * and the sheet are named from the quarter shown); see the rate dash; have the pane
 * refuse to freeze the register; and with one bad row, see the problem list before
 * anything is written. Also refreshes docs/report.png and runs axe on the tab.
 *
 * Needs the built demo (npm run build:demo → dist-demo/).
 */
import path from "node:path";
import { SEED_COMMITMENTS, SEED_PROGRESS, seedAmountKrw, seedProgressKrw } from "../../src/demo/seedWorkbook";
import { REPORT_ROWS, cellAddress } from "../../src/report";
import { SEED_SHEET_NAMES } from "../../src/demo/writeSeedWorkbook";
import { useDemoSession, seriousAxeViolations } from "./support/demoPage";

const ROOT = path.resolve(__dirname, "../..");
const SHEET = "보고서 2019-4분기";
const REGISTER = SEED_SHEET_NAMES.ko.commitments;

const inQ4 = (iso: string | null) => iso !== null && iso >= "2019-10-01" && iso <= "2019-12-31";
const live = SEED_COMMITMENTS.filter((row) => row.status !== "cancelled");
const exportValue = live.filter((r) => r.category === "export" && inQ4(r.signed)).reduce((sum, r) => sum + (seedAmountKrw(r) ?? 0), 0);
const newAgreements = live.filter((r) => inQ4(r.signed)).length;
const krw = (n: number) => Math.round(n).toLocaleString("en-US");
const firstSigned = [...live].filter((r) => inQ4(r.signed)).sort((a, b) => a.signed!.localeCompare(b.signed!))[0];
const dueNextQuarter = live
  .filter((r) => r.status !== "completed" && r.due !== null && r.due >= "2020-01-01" && r.due <= "2020-03-31")
  .sort((a, b) => a.due!.localeCompare(b.due!));
const latestQuarterWithData = [...SEED_COMMITMENTS]
  .filter((r) => r.signed !== null)
  .map((r) => `${r.signed!.slice(0, 4)}-Q${Math.ceil(Number(r.signed!.slice(5, 7)) / 3)}`)
  .sort()
  .at(-1)!;

const session = useDemoSession({ viewport: { width: 1680, height: 1050 } });

const pane = () => session().taskPane();
const sheetShown = (name: string) => session().page.locator(`[role="grid"][aria-label^="${name} "]`).waitFor();

test("보고서 탭: 실적이 있는 최근 분기를 기본으로 고르고 이유를 말하며, 2019-Q4 보고서의 수치를 계산한다", async () => {
  const demoSession = session();
  await pane().getByRole("tab", { name: "보고서" }).click();
  const picker = pane().getByTestId("report-quarter");
  await picker.waitFor();
  expect(await picker.inputValue()).toBe(latestQuarterWithData);
  await pane().getByText(`${latestQuarterWithData}: 체결 실적이 있는 가장 최근 분기라서 기본으로 골랐습니다.`, { exact: false }).waitFor();
  expect(await seriousAxeViolations(session().page)).toEqual([]);

  // The seed's Changwon trip is 2019-Q4.
  await picker.selectOption("2019-Q4");
  await pane().getByRole("button", { name: "보고서 만들기" }).click();
  await pane().getByText(`'${SHEET}' 시트를 만들었습니다.`).waitFor();
  await sheetShown(SHEET);

  expect(exportValue).toBeGreaterThan(0);
  expect(await demoSession.cellText("B4")).toBe("2019-Q4");
  expect(await demoSession.cellText("C4")).toBe("2019-Q4");
  expect(await demoSession.cellText("D2")).toBe("2019년 4분기");
  expect(await demoSession.cellText("I10")).toBe(krw(exportValue));
  expect(await demoSession.cellText("B17")).toBe(String(newAgreements));
  expect(await demoSession.cellText("A20")).toContain("품목");
  for (const address of ["I10", "I11", "B17", "E10", "K10", "L10"]) {
    expect([address, await demoSession.cellText(address)]).not.toEqual([address, expect.stringMatching(/^#|^=/)]);
  }
  // Every figure computed: the status line is empty.
  expect(await demoSession.cellText("A7")).toBe("");

  // The lists spill below their headers: the quarter's first agreement, and the first follow-up due in 2020-Q1.
  expect(await demoSession.cellText("A74")).toBe(firstSigned.id);
  expect(await demoSession.cellText("B74")).toBe(firstSigned.signed);
  expect(await demoSession.cellText("A117")).toBe(dueNextQuarter[0]?.id ?? "해당 없음");

  // Back to the top of the sheet, the period cell selected, for the docs screenshot.
  await demoSession.page.locator('[role="grid"]').evaluate((grid) => {
    grid.scrollTop = 0;
    grid.dispatchEvent(new Event("scroll"));
  });
  await demoSession.selectCell("B4");
  await demoSession.page.screenshot({ path: path.join(ROOT, "docs/report.png") });

  // 7-8. Progress in the quarter, by the progress date: the seed ledger's 2019-Q4 shipments.
  const progressQ4 = SEED_PROGRESS.filter((p) => inQ4(p.date)).sort((a, b) => a.date.localeCompare(b.date));
  const realizedQ4 = progressQ4.reduce((sum, p) => sum + (seedProgressKrw(p) ?? 0), 0);
  expect(realizedQ4).toBeGreaterThan(0);
  expect(await demoSession.cellText(cellAddress(REPORT_ROWS.progressFirstCategory + 4, 2))).toBe(krw(realizedQ4));
  expect(await demoSession.cellText(cellAddress(REPORT_ROWS.progressList, 1))).toBe(progressQ4[0].id);
  await demoSession.selectCell(cellAddress(REPORT_ROWS.progressSection, 1));
  await demoSession.page.locator('[role="grid"]').evaluate((grid, row) => {
    grid.scrollTop = Math.max(0, (row - 2) * Number(grid.getAttribute("data-row-height")));
    grid.dispatchEvent(new Event("scroll"));
  }, REPORT_ROWS.progressSection);
  await demoSession.page.screenshot({ path: path.join(ROOT, "docs/report-progress.png") });
  expect(demoSession.pageErrors).toEqual([]);
});

test("'2024년 3분기'로 바꾼 보고서를 값으로 고정하면 사본 이름이 보여 주는 분기를 따르고, 이름 바꾸기를 제안한다", async () => {
  const demoSession = session();
  await demoSession.typeIntoCell("B4", "2024년 3분기");
  await demoSession.waitForCellText("C4", "2024-Q3");
  await demoSession.waitForCellText("D2", "2024년 3분기");
  expect(await demoSession.cellText("A7")).toBe("");

  // The pane noticed the edit without being reopened, and offers the name that matches.
  await pane().getByText(`'${SHEET}' 시트는 지금 2024-Q3 수치를 보여 주지만`, { exact: false }).waitFor();
  await pane().getByRole("button", { name: `공유용 값 복사본 만들기 ('${SHEET}' → '보고서 2024-3분기 (값)')` }).click();
  await pane().getByText("값만 담은 '보고서 2024-3분기 (값)' 시트를 만들었습니다. 이 시트를 공유하세요.").waitFor();
  await sheetShown("보고서 2024-3분기 (값)");
  expect(await demoSession.cellText("D2")).toBe("2024년 3분기");
  expect(await demoSession.cellText("B4")).toBe("2024년 3분기");

  // Back on the live sheet: rename it for the quarter it shows.
  await demoSession.activateSheet(SHEET);
  await pane().getByRole("button", { name: "'보고서 2024-3분기'(으)로 이름 바꾸기" }).click();
  await pane().getByText("시트 이름을 '보고서 2024-3분기'(으)로 바꾸고 인쇄 머리글을 맞췄습니다.").waitFor();
  await sheetShown("보고서 2024-3분기");
  expect(demoSession.pageErrors).toEqual([]);
});

test("금액이 없는 분기의 이행률은 #DIV/0! 대신 –와 설명을 보여 준다", async () => {
  const demoSession = session();
  await demoSession.typeIntoCell("B4", "2031-Q1");
  await demoSession.waitForCellText("I15", "–");
  expect(await demoSession.cellText("G18")).toContain("이행률을 계산하지 않았습니다");
  expect(await demoSession.cellText("A7")).toBe("");
});

test("약정 표 시트에서는 값 복사본을 만들지 않는다 (활성 시트를 바로 따라감)", async () => {
  const demoSession = session();
  await demoSession.activateSheet(REGISTER);
  await pane().getByTestId("report-freeze-refused").getByText("약정·환율 표", { exact: false }).waitFor();
  expect(await pane().getByRole("button", { name: /공유용 값 복사본/ }).count()).toBe(0);
});

test("잘못된 행이 하나 있으면 보고서를 쓰기 전에 문제 목록을 보여 주고, 누르면 그 셀로 간다", async () => {
  const demoSession = session();
  // Row 2 is a 2019-Q4 agreement; its 구분 (column E) gets a value that is not in the list.
  await demoSession.typeIntoCell("E2", "교류협력");
  await demoSession.waitForCellText("E2", "교류협력");
  await pane().getByTestId("report-quarter").selectOption("2019-Q4");
  await pane().getByRole("button", { name: "보고서 만들기" }).click();
  const problems = pane().getByTestId("report-problems");
  await problems.getByText("보고서 수식을 깨뜨리거나 수치를 빠뜨릴 문제가 1건 있습니다").waitFor();
  // Nothing was written yet.
  expect(await demoSession.page.getByRole("tablist", { name: "시트 · Sheets" }).getByRole("tab", { name: SHEET, exact: true }).count()).toBe(0);
  expect(await seriousAxeViolations(session().page)).toEqual([]);

  await problems.getByRole("button", { name: /2행 · 창원-2019-001 · 구분/ }).click();
  await demoSession.page.locator('[role="grid"][data-active-address="E2"]').waitFor();

  await problems.getByRole("button", { name: "그래도 보고서 만들기" }).click();
  await pane().getByText(`'${SHEET}' 시트를 만들었습니다.`).waitFor();
  await sheetShown(SHEET);
  const status = await demoSession.cellText("A7");
  expect(status).toContain("불완전합니다");
  expect(status).toContain("[1. 주요 지표]");
  expect(demoSession.pageErrors).toEqual([]);
});
