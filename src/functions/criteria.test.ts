import { compileCriterion, criteriaTexts, parseCriterion } from "./criteria";
import { TableModel } from "./table";
import { commitments, SAMPLE_ROWS } from "./spec/commitmentsTable";

const model = new TableModel(commitments(SAMPLE_ROWS));
const matching = (text: string) => {
  const { filter } = compileCriterion(model, text);
  return Array.from({ length: model.rowCount }, (_, r) => r).filter(filter).map((r) => SAMPLE_ROWS[r].id);
};

describe("criteria", () => {
  it("splits Column op Value for every operator, trimming spaces", () => {
    for (const op of ["=", "<>", ">", "<", ">=", "<="]) {
      expect(parseCriterion(` Signed ${op} 2024-01-01 `)).toMatchObject({ columnName: "Signed", op, value: "2024-01-01" });
    }
    expect(parseCriterion("Status!=Completed").op).toBe("<>");
    expect(parseCriterion("Jobs≥3").op).toBe(">=");
  });

  it("rejects unknown operators and criteria with no column or operator", () => {
    expect(() => parseCriterion("Jobs==3")).toThrow('unknown operator "=="');
    expect(() => parseCriterion("Jobs=<3")).toThrow('unknown operator "=<"');
    expect(() => parseCriterion("=Export")).toThrow('Criterion "=Export" is not Column op Value');
    expect(() => parseCriterion("Export")).toThrow("is not Column op Value");
  });

  it("compares dates by date (serial or text cells), and takes a period as the value", () => {
    expect(matching("Signed>=2019-11-14")).toEqual(["창원-2019-002", "창원-2019-004", "창원-2019-005", "창원-2020-001"]);
    expect(matching("체결일<2019-11-14")).toEqual(["창원-2019-001", "창원-2019-003"]);
    expect(matching("Signed=2019-Q4")).toEqual(["창원-2019-001", "창원-2019-002", "창원-2019-004", "창원-2019-005"]);
    expect(matching("Signed>2019")).toEqual(["창원-2020-001"]);
    expect(matching("Signed<>2019")).toEqual(["창원-2019-006", "창원-2020-001"]);
    expect(() => matching("Signed>soon")).toThrow('"soon" is not a date or period');
  });

  it("compares numbers by number, with commas and Korean units in the value", () => {
    expect(matching("Amount (KRW)>300,000,000")).toEqual(["창원-2019-001", "창원-2019-004", "창원-2019-005"]);
    expect(matching("원화환산액>=5억")).toEqual(["창원-2019-001", "창원-2019-004", "창원-2019-005"]);
    expect(matching("Jobs<=1")).toEqual(["창원-2019-002", "창원-2019-003", "창원-2019-005", "창원-2019-006", "창원-2020-001"]);
    expect(matching("Jobs=")).toEqual(["창원-2019-002", "창원-2019-005", "창원-2019-006", "창원-2020-001"]);
    expect(() => matching("Jobs>many")).toThrow('"many" is not a number');
    expect(() => matching("원화환산액>100만불")).toThrow("is in won, but \"100만불\" is USD");
  });

  it("compares enums in either language, any case, with wildcards; only = and <>", () => {
    expect(matching("구분=export")).toEqual(["창원-2019-001", "창원-2019-002", "창원-2019-003", "창원-2019-005", "창원-2019-006"]);
    expect(matching("Category<>수출")).toEqual(["창원-2019-004", "창원-2020-001"]);
    expect(matching("Category=투*")).toEqual(["창원-2019-004"]);
    expect(matching("Status=in progress")).toEqual(["창원-2019-004"]);
    expect(() => matching("Category>Export")).toThrow("구분 (Category) can only be compared with = or <>");
  });

  it("compares countries by code, Korean or English name, or a wildcard on the names", () => {
    expect(matching("Country=캐나다")).toEqual(["창원-2019-002", "창원-2020-001"]);
    expect(matching("국가=ca")).toEqual(["창원-2019-002", "창원-2020-001"]);
    expect(matching("Country=Can*")).toEqual(["창원-2019-002", "창원-2020-001"]);
    expect(matching("Country=미*")).toHaveLength(5);
    expect(() => matching("Country=Mordor")).toThrow('"Mordor" is not a country');
    const money = new TableModel([["통화"], ["달러"], ["USD"], ["원"]]);
    expect([0, 1, 2].filter(compileCriterion(money, "Currency=$").filter)).toEqual([0, 1]);
    expect(() => compileCriterion(money, "통화=도토리")).toThrow('"도토리" is not a currency');
  });

  it("compares text case-insensitively with wildcards and ~ escapes; ordering skips blanks", () => {
    expect(matching("Partner=ibm")).toEqual(["창원-2019-004"]);
    expect(matching("Partner=*Foods")).toEqual(["창원-2019-002"]);
    expect(matching("ID=창원-2020-*")).toEqual(["창원-2020-001"]);
    expect(matching("Sector>A")).toEqual(["창원-2019-004", "창원-2020-001"]);
    const star = new TableModel([["Product"], ["A*B"], ["AxB"]]);
    const filter = compileCriterion(star, "Product=A~*B").filter;
    expect([0, 1].filter(filter)).toEqual([0]);
  });

  it("compares HS codes as digits, restoring the leading zero Excel drops", () => {
    expect(matching("HS code=0810*")).toEqual(["창원-2019-001", "창원-2019-002", "창원-2019-005", "창원-2019-006"]);
    expect(matching("HS코드=081070")).toHaveLength(4);
  });

  it("compares numbers by number in a column the schema does not type", () => {
    const extra = new TableModel([["예산"], [500], ["1,500"], ["미정"], [""], [2000]]);
    const filter = compileCriterion(extra, "예산>1000").filter;
    expect([0, 1, 2, 3, 4].filter(filter)).toEqual([1, 4]);
    expect([0, 1, 2, 3, 4].filter(compileCriterion(extra, "예산<=500").filter)).toEqual([0]);
  });

  it("names a column the table does not have", () => {
    expect(() => matching("Region=Asia")).toThrow('Criterion "Region=Asia": no column "Region" in the table. Headers found: 관리번호, 체결일');
  });

  it("flattens Excel's repeating argument and skips blanks", () => {
    expect(criteriaTexts(null)).toEqual([]);
    expect(criteriaTexts(["a=1", "", null, ["b=2"]])).toEqual(["a=1", "b=2"]);
    expect(criteriaTexts("a=1")).toEqual(["a=1"]);
  });
});
