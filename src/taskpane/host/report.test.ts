import { createDemoFormulaEvaluator } from "../../demo/formulaEvaluator";
import { SEED_COMMITMENTS, SEED_SHEETS, commitmentTableValues, fxTableValues, seedAmountKrw } from "../../demo/seedWorkbook";
import { buildReportLayout } from "../../report";
import { headerRow, isoToSerial } from "../../schema";
import { ExcelSimulator, type WorkbookSnapshot } from "../../simulator";
import {
  REPORT_TEMPLATES_SETTING,
  ReportExistsError,
  generateFromTemplate,
  generateReport,
  listTemplateSheets,
  markActiveSheetAsTemplate,
  readReportContext,
  unmarkTemplate,
} from "./report";
import { freezeReport } from "./reportFreeze";

const NOW = new Date("2020-01-10T00:00:00Z");

function seededSimulator(): ExcelSimulator {
  const sim = new ExcelSimulator();
  sim.debug.addTable(SEED_SHEETS.commitments.sheet, "A1", commitmentTableValues("ko"), SEED_SHEETS.commitments.table);
  sim.debug.addTable(SEED_SHEETS.fxRates.sheet, "A1", fxTableValues("ko"), SEED_SHEETS.fxRates.table);
  sim.debug.setValues("메모", "A1", [["다른 시트"], ["=1+1"]]);
  return sim;
}

