import { ExcelSimulator } from "../../simulator";
import { COLUMNS, SCHEMA_VERSION, headerRow, isoToSerial } from "../../schema";
import { amountKrwFormula, fxHeaderRow } from "../../schema/formulas";
import { inspectWorkbook, setUpWorkbook } from "./setup";
import { SCHEMA_VERSION_SETTING } from "./setupPlan";
import { writeSeedWorkbook } from "../../demo/writeSeedWorkbook";

async function schemaVersionOf(sim: ExcelSimulator): Promise<unknown> {
  return sim.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(SCHEMA_VERSION_SETTING);
    setting.load("value");
    await context.sync();
    return setting.isNullObject ? null : setting.value;
  });
}

describe("setUpWorkbook on an empty workbook", () => {
  it("creates the tables, formats, dropdowns and formula in at most 3 syncs", async () => {
    const sim = new ExcelSimulator();
    sim.resetSyncCount();
    const result = await setUpWorkbook(sim.run, "ko");
    expect(sim.syncCount).toBeLessThanOrEqual(3);
    expect(result).toMatchObject({ kind: "create", sheetName: "약정", fxSheetName: "환율", language: "ko" });

    const table = sim.debug.table("Commitments");
    expect(table.sheet).toBe("약정");
    expect(table.columns).toEqual(headerRow("ko"));
    expect(table.calculatedColumns.length).toBeGreaterThan(0);
    const values = sim.debug.tableValues("Commitments");
    expect(values).toHaveLength(2); // header + Excel's blank row
    const amountKrwIndex = COLUMNS.findIndex((c) => c.key === "amountKrw");
    // Without an evaluator the simulator shows the formula cell as #NAME?; everything else is blank.
    // Realized (KRW) and Jobs created are SUMIFS over Progress (schema 2): formula cells too.
    const calculated = new Set(["amountKrw", "realizedKrw", "jobsCreated"].map((key) => COLUMNS.findIndex((c) => c.key === key)));
    expect(amountKrwIndex).toBeGreaterThanOrEqual(0);
    expect(values[1].filter((_, i) => !calculated.has(i)).every((v) => v === "")).toBe(true);
    const amountKrwCol = COLUMNS.findIndex((c) => c.key === "amountKrw");
    const letter = String.fromCharCode(65 + amountKrwCol);
    const cell = sim.debug.cellInfo("약정", `${letter}2`);
    expect(cell.formula).toBe(amountKrwFormula("ko"));
    expect(cell.numberFormat).toBe("#,##0");
    expect(sim.debug.cellInfo("약정", "C2").numberFormat).toBe("yyyy-mm-dd");

    expect(sim.debug.table("FxRates").columns).toEqual(fxHeaderRow("ko"));
    const fx = sim.debug.tableValues("FxRates");
    expect(fx[1]).toEqual(["USD", 1470, 1, isoToSerial("2025-01-02")]);
    expect(await schemaVersionOf(sim)).toBe(SCHEMA_VERSION);

    const snapshot = sim.snapshot();
    const sheet = snapshot.sheets.find((s) => s.name === "약정")!;
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.columnWidths.A).toBe(COLUMNS[0].width);
    expect(sheet.columnWidths.V).toBe(COLUMNS[21].width);
    const lists = sheet.validations.map((v) => JSON.stringify(v.rule));
    expect(lists.some((rule) => rule.includes("양해각서(MOU),의향서(LOI)"))).toBe(true);
    expect(lists.some((rule) => rule.includes("추진중,체결,이행중,완료,중단,취소"))).toBe(true);
    expect(snapshot.activeSheet).toBe("약정");
  });

  it("uses English headers and sheet names for an English user", async () => {
    const sim = new ExcelSimulator();
    const result = await setUpWorkbook(sim.run, "en");
    expect(result.sheetName).toBe("Commitments");
    expect(sim.debug.table("Commitments").columns).toEqual(headerRow("en"));
    expect(sim.debug.table("FxRates").sheet).toBe("FxRates");
  });

  it("changes nothing when run twice", async () => {
    const sim = new ExcelSimulator();
    await setUpWorkbook(sim.run, "ko");
    const before = JSON.stringify(sim.snapshot());
    const second = await setUpWorkbook(sim.run, "en");
    expect(second.kind).toBe("unchanged");
    expect(JSON.stringify(sim.snapshot())).toBe(before);
  });
});

