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
import { COLUMNS, type ColumnKey } from "../../src/schema";
import { SEED_COMMITMENTS } from "../../src/demo/seedWorkbook";
import { encodeCp949 } from "../../src/sync/encodeCp949";
import { useDemoSession, seriousAxeViolations } from "./support/demoPage";

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

const session = useDemoSession();

async function importFile(name: string, csv: string): Promise<void> {
  const pane = session().taskPane();
  await pane.getByLabel("CSV 또는 TSV 파일 (UTF-8, CP949/EUC-KR)").setInputFiles(cp949File(name, csv));
  await pane.getByText(new RegExp(`'${escapeRegExp(name)}'에서 \\d+행을 읽었습니다 \\(CP949/EUC-KR\\)`)).waitFor();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
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
  expect(await seriousAxeViolations(session().page)).toEqual([]);
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

test("says when the encoding was a guess and lets the officer choose (issue 9 item 10)", async () => {
  const pane = session().taskPane();
  // 홍천 in CP949 (C8 AB C3 B5) is also valid UTF-8 ("ȫõ"): the pane must read it as Korean and say it guessed.
  await importFile("홍천.csv", "ID,City\r\nX-1,홍천\r\n");
  const encoding = pane.getByRole("region", { name: "글자 인코딩" });
  await encoding.getByText(/^인코딩을 추정했습니다: CP949\/EUC-KR \(한국어\)\./).waitFor();
  expect(await encoding.getByRole("list", { name: "첫 행 미리 보기" }).textContent()).toContain("X-1 | 홍천");
  await encoding.getByRole("combobox", { name: "인코딩" }).selectOption("utf-8");
  await encoding.getByText("직접 고른 인코딩(UTF-8)으로 읽었습니다.").waitFor();
  expect(await encoding.getByRole("list", { name: "첫 행 미리 보기" }).textContent()).toContain("X-1 | ȫõ");
});

test("remembers a mapping by the source's columns, not its file name, and leaves 번호 unmapped (issue 11 item 10, issue 9 item 3)", async () => {
  const pane = session().taskPane();
  const id = SEED_COMMITMENTS[1].id;
  const row = SEED_COMMITMENTS.findIndex((c) => c.id === id) + 2;
  await importFile("부서_2024-08.csv", ["번호,관리번호,내부메모", `1,${id},8월 메모`].join("\r\n"));
  await pane.getByText("번호 열은 행 번호로 보고 가져오지 않습니다. 관리번호라면 직접 연결하세요.").waitFor();
  await pane.getByRole("combobox", { name: "내부메모 → 약정 표 열" }).selectOption("notes");
  await expectCount("count-updates", "수정 1");
  await pane.getByRole("button", { name: "1행 적용" }).click();
  await pane.getByText(/완료: 0행 추가, 1행 수정/).waitFor();
  await session().waitForCellText(address("notes", row), "8월 메모");

  // Next month's file has another name and the same columns: the mapping applies itself.
  await importFile("부서_2024-09.csv", ["번호,관리번호,내부메모", `1,${id},9월 메모`].join("\r\n"));
  await pane.getByText("열 구성이 같은 '부서_2024-08.csv'에서 고른 연결을 적용했습니다.").waitFor();
  expect(await pane.getByRole("combobox", { name: "내부메모 → 약정 표 열" }).inputValue()).toBe("notes");
  expect(await pane.getByRole("combobox", { name: "번호 → 약정 표 열", exact: true }).inputValue()).toBe("");
  // Same header set, same department: an update of the row it wrote last month, not a two-source conflict.
  await expectCount("count-updates", "수정 1");
  await expectCount("count-conflicts", "충돌 0");
  await pane.getByRole("button", { name: "1행 적용" }).click();
  await pane.getByText(/완료: 0행 추가, 1행 수정/).waitFor();
  await session().waitForCellText(address("notes", row), "9월 메모");
  expect(session().pageErrors).toEqual([]);
});

test("writes rejected rows to a new sheet as text (issue 10 item 8)", async () => {
  const pane = session().taskPane();
  await importFile("제외 확인.csv", ["관리번호,추진기관,협약형태,구분,상대기관,국가,상태", `,창원시,MOU,수출,"${INJECTION.replace(/"/g, '""')}",아틀란티스,추진중`].join("\r\n"));
  await expectCount("count-rejected", "제외 1");
  const rejected = pane.getByRole("region", { name: /제외된 행/ });
  await rejected.getByRole("button", { name: "제외된 행을 새 시트에 쓰기" }).click();
  await rejected.getByText("'제외된 행' 시트에 제외된 1행을 썼습니다.").waitFor();
  await session().activateSheet("제외된 행");
  expect(await session().cellText("A1")).toBe("관리번호");
  expect(await session().cellText("E2")).toBe(INJECTION);
  expect(await session().cellText("H2")).toBe("2");
  expect(session().pageErrors).toEqual([]);
});
