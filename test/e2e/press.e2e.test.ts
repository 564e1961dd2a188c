/**
 * The press-release tab on the demo page, in Debian's Chromium: the Seongnam example gives
 * three suggestions; the officer unchecks one, edits a partner and adds the rest. The grid
 * then has exactly two new rows, validation finds no new problems, and the same add again
 * writes nothing (the rows are matched, not duplicated).
 *
 * Needs the built demo (npm run build:demo → dist-demo/).
 */
import { COLUMNS, type ColumnKey } from "../../src/schema";
import { SEED_COMMITMENTS } from "../../src/demo/seedWorkbook";
import { useDemoSession, seriousAxeViolations } from "./support/demoPage";

const session = useDemoSession();

function address(key: ColumnKey, row: number): string {
  return `${String.fromCharCode(65 + COLUMNS.findIndex((c) => c.key === key))}${row}`;
}

/** Sheet row of the first row after the seed table (header is row 1). */
const firstNewRow = SEED_COMMITMENTS.length + 2;

/** Runs validation and returns its summary line ("N개 행에서 문제 M건…" or "N개 행을 검사했습니다. 문제가 없습니다."). */
async function validate(): Promise<{ rows: number; problems: number }> {
  const pane = session().taskPane();
  await pane.getByRole("tab", { name: "검증" }).click();
  await pane.getByRole("button", { name: "검증 실행" }).click();
  const line = pane.getByText(/개 행에서 문제 \d+건을 찾았습니다|개 행을 검사했습니다/);
  await line.waitFor();
  const text = (await line.textContent()) ?? "";
  const found = /(\d+)개 행에서 문제 (\d+)건/.exec(text);
  if (found) return { rows: Number(found[1]), problems: Number(found[2]) };
  const clean = /(\d+)개 행을 검사했습니다/.exec(text);
  if (!clean) throw new Error(`unexpected validation summary: ${text}`);
  return { rows: Number(clean[1]), problems: 0 };
}

test("adds two of the Seongnam example's three suggestions, once", async () => {
  const pane = session().taskPane();
  const before = await validate();

  await pane.getByRole("tab", { name: "보도자료" }).click();
  await pane.getByLabel("예시 보도자료").selectOption("seongnam");
  await pane.getByRole("button", { name: "제안" }).click();
  await pane.getByText(/약정 3건을 찾았습니다/).waitFor();
  const cards = pane.getByTestId("press-card");
  await expect(cards.count()).resolves.toBe(3);
  expect(await seriousAxeViolations(session().page)).toEqual([]);

  // Uncheck the OKTA card, edit the Microsoft partner, add the rest.
  await cards.nth(2).getByRole("checkbox", { name: "표에 추가" }).uncheck();
  const partner = cards.nth(0).getByRole("textbox", { name: /상대기관/ });
  await partner.fill("한국마이크로소프트(주)");
  await pane.getByRole("button", { name: "선택한 2건 추가" }).click();
  await pane.getByText(/추가 2행 · 이미 있음 0행/).waitFor();

  // Exactly two new rows in the grid.
  await session().waitForCellText(address("partner", firstNewRow), "한국마이크로소프트(주)");
  expect(await session().cellText(address("partner", firstNewRow + 1))).toBe("밀피타스 시");
  expect(await session().cellText(address("agency", firstNewRow))).toBe("성남시");
  expect(await session().cellText(address("country", firstNewRow + 1))).toBe("US");
  expect(await session().cellText(address("signed", firstNewRow))).toBe("2015-04-06");
  expect(await session().cellText(address("id", firstNewRow + 2))).toBe("");

  // Validation: two more rows, no new problems.
  const after = await validate();
  expect(after).toEqual({ rows: before.rows + 2, problems: before.problems });

  // The same add again writes nothing.
  await pane.getByRole("tab", { name: "보도자료" }).click();
  await pane.getByRole("button", { name: "선택한 2건 추가" }).click();
  await pane.getByText(/새로 쓸 행이 없습니다/).waitFor();
  await pane.getByText(/추가 0행 · 이미 있음 2행/).waitFor();
  expect(await session().cellText(address("id", firstNewRow + 2))).toBe("");
  const again = await validate();
  expect(again).toEqual(after);

  // The tab in English, keyboard first: the example picker is reachable and the cards stay axe-clean.
  await pane.getByRole("button", { name: "English" }).click();
  await pane.getByRole("tab", { name: "Press" }).click();
  await pane.getByText("Find commitments in a press release").waitFor();
  await pane.getByLabel("Example release").focus();
  await expect(pane.getByLabel("Example release").evaluate((element) => element === document.activeElement)).resolves.toBe(true);
  await pane.getByRole("button", { name: "Suggest" }).click();
  await pane.getByText(/Found 3 commitment/).waitFor();
  expect(await seriousAxeViolations(session().page)).toEqual([]);
  expect(session().pageErrors).toEqual([]);
});
