import { total } from "../functions";
import { commitments, failure, SAMPLE_ROWS } from "./commitmentsTable";

const table = commitments(SAMPLE_ROWS);

describe("TOTAL", () => {
  it("sums the measure column over non-cancelled rows", () => {
    expect(total(table, "Amount (KRW)")).toBe(2_970_000_000);
    expect(total(table, "원화환산액")).toBe(2_970_000_000);
    expect(total(table, "amountKrw")).toBe(2_970_000_000);
    expect(total(table, "Realized (KRW)")).toBe(820_000_000);
    expect(total(table, "일자리")).toBe(44);
  });

  it("applies every criterion (Column op Value), in either language", () => {
    expect(total(table, "Amount (KRW)", ["Category=Export"])).toBe(970_000_000);
    expect(total(table, "Amount (KRW)", ["구분=투자"])).toBe(2_000_000_000);
    expect(total(table, "Amount (KRW)", ["구분=수출", "국가=미국"])).toBe(670_000_000);
    expect(total(table, "Amount (KRW)", ["Country=United States", "Category=export"])).toBe(670_000_000);
    expect(total(table, "Jobs", ["Amount (KRW)>=200,000,000"])).toBe(43);
  });

  it("includes cancelled rows when a Status criterion is given", () => {
    expect(total(table, "Amount (KRW)", ["Status=취소"])).toBe(900_000_000);
    expect(total(table, "Amount (KRW)", ["Status<>Completed"])).toBe(3_750_000_000);
    expect(total(table, "Amount (KRW)", ["상태=*"])).toBe(3_870_000_000);
  });

  it("skips blank criteria (Excel passes unused repeating arguments as empty)", () => {
    expect(total(table, "Amount (KRW)", ["", "Category=Export", null as never])).toBe(970_000_000);
  });

  it("sums an extra numeric column the schema does not know", () => {
    const rows = [["관리번호", "구분", "예산"], ["E-1", "수출", "1,000"], ["E-2", "투자", 2]];
    expect(total(rows, "예산", ["구분=수출"])).toBe(1000);
  });

  it("sums Amount in its own currency only when the selected rows share one currency", () => {
    const rows = commitments([
      { id: "M-1", amount: 100, currency: "USD" },
      { id: "M-2", amount: 50, currency: "달러" },
      { id: "M-3", amount: 1000, currency: "KRW" },
    ]);
    expect(total(rows, "Amount", ["Currency=USD"])).toBe(150);
    expect(failure(() => total(rows, "Amount")).message).toContain("금액 (Amount) mixes currencies (USD and KRW, e.g. Row M-3)");
  });

  it("fails for a measure that is not a column or not numeric", () => {
    expect(failure(() => total(table, "Budget")).message).toContain('Measure "Budget" is not a column of the table. Use a numeric column: 금액/Amount');
    expect(failure(() => total(table, "Partner")).message).toContain('Measure "Partner" names 상대기관 (Partner), which is not a numeric column.');
    expect(failure(() => total(commitments([{ category: "수출" }]), "Jobs")).message).toContain("Missing column 일자리 (Jobs)");
    expect(failure(() => total(table, "" as never)).message).toContain("measure is required.");
  });

  it("fails naming the criterion's bad column or operator", () => {
    expect(failure(() => total(table, "Jobs", ["Colour=Red"])).message).toContain('Criterion "Colour=Red": no column "Colour" in the table.');
    expect(failure(() => total(table, "Jobs", ["Jobs=>3"])).message).toContain('Criterion "Jobs=>3": unknown operator "=>"');
    expect(failure(() => total(table, "Jobs", ["Category Export"])).message).toContain('Criterion "Category Export" is not Column op Value');
  });

  it("fails naming the row when a numeric cell is text", () => {
    const rows = commitments([{ id: "창원-2019-003", jobs: "many" }]);
    expect(failure(() => total(rows, "Jobs")).message).toBe('COMMIT.TOTAL: Row 창원-2019-003: 일자리 (Jobs) is "many" — not a number.');
  });
});
