/**
 * The progress ledger on the demo page, in Korean (issue 13): select a seed commitment, add a
 * progress record typed as 5만불, and see its Realized (KRW) cell — the SUMIFS over Progress —
 * update in the grid; COMMIT.REALIZED for 2019-Q4 typed into a cell matches the ledger's
 * 2019-Q4 rows. Also refreshes docs/progress-ko.png (the Entry tab with a timeline).
 *
 * The quarterly report has no progress block yet (see docs/progress.md), so the report half of
 * the acceptance scenario is checked through COMMIT.REALIZED instead.
 *
 * Needs the built demo (npm run build:demo → dist-demo/).
 */
import path from "node:path";
import { COLUMNS, type ColumnKey } from "../../src/schema";
import { SEED_COMMITMENTS, SEED_PROGRESS, seedProgressKrw, seedRateFor } from "../../src/demo/seedWorkbook";
import { SEED_SHEET_NAMES } from "../../src/demo/writeSeedWorkbook";
import { closeDemo, openDemo, type DemoSession } from "./support/demoPage";

const ROOT = path.resolve(__dirname, "../..");
let demo: DemoSession | undefined;

beforeAll(async () => {
  demo = await openDemo({ viewport: { width: 1680, height: 1050 } });
});

afterAll(async () => {
  await closeDemo(demo);
});

function session(): DemoSession {
  if (!demo) throw new Error("the demo did not open");
  return demo;
}

const pane = () => session().taskPane();
const letter = (key: ColumnKey) => String.fromCharCode(65 + COLUMNS.findIndex((c) => c.key === key));
const sheetRow = (id: string) => SEED_COMMITMENTS.findIndex((c) => c.id === id) + 2;
const won = (text: string) => Number(text.replace(/,/g, ""));

async function selectCommitment(id: string): Promise<void> {
  await session().selectCell(`${letter("partner")}${sheetRow(id)}`);
  await pane().getByRole("heading", { name: `이행실적 · ${id}` }).waitFor({ timeout: 30_000 });
}

test("선택한 협약에 '5만불' 실적을 추가하면 집행액이 바뀌고, 2019-Q4 REALIZED가 대장과 같다", async () => {
  const demoSession = session();
  await pane().getByRole("tab", { name: "입력" }).click();
  await pane().getByRole("textbox", { name: /추진기관/ }).waitFor({ timeout: 30_000 });

  const id = "창원-2019-010";
  const realizedCell = `${letter("realizedKrw")}${sheetRow(id)}`;
  await selectCommitment(id);
  expect(won(await demoSession.cellText(realizedCell))).toBe(0);
  await pane().getByText("아직 기록된 이행실적이 없습니다.").waitFor();

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

  // The quarter's progress, through the function a report cell uses, matches the ledger plus the new record.
  const ledgerQ4 = SEED_PROGRESS.filter((p) => p.date >= "2019-10-01" && p.date <= "2019-12-31").reduce((sum, p) => sum + (seedProgressKrw(p) ?? 0), 0);
  // A free cell on the FxRates sheet, away from its table.
  await demoSession.activateSheet(SEED_SHEET_NAMES.ko.fxRates);
  await demoSession.typeIntoCell("F2", '=COMMIT.REALIZED(Progress[#All],Commitments[#All],"2019-Q4")');
  const want = Math.round(ledgerQ4 + 50000 * 1158.9);
  let shown = "";
  for (let tries = 0; tries < 60 && Math.round(won(shown)) !== want; tries++) {
    if (tries > 0) await demoSession.page.waitForTimeout(500);
    shown = await demoSession.cellText("F2");
  }
  expect(Math.round(won(shown))).toBe(want);

  // The docs screenshot: a commitment with two shipments on its timeline.
  await demoSession.activateSheet(SEED_SHEET_NAMES.ko.commitments);
  await selectCommitment("창원-2019-008");
  await pane().getByRole("list", { name: "이행실적 기록" }).getByText("2020-01-20").waitFor();
  await pane().getByRole("heading", { name: "이행실적 · 창원-2019-008" }).scrollIntoViewIfNeeded();
  await demoSession.page.screenshot({ path: path.join(ROOT, "docs/progress-ko.png") });
  expect(demoSession.pageErrors).toEqual([]);
});