function sheetOf(snapshot: WorkbookSnapshot, name: string) {
  const sheet = snapshot.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

function otherSheets(snapshot: WorkbookSnapshot, except: string[]) {
  return snapshot.sheets.filter((s) => !except.includes(s.name));
}

const exportsIn2019Q4 = SEED_COMMITMENTS.filter(
  (r) => r.category === "export" && r.status !== "cancelled" && r.signed !== null && r.signed >= "2019-10-01" && r.signed <= "2019-12-31",
).reduce((sum, r) => sum + (seedAmountKrw(r) ?? 0), 0);

describe("generateReport", () => {
  it("writes the built-in report in 4 syncs (2 reads, content, cosmetics), with charts, names and print setup", async () => {
    const sim = seededSimulator();
    sim.resetSyncCount();
    const result = await generateReport(sim.run, { quarter: "2019-Q4", language: "ko", replaceExisting: false, now: NOW });
    expect(sim.syncCount).toBe(4);
    expect(result).toEqual({ sheetName: "보고서 2019-4분기", replaced: false, notApplied: [] });

    const layout = buildReportLayout({
      quarter: "2019-Q4",
      language: "ko",
      agency: "창원시",
      tableName: "Commitments",
      tableHeaders: headerRow("ko"),
      generatedAt: NOW,
    });
    const sheet = sheetOf(sim.snapshot(), result.sheetName);
    for (const cell of layout.cells) {
      const written = sheet.cells[cell.address];
      if (cell.isFormula) expect(written?.formula).toBe(cell.content);
      else expect(written?.value).toBe(cell.content);
    }
    expect(sim.debug.cellInfo(result.sheetName, "B4")).toEqual(expect.objectContaining({ value: "2019-Q4", numberFormat: "@" }));
    expect(sheet.names).toEqual([expect.objectContaining({ name: "ReportPeriod", formula: "='보고서 2019-4분기'!$B$4" })]);
    expect(sheet.charts.map((c) => [c.name, c.chartType, c.source, c.title.text])).toEqual([
      ["ReportExportsByCountry", "ColumnClustered", "'보고서 2019-4분기'!K9:L17", "국가별 수출 계약액 (분기)"],
      ["ReportCategoryMix", "Pie", "'보고서 2019-4분기'!D9:E13", "구분별 신규 체결 (분기)"],
    ]);
    expect(sheet.pageLayout).toEqual(
      expect.objectContaining({
        orientation: "Landscape",
        paperSize: "A4",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        printArea: "'보고서 2019-4분기'!$A$1:$L$205",
        headersFooters: {
          defaultForAllPages: expect.objectContaining({ centerHeader: "&B창원시 해외 협약 이행 분기 보고서&B", rightHeader: "2019년 4분기", centerFooter: "&P / &N" }),
        },
      }),
    );
    expect(sheet.merges).toContain("A1:L1");
    expect(sheet.columnWidths.A).toBe(120);
    expect(sim.snapshot().activeSheet).toBe(result.sheetName);
    expect(sim.suspendCalls.apiCalculation).toBe(1);
  });

  it("shows numbers in the demo, where the COMMIT functions are evaluated", async () => {
    const sim = seededSimulator();
    sim.setFormulaEvaluator(createDemoFormulaEvaluator(sim));
    const { sheetName } = await generateReport(sim.run, { quarter: "2019-Q4", language: "en", replaceExisting: false, now: NOW });
    expect(sheetName).toBe("Report 2019-Q4");
    expect(exportsIn2019Q4).toBeGreaterThan(0);
    expect(sim.debug.cell(sheetName, "I10")).toBe(exportsIn2019Q4);
    expect(sim.debug.cell(sheetName, "D2")).toBe("2019 Q4");
    expect(sim.debug.cell(sheetName, "B5")).toBe(isoToSerial("2019-10-01"));
    const signedInQuarter = SEED_COMMITMENTS.filter((r) => r.status !== "cancelled" && r.signed !== null && r.signed >= "2019-10-01" && r.signed <= "2019-12-31");
    expect(sim.debug.cell(sheetName, "B17")).toBe(signedInQuarter.length);
  });

  it("refuses to overwrite an existing report unless replacing was confirmed", async () => {
    const sim = seededSimulator();
    await generateReport(sim.run, { quarter: "2019-Q4", language: "ko", replaceExisting: false, now: NOW });
    const before = sim.snapshot();
    await expect(generateReport(sim.run, { quarter: "2019-Q4", language: "ko", replaceExisting: false, now: NOW })).rejects.toBeInstanceOf(
      ReportExistsError,
    );
    expect(sim.snapshot()).toEqual(before);
  });

  it("regenerates in place after confirmation and leaves every other sheet unchanged", async () => {
    const sim = seededSimulator();
    const { sheetName } = await generateReport(sim.run, { quarter: "2019-Q4", language: "ko", replaceExisting: false, now: NOW });
    const fresh = sheetOf(sim.snapshot(), sheetName);
    // The officer scribbles on the report; regenerating must restore it.
    sim.debug.setValues(sheetName, "A130", [["메모: 임시"]]);
    sim.debug.setValues(sheetName, "B4", [["2019-Q3"]]);
    const before = sim.snapshot();
    sim.resetSyncCount();
    const result = await generateReport(sim.run, { quarter: "2019-Q4", language: "ko", replaceExisting: true, now: NOW });
    expect(sim.syncCount).toBeLessThanOrEqual(4);
    expect(result).toEqual({ sheetName, replaced: true, notApplied: [] });
    const after = sim.snapshot();
    expect(otherSheets(after, [sheetName])).toEqual(otherSheets(before, [sheetName]));
    expect(after.tables).toEqual(before.tables);
    const rewritten = sheetOf(after, sheetName);
    expect(rewritten.cells).toEqual(fresh.cells);
    expect(rewritten.charts.map((c) => c.name)).toEqual(["ReportExportsByCountry", "ReportCategoryMix"]);
    expect(rewritten.names.map((n) => n.name)).toEqual(["ReportPeriod"]);
    expect(rewritten.merges).toEqual(fresh.merges);
    expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
  });

  it("explains a workbook without the Commitments table", async () => {
    const sim = new ExcelSimulator();
    await expect(generateReport(sim.run, { quarter: "2019-Q4", language: "ko", replaceExisting: false })).rejects.toThrow(
      "This workbook has no Commitments table",
    );
  });
});

describe("readReportContext", () => {
  it("lists the quarters that have agreements, newest first, and the agency", async () => {
    const sim = seededSimulator();
    const context = await readReportContext(sim.run);
    expect(context.quartersWithData).toEqual(["2024-Q3", "2019-Q4", "2015-Q2"]);
    expect(context.agency).toBe("창원시");
    expect(context.templates).toEqual([]);
    expect(context.sheetNames).toContain("메모");
  });
});

describe("user templates", () => {
  async function markedTemplate(sim: ExcelSimulator) {
    sim.debug.setValues("분기 서식", "A1", [
      ["우리 과 분기 보고", "", ""],
      ["분기", "", "2019-Q1"],
      ["수출액", "", "=COMMIT.EXPORTVALUE(Commitments[#All],,,C2)"],
    ]);
    await sim.userSelect("분기 서식", "C2");
    return markActiveSheetAsTemplate(sim.run);
  }

  it("marks the active sheet with the selected cell as its period cell, stored in settings", async () => {
    const sim = seededSimulator();
    const template = await markedTemplate(sim);
    expect(template).toEqual(expect.objectContaining({ sheetName: "분기 서식", periodCell: "C2" }));
    const setting = sim.snapshot().settings.find((s) => s.key === REPORT_TEMPLATES_SETTING);
    expect(JSON.parse(String(setting?.value))).toEqual([template]);
    expect((await readReportContext(sim.run)).templates).toEqual([template]);
    // Renaming the sheet keeps it a template (marked by sheet id).
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("분기 서식").name = "수출 보고 서식";
      await context.sync();
    });
    expect(await listTemplateSheets(sim.run)).toEqual([{ ...template, sheetName: "수출 보고 서식" }]);
  });

  it("prefers the sheet's ReportPeriod name over the selection", async () => {
    const sim = seededSimulator();
    await generateReport(sim.run, { quarter: "2019-Q4", language: "ko", replaceExisting: false, now: NOW });
    await sim.userSelect("보고서 2019-4분기", "A1");
    expect((await markActiveSheetAsTemplate(sim.run)).periodCell).toBe("B4");
    expect((await markActiveSheetAsTemplate(sim.run, "$c$9")).periodCell).toBe("C9");
    await expect(markActiveSheetAsTemplate(sim.run, "C9:D10")).rejects.toThrow("is not a single cell address");
  });

  it("copies the template with only its period cell set to the quarter", async () => {
    const sim = seededSimulator();
    const template = await markedTemplate(sim);
    const before = sim.snapshot();
    sim.resetSyncCount();
    const result = await generateFromTemplate(sim.run, { templateSheetId: template.sheetId, quarter: "2019-Q4", replaceExisting: false });
    expect(sim.syncCount).toBe(2);
    expect(result).toEqual({ sheetName: "분기 서식 2019-Q4", replaced: false });
    const after = sim.snapshot();
    const original = sheetOf(before, "분기 서식");
    const copy = sheetOf(after, result.sheetName);
    expect(copy.cells.C2).toEqual(expect.objectContaining({ value: "2019-Q4" }));
    const { C2: _period, ...rest } = copy.cells;
    const { C2: _originalPeriod, ...originalRest } = original.cells;
    expect(rest).toEqual(originalRest);
    expect(otherSheets(after, [result.sheetName])).toEqual(before.sheets);
    expect(after.sheets.map((s) => s.name)).toEqual(["Sheet1", "협약관리대장", "FxRates", "메모", "분기 서식", "분기 서식 2019-Q4"]);

    await expect(generateFromTemplate(sim.run, { templateSheetId: template.sheetId, quarter: "2019-Q4", replaceExisting: false })).rejects.toBeInstanceOf(
      ReportExistsError,
    );
    const replaced = await generateFromTemplate(sim.run, { templateSheetId: template.sheetId, quarter: "2019-Q4", replaceExisting: true });
    expect(replaced.replaced).toBe(true);
    expect(sim.debug.sheetNames()).toEqual(["Sheet1", "협약관리대장", "FxRates", "메모", "분기 서식", "분기 서식 2019-Q4"]);
  });

  it("unmarks a template without touching its sheet", async () => {
    const sim = seededSimulator();
    const template = await markedTemplate(sim);
    const before = sim.snapshot().sheets;
    await unmarkTemplate(sim.run, template.sheetId);
    expect((await readReportContext(sim.run)).templates).toEqual([]);
    expect(sim.snapshot().sheets).toEqual(before);
  });

  it("says so when the template sheet was deleted", async () => {
    const sim = seededSimulator();
    const template = await markedTemplate(sim);
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("분기 서식").delete();
      await context.sync();
    });
    await expect(generateFromTemplate(sim.run, { templateSheetId: template.sheetId, quarter: "2019-Q4", replaceExisting: false })).rejects.toThrow(
      "The template sheet '분기 서식' is gone",
    );
  });
});

