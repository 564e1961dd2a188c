import { realization, realized } from "../functions";
import { progressHeaderRow, type ProgressColumnKey } from "../../schema";
import { commitments, failure, serial, SAMPLE_ROWS } from "./commitmentsTable";

type ProgressRow = Partial<Record<ProgressColumnKey, unknown>>;

/** A Progress table as Excel passes Progress[#All]: header row first, blanks as "". */
function progress(rows: readonly ProgressRow[], language: "ko" | "en" = "ko"): unknown[][] {
  const keys: ProgressColumnKey[] = ["progressId", "commitmentId", "date", "kind", "amount", "currency", "amountKrw", "jobs", "evidence", "notes", "updated"];
  return [progressHeaderRow(language), ...rows.map((row) => keys.map((key) => (row[key] === undefined ? "" : row[key])))];
}

const table = commitments(SAMPLE_ROWS);
const ledger = progress([
  { progressId: "창원-2019-001-P01", commitmentId: "창원-2019-001", date: serial("2019-12-10"), kind: "수출선적", amount: 100_000, currency: "USD", amountKrw: 115_890_000 },
  { progressId: "창원-2019-001-P02", commitmentId: "창원-2019-001", date: "2020-03-02", kind: "수출선적", amountKrw: 84_110_000 },
  { progressId: "창원-2019-004-P01", commitmentId: "창원-2019-004", date: serial("2019-12-20"), kind: "투자집행", amount: 500_000_000, currency: "KRW", amountKrw: 500_000_000 },
  // Cancelled commitment: never counted.
  { progressId: "창원-2019-005-P01", commitmentId: "창원-2019-005", date: serial("2019-12-01"), kind: "수출선적", amountKrw: 9_999 },
  { progressId: "창원-2019-003-P01", commitmentId: " 창원-2019-003 ", date: serial("2019-07-01"), kind: "Export shipped", amountKrw: "120,000,000" },
  {},
]);

describe("REALIZED", () => {
  it("sums progress Amount (KRW) dated in the period, over non-cancelled commitments", () => {
    expect(realized(ledger, table)).toBe(115_890_000 + 84_110_000 + 500_000_000 + 120_000_000);
    expect(realized(ledger, table, "2019-Q4")).toBe(115_890_000 + 500_000_000);
    expect(realized(ledger, table, "2019년 4분기")).toBe(615_890_000);
    expect(realized(ledger, table, 2020)).toBe(84_110_000);
    expect(realized(ledger, table, "2019-Q1")).toBe(0);
  });

  it("takes criteria on Commitments columns, with TOTAL's syntax", () => {
    expect(realized(ledger, table, null, ["구분=수출"])).toBe(115_890_000 + 84_110_000 + 120_000_000);
    expect(realized(ledger, table, "2019-Q4", ["Category=Investment"])).toBe(500_000_000);
    expect(realized(ledger, table, null, ["Country=CA"])).toBe(0);
    // A Status criterion lets cancelled commitments in, as elsewhere.
    expect(realized(ledger, table, "2019-Q4", ["상태=취소"])).toBe(9_999);
  });

  it("names a progress row whose commitment is not in the table", () => {
    const orphan = progress([{ progressId: "X-P01", commitmentId: "창원-2099-001", date: serial("2019-12-01"), amountKrw: 5 }]);
    expect(failure(() => realized(orphan, table))).toEqual({
      code: "#VALUE!",
      message: expect.stringContaining("Progress row X-P01: 관리번호 (Commitment ID) 창원-2099-001 is not in the Commitments table"),
    });
    // Even when dated outside the period: its money would vanish from every total.
    expect(failure(() => realized(orphan, table, "2024")).code).toBe("#VALUE!");
  });

  it("refuses progress without a date, unreadable amounts, and foreign amounts left unconverted", () => {
    const undated = progress([{ progressId: "P-1", commitmentId: "창원-2019-001", amountKrw: 5 }]);
    expect(failure(() => realized(undated, table)).message).toContain("Progress row P-1: 실적일 (Date) is blank");
    const text = progress([{ progressId: "P-2", commitmentId: "창원-2019-001", date: serial("2019-12-01"), amountKrw: "약간" }]);
    expect(failure(() => realized(text, table)).message).toContain('Progress row P-2: 원화환산액 (Amount (KRW)) is "약간" — not a number.');
    const noRate = progress([{ progressId: "P-3", commitmentId: "창원-2019-001", date: serial("2019-12-01"), amount: 10, currency: "VND", amountKrw: "" }]);
    expect(failure(() => realized(noRate, table)).message).toContain("원화환산액 (Amount (KRW)) is blank but 금액 (Amount) is 10 (VND)");
    const won = progress([{ progressId: "P-4", commitmentId: "창원-2019-001", date: serial("2019-12-01"), amount: 10, currency: "KRW", amountKrw: "" }]);
    expect(realized(won, table)).toBe(10);
  });

  it("reads English headers and explains a table passed without its headers", () => {
    const english = progress([{ progressId: "E-1", commitmentId: "창원-2019-001", date: serial("2019-12-01"), amountKrw: 7 }], "en");
    expect(realized(english, table)).toBe(7);
    expect(failure(() => realized(ledger.slice(1), table)).message).toContain("has no 관리번호 (Commitment ID), 실적일 (Date), 원화환산액 (Amount (KRW)) column");
  });

  it("refuses a Commitments table with a duplicate ID, which makes the join ambiguous", () => {
    const doubled = commitments([...SAMPLE_ROWS, { ...SAMPLE_ROWS[0] }]);
    expect(failure(() => realized(ledger, doubled)).message).toContain("Commitment ID 창원-2019-001 appears twice");
  });
});

describe("REALIZATION with progress", () => {
  const committed = 500_000_000 + 300_000_000 + 120_000_000 + 2_000_000_000 + 50_000_000;

  it("divides progress up to the as-of date by committed", () => {
    expect(realization(table, ledger, "2019-12-31")).toBeCloseTo((115_890_000 + 500_000_000 + 120_000_000) / committed, 12);
    expect(realization(table, ledger, "2019-Q3")).toBeCloseTo(120_000_000 / committed, 12);
    expect(realization(table, ledger, null, ["구분=투자"])).toBe(0.25);
    expect(realization(table, ledger)).toBeCloseTo(820_000_000 / committed, 12);
  });

  it("keeps formulas from before schema 2 working: criteria in the old positions", () => {
    expect(realization(table, "Category=Investment")).toBe(0.25);
    expect(realization(table, "구분=수출", "Signed>=2019-11-01")).toBe(200 / 800);
    expect(realization(table, [["Category=Investment"]])).toBe(0.25);
    expect(realization(table, ["Category=Investment"] as never)).toBe(0.25);
  });

  it("explains an as-of date given without the Progress table", () => {
    expect(failure(() => realization(table, null, "2019-12-31")).message).toContain("an as-of date needs the Progress table");
  });
});