describe("setUpWorkbook on a legacy workbook", () => {
  const legacyHeaders = ["상대기관", "관리번호", "기관", "협약형태", "구분", "국가", "상태", "금액", "통화", "내 메모"];
  const legacyRows = [
    ["Acme", "창원-2019-001", "창원시", "MOU", "투자", "미국", "체결", 700000, "USD", "keep me"],
    ["Beta", "창원-2019-002", "창원시", "LOI", "수출", "캐나다", "완료", "=1+1", "CAD", ""],
  ];

  function legacy(): ExcelSimulator {
    const sim = new ExcelSimulator();
    sim.debug.addTable("기존", "B3", [legacyHeaders, ...legacyRows], "Commitments");
    return sim;
  }

  it("adds missing columns at the end, keeping the user's columns and data", async () => {
    const sim = legacy();
    const before = sim.debug.tableValues("Commitments");
    const inspection = await inspectWorkbook(sim.run, "en");
    expect(inspection.plan?.kind).toBe("upgrade");
    sim.resetSyncCount();
    const result = await setUpWorkbook(sim.run, "en");
    expect(sim.syncCount).toBeLessThanOrEqual(3);
    expect(result.kind).toBe("upgrade");
    expect(result.language).toBe("ko");
    const columns = sim.debug.table("Commitments").columns;
    expect(columns.slice(0, legacyHeaders.length)).toEqual(legacyHeaders);
    const added = COLUMNS.filter((c) => !["partner", "id", "agency", "instrument", "category", "country", "status", "amount", "currency"].includes(c.key));
    expect(columns.slice(legacyHeaders.length)).toEqual(added.map((c) => c.ko));
    const after = sim.debug.tableValues("Commitments");
    after.forEach((row, r) => expect(row.slice(0, legacyHeaders.length)).toEqual(before[r]));
    // The calculated column uses the legacy spellings of the headers it refers to.
    const info = sim.debug.cellInfo("기존", `${String.fromCharCode(66 + columns.indexOf("원화환산액"))}4`);
    expect(info.formula).toContain("[@금액]");
    expect(info.formula).toContain("[@체결일]");
    expect(await schemaVersionOf(sim)).toBe(SCHEMA_VERSION);
  });

  it("is idempotent after an upgrade", async () => {
    const sim = legacy();
    await setUpWorkbook(sim.run, "ko");
    const before = JSON.stringify(sim.snapshot());
    expect((await setUpWorkbook(sim.run, "ko")).kind).toBe("unchanged");
    expect(JSON.stringify(sim.snapshot())).toBe(before);
  });

  it("upgrades an English table whose columns were partly renamed to Korean", async () => {
    const sim = new ExcelSimulator();
    const headers = ["ID", "Agency", "상대기관", "Instrument", "Category", "국가", "Status", "Memo"];
    sim.debug.addTable("Data", "A1", [headers, ["X-1", "Busan", "P", "MOU", "Export", "JP", "Signed", "m"]], "Commitments");
    const result = await setUpWorkbook(sim.run, "ko");
    expect(result.language).toBe("en");
    const columns = sim.debug.table("Commitments").columns;
    expect(columns.slice(0, headers.length)).toEqual(headers);
    expect(columns).toContain("Amount (KRW)");
    expect(columns).not.toContain("원화환산액");
    expect(sim.debug.tableValues("Commitments")[1].slice(0, headers.length)).toEqual(["X-1", "Busan", "P", "MOU", "Export", "JP", "Signed", "m"]);
  });

  it("applies nothing when the write fails", async () => {
    const sim = new ExcelSimulator();
    const before = JSON.stringify(sim.snapshot());
    sim.failAtSync(2);
    await expect(setUpWorkbook(sim.run, "ko")).rejects.toThrow();
    expect(JSON.stringify(sim.snapshot())).toBe(before);
    expect((await setUpWorkbook(sim.run, "ko")).kind).toBe("create");
  });

  it("refuses duplicated headers with an explanation and changes nothing", async () => {
    const sim = new ExcelSimulator();
    sim.debug.addTable("기존", "A1", [["관리번호", "Amount", "금액"], ["a", 1, 2]], "Commitments");
    const before = JSON.stringify(sim.snapshot());
    await expect(setUpWorkbook(sim.run, "ko")).rejects.toMatchObject({
      localized: { ko: expect.stringContaining("모호"), en: expect.stringContaining("Duplicate column") },
    });
    expect(JSON.stringify(sim.snapshot())).toBe(before);
    const inspection = await inspectWorkbook(sim.run, "ko");
    expect(inspection.plan).toBeNull();
    expect(inspection.planError?.message).toContain("ambiguous");
  });

  it("refuses an FxRates table without the columns the formula needs", async () => {
    const sim = new ExcelSimulator();
    sim.debug.addTable("Rates", "A1", [["Currency", "Rate"], ["USD", 1300]], "FxRates");
    await expect(setUpWorkbook(sim.run, "en")).rejects.toThrow(/FxRates table has no KRW per unit, Per, As of column/);
  });

  it("reuses an existing FxRates table and names sheets around existing ones", async () => {
    const sim = new ExcelSimulator();
    sim.debug.setValues("약정", "A1", [["다른 자료"]]);
    sim.debug.addTable("Rates", "A1", [["Currency", "KRW per unit", "Per", "As of"], ["USD", 1300, 1, 43000]], "FxRates");
    const result = await setUpWorkbook(sim.run, "ko");
    expect(result.sheetName).toBe("약정 (2)");
    expect(result.fxSheetName).toBeNull();
    const col = COLUMNS.findIndex((c) => c.key === "amountKrw");
    expect(sim.debug.cellInfo("약정 (2)", `${String.fromCharCode(65 + col)}2`).formula).toContain("FxRates[KRW per unit]");
    expect(sim.debug.cell("약정", "A1")).toBe("다른 자료");
  });
});

describe("the demo's seed workbook", () => {
  it("is current: a visitor's first screen is not asked to upgrade it", async () => {
    const sim = new ExcelSimulator();
    await writeSeedWorkbook(sim.run, "ko");
    const inspection = await inspectWorkbook(sim.run, "ko");
    expect(inspection.planError).toBeNull();
    expect(inspection.plan).toMatchObject({ kind: "unchanged" });
    expect(await setUpWorkbook(sim.run, "ko")).toMatchObject({ kind: "unchanged", addedColumns: [] });
  });
});