describe("freezeReport", () => {
  it("writes a values-only copy that keeps the layout and leaves the report live", async () => {
    const sim = seededSimulator();
    sim.setFormulaEvaluator(createDemoFormulaEvaluator(sim));
    const { sheetName } = await generateReport(sim.run, { quarter: "2019-Q4", language: "ko", replaceExisting: false, now: NOW });
    const before = sim.snapshot();
    sim.resetSyncCount();
    const result = await freezeReport(sim.run, { sheetName, language: "ko", replaceExisting: false });
    expect(sim.syncCount).toBe(5);
    expect(result.sheetName).toBe("보고서 2019-4분기 (값)");
    const after = sim.snapshot();
    const frozen = sheetOf(after, result.sheetName);
    expect(Object.values(frozen.cells).filter((c) => c.formula !== undefined)).toEqual([]);
    expect(sim.debug.sheetValues(result.sheetName)).toEqual(sim.debug.sheetValues(sheetName));
    expect(frozen.pageLayout).toMatchObject({ headersFooters: { defaultForAllPages: { rightHeader: "2019년 4분기" } } });
    expect(sim.debug.cell(result.sheetName, "I10")).toBe(exportsIn2019Q4);
    expect(frozen.charts).toHaveLength(2);
    expect(frozen.pageLayout.orientation).toBe("Landscape");
    expect(otherSheets(after, [result.sheetName])).toEqual(before.sheets);

    // Recipients without the add-in: the frozen copy still shows numbers.
    sim.setFormulaEvaluator(undefined);
    expect(sim.debug.cell(result.sheetName, "I10")).toBe(exportsIn2019Q4);
    expect(sim.debug.cell(sheetName, "I10")).toBe("#NAME?");

    await expect(freezeReport(sim.run, { sheetName, language: "ko", replaceExisting: false })).rejects.toBeInstanceOf(ReportExistsError);
  });

  it("names a sheet that does not exist", async () => {
    const sim = seededSimulator();
    await expect(freezeReport(sim.run, { sheetName: "보고서 2030-1분기", language: "ko", replaceExisting: false })).rejects.toThrow(
      "There is no sheet named '보고서 2030-1분기'.",
    );
  });

  it("keeps text that starts with = as text", async () => {
    const sim = seededSimulator();
    sim.debug.setValues("보고", "A1", [["'=not a formula", 5]]);
    const result = await freezeReport(sim.run, { sheetName: "보고", language: "en", replaceExisting: false });
    expect(sim.debug.cellInfo(result.sheetName, "A1")).toEqual(expect.objectContaining({ value: "=not a formula" }));
    expect(sim.debug.cellInfo(result.sheetName, "A1").formula).toBeUndefined();
  });
});
