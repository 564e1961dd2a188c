/**
 * Syncing a progress list into the ledger on the demo page, in Debian's Chromium (issue 13 item
 * 5): the officer chooses 이행실적 as the target, pastes a customs-style shipments list (one
 * record of an unknown commitment, one whose evidence is a CSV-injection attempt), previews,
 * applies, and sees the commitment's Realized (KRW) — the SUMIFS over Progress — move in the
 * grid; the same list again plans nothing; undo takes the records out again. Also refreshes
 * docs/sync-progress-ko.png (the preview of such a list).
 *
 * Needs the built demo (npm run build:demo → dist-demo/).
 */
import path from "node:path";
import { COLUMNS, PROGRESS_COLUMNS, type ColumnKey, type ProgressColumnKey } from "../../src/schema";
import { SEED_COMMITMENTS, SEED_PROGRESS, seedRateFor } from "../../src/demo/seedWorkbook";
import { SEED_SHEET_NAMES } from "../../src/demo/writeSeedWorkbook";
import { useDemoSession, waitForValue } from "./support/demoPage";

const ID = "창원-2019-008";
const INJECTION = '=HYPERLINK("http://evil.example","click")';
const LIST = [
  "관리번호\t선적일\t구분\t금액\t수출신고번호",
  `${ID}\t2020-03-10\t수출선적\t2만불\t41234-20-0310001X`,
  `${ID}\t2020-03-10\t수출선적\t$10,000\t${INJECTION}`,
  "창원-2019-999\t2020-03-11\t수출선적\t1만불\t41234-20-0311001X",
].join("\n");

const session = useDemoSession();

const pane = () => session().taskPane();
const letter = (index: number) => String.fromCharCode(65 + index);
const realizedCell = `${letter(COLUMNS.findIndex((c) => c.key === ("realizedKrw" satisfies ColumnKey)))}${SEED_COMMITMENTS.findIndex((c) => c.id === ID) + 2}`;
const progressCell = (key: ProgressColumnKey, row: number) => `${letter(PROGRESS_COLUMNS.findIndex((c) => c.key === key))}${row}`;
const won = (text: string) => Number(text.replace(/,/g, ""));

async function pasteList(): Promise<void> {
  await pane().getByRole("radio", { name: "붙여넣기" }).check();
  await pane().getByRole("textbox", { name: /복사한 표를 붙여넣으세요/ }).fill(LIST);
  await pane().getByRole("button", { name: "붙여넣은 표 읽기" }).click();
}

/** The pane with the preview, in a tall window so the mapping, counts and the rejected row all show. */
async function screenshotPreview(): Promise<void> {
  const { page } = session();
  const normal = page.viewportSize()!;
  await page.setViewportSize({ width: normal.width, height: 2200 });
  await pane().evaluate((element) => element.scrollTo(0, 0));
  await page.screenshot({ path: path.resolve(__dirname, "../../docs/sync-progress-ko.png"), clip: (await pane().boundingBox())! });
  await page.setViewportSize(normal);
}

/** Waits until a preview count badge says `text` (the preview replans after each read). */
async function expectCount(testId: string, text: string): Promise<void> {
  const badge = pane().getByTestId(testId);
  await badge.waitFor({ timeout: 30_000 });
  await waitForValue(() => badge.textContent(), text);
}

test("이행실적으로 동기화하면 관리번호로 약정에 연결되어 집행액이 바뀌고, 같은 목록은 다시 쓰지 않으며, 되돌릴 수 있다", async () => {
  const demoSession = session();
  await pane().getByRole("tab", { name: "동기화" }).click();
  const before = won(await demoSession.cellText(realizedCell));

  await pane().getByRole("radio", { name: "이행실적 · Progress" }).check();
  await pane().getByText(/관리번호로 약정에 연결됩니다/).waitFor();
  await pasteList();
  await expectCount("count-inserts", "추가 2");
  await expectCount("count-rejected", "제외 1");
  await pane().getByText(/관리번호 "창원-2019-999"인 협약이 약정 표에 없습니다/).first().waitFor();
  expect(await pane().getByRole("combobox", { name: "수출신고번호 → 이행실적 표 열" }).inputValue()).toBe("evidence");
  await screenshotPreview();

  await pane().getByRole("button", { name: "2행 적용" }).click();
  await pane().getByText(/완료: 2행 추가, 0행 수정/).waitFor({ timeout: 30_000 });
  const rate = seedRateFor("USD", "2020-03-10");
  const added = (30_000 * rate.krwPerUnit) / rate.per;
  await demoSession.waitForCellText(realizedCell, Math.round(before + added).toLocaleString("en-US"), 30_000);

  // The records sit at the end of the ledger, with their Progress IDs; the injection is literal text.
  await demoSession.activateSheet(SEED_SHEET_NAMES.ko.progress);
  const firstNew = SEED_PROGRESS.length + 2;
  const seededForId = SEED_PROGRESS.filter((p) => p.commitmentId === ID).length;
  expect(await demoSession.cellText(progressCell("progressId", firstNew))).toBe(`${ID}-P${String(seededForId + 1).padStart(2, "0")}`);
  expect(await demoSession.cellText(progressCell("evidence", firstNew + 1))).toBe(INJECTION);

  // The same list again: nothing to write, the unknown commitment still listed.
  await pasteList();
  await expectCount("count-inserts", "추가 0");
  await expectCount("count-rejected", "제외 1");

  await pane().getByRole("button", { name: "마지막 동기화 되돌리기" }).click();
  await pane().getByText(/되돌렸습니다: 0행을 예전 값으로, 추가한 2행을 삭제했습니다/).waitFor({ timeout: 30_000 });
  expect(await demoSession.cellText(progressCell("progressId", firstNew))).toBe("");
  await demoSession.activateSheet(SEED_SHEET_NAMES.ko.commitments);
  await demoSession.waitForCellText(realizedCell, Math.round(before).toLocaleString("en-US"), 30_000);
  expect(demoSession.pageErrors).toEqual([]);
});
