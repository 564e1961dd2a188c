/**
 * Sync on the demo page, in Debian's Chromium: a department list saved as CP949
 * (as Korean public systems export it) is synced into the seed workbook. The
 * first import records what sync wrote; the officer then edits that row in the
 * grid, and a second CP949 file changes the same row (a conflict) and carries a
 * CSV-injection attempt. The test checks the preview counts, resolves the
 * conflict, applies, and reads the grid: the incoming value is there and the
 * injection is literal text, not a formula.
 *
 * Needs the built demo (npm run build:demo → dist-demo/).
 */
import { readFileSync } from "node:fs";
import { COLUMNS, type ColumnKey } from "../../src/schema";
import { SEED_COMMITMENTS } from "../../src/demo/seedWorkbook";
import { encodeCp949 } from "../../src/sync/encodeCp949";
import { closeDemo, openDemo, type DemoSession } from "./support/demoPage";

const ROW_ID = "창원-2019-005";
const INJECTION = '=HYPERLINK("http://evil.example","click")';

function address(key: ColumnKey, row: number): string {
  return `${String.fromCharCode(65 + COLUMNS.findIndex((c) => c.key === key))}${row}`;
}

const seedRow = SEED_COMMITMENTS.findIndex((c) => c.id === ROW_ID) + 2;
const newRow = SEED_COMMITMENTS.length + 2;

/** CSV text → the bytes a CP949 export would have, handed to the file input. */
function cp949File(name: string, csv: string) {
  return { name, mimeType: "text/csv", buffer: Buffer.from(encodeCp949(csv)) };
}

const FIRST = ["관리번호,비고", `${ROW_ID},1차 부서 자료`].join("\r\n");
const SECOND = [
  "관리번호,추진기관,협약형태,구분,상대기관,국가,상태,비고",
  `${ROW_ID},,,,,,,2차 부서 자료`,
  `,창원시,MOU,수출,"${INJECTION.replace(/"/g, '""')}",일본,추진중,주입 시도`,
].join("\r\n");

let demo: DemoSession | undefined;

/** Serious or critical axe-core findings in the task pane (the preview with a conflict and diffs open). */
async function seriousAxeViolations(): Promise<{ id: string; nodes: string[] }[]> {
  const { page } = session();
  await page.addScriptTag({ content: readFileSync(require.resolve("axe-core/axe.min.js"), "utf8") });
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (context: object, options: object) => Promise<Result> } }).axe;
    // Fluent's focus manager adds aria-hidden focus sentinels; they are not content.
    const result = await axe.run({ include: [['[data-testid="task-pane"]']], exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  });
}

beforeAll(async () => {
  demo = await openDemo();
});

afterAll(async () => {
  await closeDemo(demo);
});

function session(): DemoSession {
  if (!demo) throw new Error("the demo did not open");
  return demo;
}

async function importFile(name: string, csv: string): Promise<void> {
  const pane = session().taskPane();
  await pane.getByLabel("CSV 또는 TSV 파일 (UTF-8, CP949/EUC-KR)").setInputFiles(cp949File(name, csv));
  await pane.getByText(new RegExp(`'${name}'에서 \\d+행을 읽었습니다 \\(CP949/EUC-KR\\)`)).waitFor();
}

async function expectCount(testId: string, text: string): Promise<void> {
  const badge = session().taskPane().getByTestId(testId);
  await badge.waitFor();
  expect(await badge.textContent()).toBe(text);
}

test("syncs a CP949 CSV with a conflicting row and an injection attempt", async () => {
  const pane = session().taskPane();
  await pane.getByRole("tab", { name: "동기화" }).click();

  // First import: records what sync wrote for the row.
  await importFile("부서목록.csv", FIRST);
  await expectCount("count-updates", "수정 1");
  await pane.getByRole("button", { name: "1행 적용" }).click();
  await pane.getByText(/완료: 0행 추가, 1행 수정/).waitFor();
  expect(await session().cellText(address("notes", seedRow))).toBe("1차 부서 자료");

  // The officer edits the row in the sheet after that sync.
  await session().typeIntoCell(address("notes", seedRow), "시트에서 고친 메모");
  expect(await session().cellText(address("notes", seedRow))).toBe("시트에서 고친 메모");

  // Second import: the same row changed at the source too, plus a CSV-injection attempt.
  await importFile("부서목록.csv", SECOND);
  await expectCount("count-inserts", "추가 1");
  await expectCount("count-updates", "수정 0");
  await expectCount("count-conflicts", "충돌 1");
  await expectCount("count-rejected", "제외 0");
  const conflict = pane.getByRole("listitem", { name: ROW_ID });
  await conflict.getByText("시트에서 고친 메모").waitFor();
  await conflict.getByText("2차 부서 자료").waitFor();
  expect(await seriousAxeViolations()).toEqual([]);
  // Nothing is applied while the conflict is undecided.
  expect(await pane.getByRole("button", { name: /행 적용$/ }).isDisabled()).toBe(true);
  await conflict.getByRole("radio", { name: "원본 적용" }).check();
  await pane.getByRole("button", { name: "2행 적용" }).click();
  await pane.getByText(/완료: 1행 추가, 1행 수정/).waitFor();

  // The grid: the incoming value won the conflict; the injection is literal text.
  expect(await session().cellText(address("notes", seedRow))).toBe("2차 부서 자료");
  expect(await session().cellText(address("partner", newRow))).toBe(INJECTION);
  expect(await session().cellText(address("country", newRow))).toBe("JP");

  // Undo brings the table back to before the second sync.
  await pane.getByRole("button", { name: "마지막 동기화 되돌리기" }).click();
  await pane.getByText(/되돌렸습니다: 1행을 예전 값으로, 추가한 1행을 삭제했습니다/).waitFor();
  expect(await session().cellText(address("notes", seedRow))).toBe("시트에서 고친 메모");
  expect(session().pageErrors).toEqual([]);
});
