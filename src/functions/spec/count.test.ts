import { count } from "../functions";
import { commitments, failure, SAMPLE_ROWS } from "./commitmentsTable";

const table = commitments(SAMPLE_ROWS);

describe("COUNT", () => {
  it("counts non-cancelled rows", () => {
    expect(count(table)).toBe(6);
    expect(count(table, [])).toBe(6);
  });

  it("counts rows meeting every criterion", () => {
    expect(count(table, ["Category=Export"])).toBe(4);
    expect(count(table, ["국가=미국"])).toBe(4);
    expect(count(table, ["Country=US", "Category=수출"])).toBe(3);
    expect(count(table, ["Signed>=2019-11-01"])).toBe(4);
    expect(count(table, ["Signed="])).toBe(1);
    expect(count(table, ["Signed<>"])).toBe(5);
    expect(count(table, ["Sector="])).toBe(4);
    expect(count(table, ["City=*o*"])).toBe(5);
    expect(count(table, ["City=?????"])).toBe(0);
    expect(count(table, ["City=???????"])).toBe(1);
  });

  it("counts cancelled rows once a Status criterion is given", () => {
    expect(count(table, ["Status=Cancelled"])).toBe(1);
    expect(count(table, ["진행상태<>완료"])).toBe(6);
  });

  it("works on a table with only the columns the criteria need", () => {
    expect(count([["구분"], ["수출"], ["투자"], ["export"]], ["구분=수출"])).toBe(2);
  });

  it("fails on a criterion that names an unknown enum value", () => {
    expect(failure(() => count(table, ["Category=Exports"])).message).toContain(
      'Criterion "Category=Exports": "Exports" is not a 구분 (Category). Use one of 수출/Export, 투자/Investment',
    );
  });

  it("fails on a status it cannot read, since the row might be cancelled", () => {
    const rows = commitments([{ id: "S-1", status: "보류" }]);
    expect(failure(() => count(rows)).message).toContain('Row S-1: 상태 (Status) is "보류" — not one of 추진중/Planned');
  });

  it("fails when a criterion is not text", () => {
    expect(failure(() => count(table, [5 as never])).message).toContain("Criterion 5 is not text.");
  });
});
