/**
 * The report tab on the demo page, in Debian's Chromium: pick the seed data's
 * quarter (Changwon's 2019-Q4 trip) in the quarter picker, generate the built-in
 * report, check that the grid shows computed numbers (the demo evaluates the
 * COMMIT formulas with the function library), and refresh docs/report.png.
 *
 * Needs the built demo (npm run build:demo → dist-demo/).
 */
import path from "node:path";
import { SEED_COMMITMENTS, seedAmountKrw } from "../../src/demo/seedWorkbook";
import { closeDemo, openDemo, type DemoSession } from "./support/demoPage";

const ROOT = path.resolve(__dirname, "../..");
const SHEET = "보고서 2019-4분기";

const inQ4 = (iso: string | null) => iso !== null && iso >= "2019-10-01" && iso <= "2019-12-31";
const live = SEED_COMMITMENTS.filter((row) => row.status !== "cancelled");
const exportValue = live.filter((r) => r.category === "export" && inQ4(r.signed)).reduce((sum, r) => sum + (seedAmountKrw(r) ?? 0), 0);
const newAgreements = live.filter((r) => inQ4(r.signed)).length;
const krw = (n: number) => Math.round(n).toLocaleString("en-US");
const firstSigned = [...live].filter((r) => inQ4(r.signed)).sort((a, b) => a.signed!.localeCompare(b.signed!))[0];
const dueNextQuarter = live
  .filter((r) => r.status !== "completed" && r.due !== null && r.due >= "2020-01-01" && r.due <= "2020-03-31")
  .sort((a, b) => a.due!.localeCompare(b.due!));

let demo: DemoSession | undefined;

beforeAll(async () => {
  demo = await openDemo({ viewport: { width: 1680, height: 1050 } });
});

afterAll(async () => {
  await closeDemo(demo);
});

test("generates the 2019-Q4 report from the quarter picker and shows computed figures", async () => {
  const session = demo!;
  const pane = session.taskPane();
  await pane.getByRole("tab", { name: "보고서" }).click();
  const picker = pane.getByTestId("report-quarter");
  await picker.waitFor();
  // The picker offers the quarters that have agreements; the seed's Changwon trip is 2019-Q4.
  await picker.selectOption("2019-Q4");
  await pane.getByRole("button", { name: "보고서 만들기" }).click();
  await pane.getByText(`'${SHEET}' 시트를 만들었습니다.`).waitFor();
  await session.page.locator(`[role="grid"][aria-label^="${SHEET} "]`).waitFor();

  expect(exportValue).toBeGreaterThan(0);
  expect(await session.cellText("B4")).toBe("2019-Q4");
  expect(await session.cellText("D2")).toBe("2019년 4분기");
  expect(await session.cellText("I10")).toBe(krw(exportValue));
  expect(await session.cellText("B17")).toBe(String(newAgreements));
  expect(await session.cellText("A20")).toContain("품목");
  for (const address of ["I10", "I11", "B17", "E10", "K10", "L10"]) {
    expect([address, await session.cellText(address)]).not.toEqual([address, expect.stringMatching(/^#|^=/)]);
  }

  // The lists spill below their headers: the quarter's first agreement, and the first follow-up due in 2020-Q1.
  expect(await session.cellText("A74")).toBe(firstSigned.id);
  expect(await session.cellText("B74")).toBe(firstSigned.signed);
  expect(await session.cellText("A117")).toBe(dueNextQuarter[0]?.id ?? "해당 없음");

  // Back to the top of the sheet, the period cell selected, for the README screenshot.
  await session.page.locator('[role="grid"]').evaluate((grid) => {
    grid.scrollTop = 0;
    grid.dispatchEvent(new Event("scroll"));
  });
  await session.selectCell("B4");
  await session.page.screenshot({ path: path.join(ROOT, "docs/report.png") });
  expect(session.pageErrors).toEqual([]);
});
