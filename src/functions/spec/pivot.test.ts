import { pivot } from "../functions";
import { commitments, failure, SAMPLE_ROWS } from "./commitmentsTable";

const M = 1_000_000;
const table = commitments(SAMPLE_ROWS);

describe("PIVOT", () => {
  it("spills a corner label, column values and 합계; rows with their totals; a total row — largest totals first", () => {
    expect(pivot(table, "국가", "구분")).toEqual([
      ["국가 / 구분", "투자", "수출", "협력", "합계"],
      ["US", 2000 * M, 670 * M, 0, 2670 * M],
      ["CA", 0, 300 * M, 0, 300 * M],
      ["합계", 2000 * M, 970 * M, 0, 2970 * M],
    ]);
  });

  it("labels in the table's header language: English enum labels, Total, country codes", () => {
    expect(pivot(commitments(SAMPLE_ROWS, { language: "en" }), "Country", "Category")).toEqual([
      ["Country / Category", "Investment", "Export", "Cooperation", "Total"],
      ["US", 2000 * M, 670 * M, 0, 2670 * M],
      ["CA", 0, 300 * M, 0, 300 * M],
      ["Total", 2000 * M, 970 * M, 0, 2970 * M],
    ]);
  });

  it("gives a single value column when columnField is empty", () => {
    const expected = [
      ["국가", "합계"],
      ["US", 2670 * M],
      ["CA", 300 * M],
      ["합계", 2970 * M],
    ];
    expect(pivot(table, "Country")).toEqual(expected);
    expect(pivot(table, "Country", "")).toEqual(expected);
  });

  it("sums another measure, or counts rows", () => {
    expect(pivot(table, "Country", undefined, "Jobs")).toEqual([["국가", "합계"], ["US", 44], ["CA", 0], ["합계", 44]]);
    expect(pivot(table, "Country", "Category", "건수")).toEqual([
      ["국가 / 구분", "수출", "투자", "협력", "합계"],
      ["US", 3, 1, 0, 4],
      ["CA", 1, 0, 1, 2],
      ["합계", 4, 1, 1, 6],
    ]);
  });

  it("filters by period and criteria; cancelled rows only with a Status criterion", () => {
    expect(pivot(table, "국가", "구분", undefined, "2019-Q4")).toEqual([
      ["국가 / 구분", "투자", "수출", "합계"],
      ["US", 2000 * M, 500 * M, 2500 * M],
      ["CA", 0, 300 * M, 300 * M],
      ["합계", 2000 * M, 800 * M, 2800 * M],
    ]);
    expect(pivot(table, "Product", undefined, undefined, undefined, ["구분=수출", "Status=취소"])).toEqual([
      ["품목", "합계"],
      ["단감", 900 * M],
      ["합계", 900 * M],
    ]);
  });

  it("breaks ties by label and groups messy spellings under one canonical label", () => {
    const rows = commitments([
      { country: "일본", category: "export ", amountKrw: 5 },
      { country: "Japan", category: "수출", amountKrw: 5 },
      { country: "DE", category: "Export", amountKrw: 10 },
      { country: "", category: "EXPORT", amountKrw: 1 },
    ]);
    expect(pivot(rows, "Country", "Category")).toEqual([
      ["국가 / 구분", "수출", "합계"],
      ["DE", 10, 10],
      ["JP", 10, 10],
      ["(미입력)", 1, 1],
      ["합계", 21, 21],
    ]);
  });

  it("groups text fields case-insensitively, showing the first spelling", () => {
    const rows = commitments([
      { product: "Sweet Persimmon", amountKrw: 1 },
      { product: " sweet  persimmon ", amountKrw: 2 },
      { product: "Paprika", amountKrw: 3 },
    ]);
    expect(pivot(rows, "Product")).toEqual([["품목", "합계"], ["Paprika", 3], ["Sweet Persimmon", 3], ["합계", 6]]);
  });

  it("sums Amount in its own currency only when the selected rows share one currency", () => {
    const rows = commitments([
      { id: "C-1", country: "US", amount: 100, currency: "USD" },
      { id: "C-2", country: "JP", amount: 5000, currency: "엔" },
    ]);
    expect(pivot(rows, "Country", undefined, "Amount", undefined, ["Currency=USD"])).toEqual([["국가", "합계"], ["US", 100], ["합계", 100]]);
    expect(failure(() => pivot(rows, "Country", undefined, "Amount")).message).toContain("금액 (Amount) mixes currencies (USD and JPY, e.g. Row C-2)");
  });

  it("returns just the header and a zero total when nothing matches", () => {
    expect(pivot(table, "Country", "Category", undefined, 1999)).toEqual([["국가 / 구분", "합계"], ["합계", 0]]);
  });

  it("fails naming a field that is not a column, or a row whose field cannot be read", () => {
    expect(failure(() => pivot(table, "Region")).message).toContain('rowField "Region" is not a column of the table.');
    expect(failure(() => pivot(table, "Country", "Colour")).message).toContain('columnField "Colour" is not a column of the table.');
    expect(failure(() => pivot(table, "" as never)).message).toContain("rowField is required");
    const bad = commitments([{ id: "P-1", country: "Atlantis", amountKrw: 1 }]);
    expect(failure(() => pivot(bad, "Country")).message).toContain('Row P-1: 국가 (Country) is "Atlantis" — not a country');
    expect(failure(() => pivot(table, "Country", undefined, "Partner")).message).toContain("is not a numeric column");
    expect(failure(() => pivot(table, "Country", undefined, undefined, "Q4")).message).toContain('"Q4" is not a period');
  });
});
