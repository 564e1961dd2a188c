import { progressPivot, realized } from "../functions";
import { progressHeaderRow } from "../../schema";
import { commitments, failure, serial, SAMPLE_ROWS } from "./commitmentsTable";

const row = (id: string, commitmentId: string, date: number | string, krw: number | string) => [id, commitmentId, date, "기타", "", "", krw, "", "", "", ""];
const ledger = [
  progressHeaderRow("ko"),
  row("P1", "창원-2019-001", serial("2019-12-10"), 100),
  row("P2", "창원-2019-001", "2020-03-02", 40),
  row("P3", "창원-2019-004", serial("2019-12-20"), 500),
  row("P4", "창원-2019-005", serial("2019-12-01"), 9), // cancelled
  row("P5", "창원-2019-003", serial("2019-07-01"), 120),
  row("P6", "창원-2019-002", serial("2020-01-15"), 30),
];
const table = commitments(SAMPLE_ROWS);

describe("PROGRESSPIVOT", () => {
  it("spills rows by a Commitments field and columns by quarter of the progress date, with totals", () => {
    expect(progressPivot(ledger, table, "구분")).toEqual([
      ["구분 / 분기", "2019-Q3", "2019-Q4", "2020-Q1", "합계"],
      ["투자", 0, 500, 0, 500],
      ["수출", 120, 100, 70, 290],
      ["합계", 120, 600, 70, 790],
    ]);
  });

  it("takes REALIZED's period and criteria, and agrees with it cell by cell", () => {
    const grid = progressPivot(ledger, table, "Country", "2019-10-01~2020-03-31", ["구분=수출"]);
    expect(grid).toEqual([
      ["국가 / 분기", "2019-Q4", "2020-Q1", "합계"],
      ["US", 100, 40, 140],
      ["CA", 0, 30, 30],
      ["합계", 100, 70, 170],
    ]);
    expect(grid[3][1]).toBe(realized(ledger, table, "2019-Q4", ["구분=수출"]));
  });

  it("names an unknown row field and an unknown commitment", () => {
    expect(failure(() => progressPivot(ledger, table, "Color")).message).toContain('rowField "Color" is not a column of the Commitments table');
    const orphan = [...ledger, row("P9", "X-1", serial("2020-01-01"), 1)];
    expect(failure(() => progressPivot(orphan, table, "구분")).message).toContain("Progress row P9: 관리번호 (Commitment ID) X-1 is not in the Commitments table");
  });
});
