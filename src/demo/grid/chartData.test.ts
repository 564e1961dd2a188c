import { ExcelSimulator } from "../../simulator";
import { axisTicks, chartData, compactNumber } from "./chartData";
import { buildSheetView } from "./sheetView";

describe("chartData", () => {
  it("reads categories from the first column and a series per further column, named by the header", () => {
    expect(
      chartData([
        ["국가", "수출액"],
        ["미국", 910_000_000],
        ["캐나다", 260_000_000],
        ["", ""],
        ["", ""],
      ]),
    ).toEqual({ categories: ["미국", "캐나다"], series: [{ name: "수출액", values: [910_000_000, 260_000_000] }] });
  });

  it("keeps a zero category, numbers categories when there is no label column, and treats text values as 0", () => {
    expect(chartData([["수출", 0], ["투자", 5]]).categories).toEqual(["수출", "투자"]);
    expect(chartData([[1], [2]])).toEqual({ categories: ["1", "2"], series: [{ name: "계열1", values: [1, 2] }] });
    expect(chartData([["구분", "금액"], ["협력", "#N/A"]]).series[0].values).toEqual([0]);
    expect(chartData([])).toEqual({ categories: [], series: [] });
  });

  it("labels axes in 억 and 만 and picks round steps", () => {
    expect(compactNumber(910_000_000)).toBe("9.1억");
    expect(compactNumber(2_500_000_000_000)).toBe("2.5조");
    expect(compactNumber(35_000)).toBe("3.5만");
    expect(compactNumber(900)).toBe("900");
    expect(axisTicks(910_000_000)).toEqual([0, 200_000_000, 400_000_000, 600_000_000, 800_000_000, 1_000_000_000]);
    expect(axisTicks(0)).toEqual([0]);
  });
});

describe("charts in the sheet view", () => {
  it("places a chart on the cells it was anchored to and reads its source from another sheet", async () => {
    const sim = new ExcelSimulator();
    sim.debug.setValues("자료", "A1", [["국가", "수출액"], ["미국", 10], ["캐나다", 4]]);
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const chart = sheet.charts.add("ColumnClustered", context.workbook.worksheets.getItem("자료").getRange("A1:B3"), "Columns");
      chart.title.text = "국가별 수출";
      chart.setPosition("B5", "G20");
      await context.sync();
    });
    const view = buildSheetView(sim.snapshot(), "Sheet1", sim.debug.sheetValues("Sheet1"), (sheet) => sim.debug.sheetValues(sheet));
    expect(view.charts).toHaveLength(1);
    expect(view.charts[0]).toMatchObject({
      title: "국가별 수출",
      chartType: "ColumnClustered",
      cells: { firstRow: 4, firstCol: 1, lastRow: 19, lastCol: 6 },
      data: { categories: ["미국", "캐나다"], series: [{ name: "수출액", values: [10, 4] }] },
    });
    expect(view.rowCount).toBeGreaterThan(20);
  });
});
