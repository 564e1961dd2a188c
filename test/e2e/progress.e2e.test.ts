/**
 * The progress ledger on the demo page, in Korean (issue 13): select a seed commitment, add a
 * progress record typed as 5만불, and see its Realized (KRW) cell — the SUMIFS over Progress —
 * update in the grid, and the Entry form's Realized field and committed-vs-realized bar with it
 * (without selecting the row again); then generate the 2019-Q4 report and see its progress blocks (realized
 * in the quarter by category and by partner country, the quarter's records) match the ledger
 * plus the new record. Also refreshes docs/progress-ko.png (the Entry tab with a timeline).
 *
 * Needs the built demo (npm run build:demo → dist-demo/).
 */
import path from "node:path";
import type { Locator } from "playwright-core";
import { formatKrw } from "../../src/money";
import { COLUMNS, type ColumnKey } from "../../src/schema";
import { CATEGORIES } from "../../src/schema";
import { REPORT_ROWS, cellAddress } from "../../src/report";
import { SEED_COMMITMENTS, SEED_PROGRESS, seedProgressKrw, seedRateFor } from "../../src/demo/seedWorkbook";
import { SEED_SHEET_NAMES } from "../../src/demo/writeSeedWorkbook";
import { useDemoSession, waitForValue } from "./support/demoPage";

const ROOT = path.resolve(__dirname, "../..");
const session = useDemoSession({ viewport: { width: 1680, height: 1050 } });

const pane = () => session().taskPane();
const letter = (key: ColumnKey) => String.fromCharCode(65 + COLUMNS.findIndex((c) => c.key === key));
const sheetRow = (id: string) => SEED_COMMITMENTS.findIndex((c) => c.id === id) + 2;
const won = (text: string) => Number(text.replace(/,/g, ""));

/** Waits until an input shows `value` (the pane re-reads the row after a record is added). */
async function waitForInputValue(input: Locator, value: string, timeout = 30_000): Promise<void> {
  await waitForValue(() => input.inputValue(), value, timeout);
}

async function selectCommitment(id: string): Promise<void> {
  await session().selectCell(`${letter("partner")}${sheetRow(id)}`);
  await pane().getByRole("heading", { name: `이행실적 · ${id}` }).waitFor({ timeout: 30_000 });
}

