import { CARRIED_OVER_NOTE, isoToSerial, progressHeaderRow } from "../schema";
import { commitmentProgressFormulas, progressAmountKrwFormula } from "../schema/progressFormulas";
import { ProgressUpgradeRefused, planProgressUpgrade, type ProgressUpgradeInput } from "./upgradePlan";

const NOW = isoToSerial("2025-03-04") + 0.5;
const FORMULA = commitmentProgressFormulas("ko").realizedKrw;

function input(overrides: Partial<ProgressUpgradeInput["commitments"]> = {}, progress: ProgressUpgradeInput["progress"] = null): ProgressUpgradeInput {
  return {
    language: "ko",
    realizedFormula: FORMULA,
    commitments: {
      ids: ["창원-2019-003", "창원-2019-008", "창원-2019-009", "성남-2015-001"],
      realized: [95_000_000, "405,615,000", "", 0],
      realizedFormulas: [95_000_000, "405,615,000", "", 0],
      updated: [isoToSerial("2020-06-30") + 0.4, "2020-07-01", null, null],
      ...overrides,
    },
    progress,
    sheetNames: ["약정", "환율"],
    now: NOW,
  };
}

function refusal(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    if (error instanceof ProgressUpgradeRefused) return `${error.localized.en} | ${error.localized.ko}`;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("planProgressUpgrade", () => {
  it("moves each non-blank Realized value into one opening row, then turns the column into the formula", () => {
    const plan = planProgressUpgrade(input());
    expect(plan.createTable).toMatchObject({ sheetName: "이행실적", headers: progressHeaderRow("ko"), kindList: "수출선적,투자집행,고용창출,행사,기타" });
    expect(plan.openingRows).toEqual([
      ["창원-2019-003-P01", "창원-2019-003", isoToSerial("2020-06-30"), "기타", 95_000_000, "KRW", progressAmountKrwFormula("ko"), "", "", CARRIED_OVER_NOTE, NOW],
      ["창원-2019-008-P01", "창원-2019-008", isoToSerial("2020-07-01"), "기타", 405_615_000, "KRW", progressAmountKrwFormula("ko"), "", "", CARRIED_OVER_NOTE, NOW],
    ]);
    expect(plan.realizedFormula).toBe(FORMULA);
    // Totals: what the opening rows add per ID is what Realized held.
    expect(plan.carried.reduce((sum, c) => sum + c.amountKrw, 0)).toBe(95_000_000 + 405_615_000);
  });

  it("dates an opening row at the upgrade date when Updated is blank or not a date", () => {
    const plan = planProgressUpgrade(input({ ids: ["A-1"], realized: [5], realizedFormulas: [5], updated: ["어제"] }));
    expect(plan.carried).toEqual([{ commitmentId: "A-1", amountKrw: 5, date: isoToSerial("2025-03-04") }]);
    const noUpdated = planProgressUpgrade(input({ ids: ["A-1"], realized: [5], realizedFormulas: [5], updated: null }));
    expect(noUpdated.carried[0].date).toBe(isoToSerial("2025-03-04"));
  });

  it("is idempotent: rows already carried over are not added again, and a formula column is left alone", () => {
    const first = planProgressUpgrade(input());
    const progress = { headers: progressHeaderRow("ko"), rows: first.openingRows.map((row) => row.map((cell, i) => (i === 6 ? row[4] : cell))) };
    // A rerun after the rows were written but before the formula: nothing added, formula still due.
    const rerun = planProgressUpgrade(input({}, progress));
    expect(rerun.openingRows).toEqual([]);
    expect(rerun.createTable).toBeNull();
    expect(rerun.realizedFormula).toBe(FORMULA);
    // After the formula: nothing at all.
    const done = planProgressUpgrade(
      input({ realized: [95_000_000, 405_615_000, 0, 0], realizedFormulas: [FORMULA, FORMULA, FORMULA, FORMULA] }, progress),
    );
    expect(done).toMatchObject({ createTable: null, openingRows: [], realizedFormula: null });
  });

  it("fills blank rows left by a request that failed part-way before growing the table", () => {
    const blank = ["", "", "", "", "", "", "", "", "", "", ""];
    const plan = planProgressUpgrade(input({}, { headers: progressHeaderRow("ko"), rows: [blank, blank, blank] }));
    expect(plan.openingRows).toHaveLength(2);
    expect(plan.reuseRows).toEqual([0, 1]);
  });

  it("numbers opening rows after Progress IDs already in use", () => {
    const progress = { headers: progressHeaderRow("en"), rows: [["창원-2019-003-P04", "창원-2019-099", 43800, "Other", 1, "KRW", 1, "", "", "", ""]] };
    const plan = planProgressUpgrade(input({ ids: ["창원-2019-003", "창원-2019-099"], realized: [10, 1], realizedFormulas: [10, 1], updated: null }, progress));
    expect(plan.openingRows.map((row) => [row[0], row[3]])).toEqual([["창원-2019-003-P05", "Other"]]);
  });

  it("refuses, with the reason, whatever would change a total", () => {
    expect(refusal(() => planProgressUpgrade(input({ realizedFormulas: ["=B2*2", "", "", ""] })))).toMatch(/formulas of your own.*=B2\*2.*Nothing was changed/);
    expect(refusal(() => planProgressUpgrade(input({ realized: ["절반", "", "", ""], realizedFormulas: ["절반", "", "", ""] })))).toMatch(/not a number in 창원-2019-003 \("절반"\)/);
    expect(refusal(() => planProgressUpgrade(input({ ids: ["", "B", "C", "D"] })))).toMatch(/Table rows 1 have Realized \(KRW\) but no ID/);
    expect(refusal(() => planProgressUpgrade(input({ ids: ["A", "A", "C", "D"] })))).toMatch(/IDs used by more than one row: A/);
    const partial = { headers: progressHeaderRow("ko"), rows: [["창원-2019-003-P01", "창원-2019-003", 43800, "기타", 1, "KRW", 50_000_000, "", "", "", ""]] };
    expect(refusal(() => planProgressUpgrade(input({}, partial)))).toMatch(/창원-2019-003: 집행액\/Realized 95,000,000, 이행실적\/Progress 50,000,000/);
    const extra = { headers: progressHeaderRow("ko"), rows: [["성남-2015-001-P01", "성남-2015-001", 43800, "기타", 1, "KRW", 7, "", "", "", ""]] };
    expect(refusal(() => planProgressUpgrade(input({}, extra)))).toMatch(/성남-2015-001: 집행액\/Realized 0, 이행실적\/Progress 7/);
    const unreadable = { headers: progressHeaderRow("ko"), rows: [["P", "창원-2019-003", 43800, "기타", 1, "VND", "#N/A", "", "", "", ""]] };
    expect(refusal(() => planProgressUpgrade(input({}, unreadable)))).toMatch(/unreadable Amount \(KRW\).*P \(#N\/A\)/);
    expect(refusal(() => planProgressUpgrade(input({}, { headers: ["실적번호", "관리번호"], rows: [] })))).toMatch(/no Date, Amount \(KRW\) column/);
  });

  it("leaves duplicate IDs alone when nothing is realized against them", () => {
    const plan = planProgressUpgrade(input({ ids: ["A", "A"], realized: ["", ""], realizedFormulas: ["", ""], updated: null }));
    expect(plan.openingRows).toEqual([]);
    expect(plan.realizedFormula).toBe(FORMULA);
  });
});