test("선택한 협약에 '5만불' 실적을 추가하면 집행액이 바뀌고, 2019-Q4 보고서의 이행실적 블록이 대장과 같다", async () => {
  const demoSession = session();
  await pane().getByRole("tab", { name: "입력" }).click();
  await pane().getByRole("textbox", { name: /추진기관/ }).waitFor({ timeout: 30_000 });

  const id = "창원-2019-010";
  const realizedCell = `${letter("realizedKrw")}${sheetRow(id)}`;
  await selectCommitment(id);
  expect(won(await demoSession.cellText(realizedCell))).toBe(0);
  await pane().getByText("아직 기록된 이행실적이 없습니다.").waitFor();
  const realizedField = pane().getByRole("textbox", { name: /^집행액/ });
  expect(await realizedField.inputValue()).toBe("0");

  const form = pane().getByRole("form", { name: "실적 추가" });
  await form.getByLabel(/실적일/).fill("2019-12-20");
  await form.getByRole("combobox", { name: /실적구분/ }).click();
  await demoSession.page.getByRole("option", { name: "수출선적", exact: true }).click();
  await form.getByRole("textbox", { name: "실적 금액" }).fill("5만불");
  await form.getByText("읽은 값: 50,000 USD").waitFor();
  await form.getByRole("textbox", { name: "증빙" }).fill("수출신고 41234-19-1220001X");
  await form.getByRole("button", { name: "실적 추가" }).click();
  await pane().getByText(`${id}-P01을(를) 추가했습니다.`).waitFor({ timeout: 30_000 });

  // Realized (KRW) is the SUMIFS over Progress: 50,000 USD at the 2019-11-07 rate.
  const expected = Math.round(50000 * seedRateFor("USD", "2019-12-20").krwPerUnit);
  await demoSession.waitForCellText(realizedCell, expected.toLocaleString("en-US"), 30_000);
  await pane().getByRole("list", { name: "이행실적 기록" }).getByText("2019-12-20").waitFor();
  // The form's read-only Realized (KRW) and the bar show the sheet's new total at once, not the value loaded before.
  await waitForInputValue(realizedField, expected.toLocaleString("ko-KR"));
  await pane().getByRole("meter", { name: new RegExp(`^집행 ${formatKrw(expected)} / 약정 `) }).waitFor({ timeout: 10_000 });

  // The 2019-Q4 report's progress blocks match the ledger plus the new record (computed here from the seed data).
  const added = { id: `${id}-P01`, commitmentId: id, date: "2019-12-20", krw: 50000 * seedRateFor("USD", "2019-12-20").krwPerUnit };
  const ledger = [
    ...SEED_PROGRESS.filter((p) => p.date >= "2019-10-01" && p.date <= "2019-12-31").map((p) => ({ id: p.id, commitmentId: p.commitmentId, date: p.date, krw: seedProgressKrw(p) ?? 0 })),
    added,
  ].sort((a, b) => a.date.localeCompare(b.date));
  const commitmentOf = (commitmentId: string) => SEED_COMMITMENTS.find((c) => c.id === commitmentId)!;
  const sumBy = (key: "category" | "country") => {
    const sums = new Map<string, number>();
    for (const record of ledger) {
      const commitment = commitmentOf(record.commitmentId);
      if (commitment.status !== "cancelled") sums.set(commitment[key], (sums.get(commitment[key]) ?? 0) + record.krw);
    }
    return sums;
  };
  const byCategory = sumBy("category");
  const byCountry = sumBy("country");
  const krw = (n: number) => Math.round(n).toLocaleString("en-US");

  await pane().getByRole("tab", { name: "보고서" }).click();
  await pane().getByTestId("report-quarter").selectOption("2019-Q4");
  await pane().getByRole("button", { name: "보고서 만들기" }).click();
  await pane().getByText("'보고서 2019-4분기' 시트를 만들었습니다.").waitFor({ timeout: 30_000 });
  const R = REPORT_ROWS;
  await demoSession.waitForCellText("A7", "", 30_000);
  for (const [i, category] of CATEGORIES.entries()) {
    expect([category.ko, await demoSession.cellText(cellAddress(R.progressFirstCategory + i, 2))]).toEqual([category.ko, krw(byCategory.get(category.value) ?? 0)]);
  }
  const total = [...byCategory.values()].reduce((a, b) => a + b, 0);
  expect(await demoSession.cellText(cellAddress(R.progressFirstCategory + CATEGORIES.length, 2))).toBe(krw(total));
  // By partner country: one row per country, largest first, then the total.
  const countries = [...byCountry.entries()].sort((a, b) => b[1] - a[1]);
  expect(await demoSession.cellText(cellAddress(R.progressHeader, 5))).toBe("2019-Q4");
  for (const [i, [country, sum]] of countries.entries()) {
    const row = R.progressHeader + 1 + i;
    expect([await demoSession.cellText(cellAddress(row, 4)), await demoSession.cellText(cellAddress(row, 6))]).toEqual([country, krw(sum)]);
  }
  expect(await demoSession.cellText(cellAddress(R.progressHeader + 1 + countries.length, 6))).toBe(krw(total));
  // The quarter's records, by date, the new one among them.
  for (const [i, record] of ledger.entries()) {
    const row = R.progressList + i;
    expect([await demoSession.cellText(cellAddress(row, 1)), await demoSession.cellText(cellAddress(row, 2)), await demoSession.cellText(cellAddress(row, 5))]).toEqual([
      record.id,
      record.date,
      krw(record.krw),
    ]);
  }
  expect(await demoSession.cellText(cellAddress(R.progressList + ledger.length, 1))).toBe("");

  // The docs screenshot: a commitment with two shipments on its timeline.
  await pane().getByRole("tab", { name: "입력" }).click();
  await demoSession.activateSheet(SEED_SHEET_NAMES.ko.commitments);
  await selectCommitment("창원-2019-008");
  await pane().getByRole("list", { name: "이행실적 기록" }).getByText("2020-01-20").waitFor();
  await pane().getByRole("heading", { name: "이행실적 · 창원-2019-008" }).scrollIntoViewIfNeeded();
  await demoSession.page.screenshot({ path: path.join(ROOT, "docs/progress-ko.png") });
  expect(demoSession.pageErrors).toEqual([]);
});
