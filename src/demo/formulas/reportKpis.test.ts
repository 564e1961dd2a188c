/**
 * The report's formulas, evaluated with the real COMMIT library on a fixture
 * table, against figures computed here with plain loops over the same rows.
 */
import { buildReportLayout, parseCellAddress, cellAddress, type ReportLayout } from "../../report";
import { headerRow, isoToSerial, COLUMNS, type ColumnKey, type Language } from "../../schema";
import { COMMIT_FUNCTIONS } from "./commitFunctions";
import { SPECIAL_FORMS, evaluateNode, type EvaluationHost } from "./evaluateFormula";
import { NATIVE_FUNCTIONS } from "./nativeFunctions";
import { functionNames, parseFormula } from "./parseFormula";
import { FormulaError, isMatrix, type Matrix, type Scalar, type Value } from "./values";

interface FixtureRow {
  id: string;
  signed: string | null;
  instrument: "MOU" | "LOI" | "MOA" | "Contract" | "Sister city";
  category: "Export" | "Investment" | "Cooperation" | "Exchange";
  country: string;
  partner: string;
  sector?: string;
  product?: string;
  amountKrw?: number;
  realizedKrw?: number;
  jobs?: number;
  status: "Signed" | "In progress" | "Completed" | "Cancelled";
  due?: string;
  owner?: string;
}

const ROWS: FixtureRow[] = [
  { id: "창원-2024-001", signed: "2024-07-03", instrument: "Contract", category: "Export", country: "US", partner: "H Mart", product: "단감", amountKrw: 910_000_000, realizedKrw: 300_000_000, status: "In progress", due: "2024-11-30", owner: "김주무관" },
  { id: "창원-2024-002", signed: "2024-07-15", instrument: "Contract", category: "Export", country: "CA", partner: "T&T", product: "단감", amountKrw: 260_000_000, status: "Signed", due: "2024-10-01" },
  { id: "창원-2024-003", signed: "2024-08-20", instrument: "MOU", category: "Export", country: "US", partner: "Costco", product: "파프리카", amountKrw: 150_000_000, realizedKrw: 150_000_000, status: "Completed", due: "2024-12-31" },
  { id: "창원-2024-004", signed: "2024-09-30", instrument: "MOA", category: "Investment", country: "DE", partner: "Bosch", sector: "자동차부품", amountKrw: 45_000_000_000, realizedKrw: 5_000_000_000, jobs: 120, status: "In progress", due: "2025-01-01" },
  { id: "창원-2024-005", signed: "2024-09-02", instrument: "LOI", category: "Investment", country: "JP", partner: "Fanuc", sector: "로봇", amountKrw: 12_000_000_000, jobs: 35, status: "Signed", due: "2024-12-15", owner: "이주무관" },
  { id: "창원-2024-006", signed: "2024-08-08", instrument: "Sister city", category: "Exchange", country: "US", partner: "Jacksonville", status: "Signed" },
  { id: "창원-2024-007", signed: "2024-07-22", instrument: "MOU", category: "Cooperation", country: "CA", partner: "University of Waterloo", jobs: 5, status: "Cancelled", due: "2024-11-01" },
  { id: "창원-2024-008", signed: "2024-06-30", instrument: "MOU", category: "Export", country: "VN", partner: "Vinmart", product: "단감", amountKrw: 80_000_000, realizedKrw: 80_000_000, status: "Completed" },
  { id: "창원-2024-009", signed: "2024-02-10", instrument: "MOA", category: "Investment", country: "DE", partner: "Siemens", sector: "스마트공장", amountKrw: 8_000_000_000, realizedKrw: 2_000_000_000, jobs: 40, status: "In progress", due: "2024-10-20" },
  { id: "창원-2024-010", signed: "2024-10-01", instrument: "Contract", category: "Export", country: "US", partner: "H Mart", product: "단감", amountKrw: 500_000_000, status: "Signed" },
  { id: "창원-2023-011", signed: "2023-09-10", instrument: "MOU", category: "Export", country: "CN", partner: "Hema", product: "단감", amountKrw: 70_000_000, realizedKrw: 10_000_000, status: "In progress", due: "2024-10-10" },
  { id: "창원-2024-012", signed: null, instrument: "MOU", category: "Cooperation", country: "FR", partner: "Lyon", status: "Signed", due: "2024-12-01" },
];

const INSTRUMENT_KO: Record<FixtureRow["instrument"], string> = { MOU: "양해각서(MOU)", LOI: "의향서(LOI)", MOA: "협정서(MOA)", Contract: "계약", "Sister city": "자매결연" };
const CATEGORY_KO: Record<FixtureRow["category"], string> = { Export: "수출", Investment: "투자", Cooperation: "협력", Exchange: "교류" };
const STATUS_KO: Record<FixtureRow["status"], string> = { Signed: "체결", "In progress": "이행중", Completed: "완료", Cancelled: "취소" };

/** The fixture as the Excel table holds it: Korean headers and labels, dates as serials. */
function tableValues(language: Language): Matrix {
  const header = headerRow(language);
  const keyAt = COLUMNS.map((c) => c.key as ColumnKey);
  const rows = ROWS.map((row) =>
    keyAt.map((key): Scalar => {
      switch (key) {
        case "id": return row.id;
        case "agency": return "창원시";
        case "signed": return row.signed ? isoToSerial(row.signed) : null;
        case "instrument": return language === "ko" ? INSTRUMENT_KO[row.instrument] : row.instrument;
        case "category": return language === "ko" ? CATEGORY_KO[row.category] : row.category;
        case "partner": return row.partner;
        case "country": return row.country;
        case "sector": return row.sector ?? null;
        case "product": return row.product ?? null;
        case "amountKrw": return row.amountKrw ?? null;
        case "currency": return row.amountKrw === undefined ? null : "KRW";
        case "amount": return row.amountKrw ?? null;
        case "realizedKrw": return row.realizedKrw ?? null;
        case "jobs": return row.jobs ?? null;
        case "status": return language === "ko" ? STATUS_KO[row.status] : row.status;
        case "due": return row.due ? isoToSerial(row.due) : null;
        case "owner": return row.owner ?? null;
        default: return null;
      }
    }),
  );
  return [header, ...rows];
}

/** An in-memory sheet: the layout's cells, evaluated on demand, with array results spilling. */
class ReportSheet implements EvaluationHost {
  private readonly contents = new Map<string, string | number>();
  private readonly results = new Map<string, Value>();
  private readonly functions = new Map([...NATIVE_FUNCTIONS, ...COMMIT_FUNCTIONS]);

  constructor(
    readonly layout: ReportLayout,
    private readonly commitments: Matrix,
  ) {
    for (const cell of layout.cells) this.contents.set(cell.address, cell.content);
  }

  evaluateCell(address: string): Value {
    const cached = this.results.get(address);
    if (cached !== undefined) return cached;
    const content = this.contents.get(address);
    let result: Value;
    if (content === undefined) result = this.spilledValue(address);
    else if (typeof content === "string" && content.startsWith("=")) result = evaluateNode(parseFormula(content), this, this.functions);
    else result = content;
    this.results.set(address, result);
    return result;
  }

  value(address: string): Scalar {
    const result = this.evaluateCell(address);
    return isMatrix(result) ? result[0][0] : result;
  }

  private spilledValue(address: string): Scalar {
    const cell = parseCellAddress(address);
    for (const spill of this.layout.spills) {
      const anchor = parseCellAddress(spill.anchor);
      if (cell.row < anchor.row || cell.column < anchor.column) continue;
      const result = this.evaluateCell(spill.anchor);
      if (!isMatrix(result)) continue;
      const row = result[cell.row - anchor.row];
      if (row && cell.column - anchor.column < row.length) return row[cell.column - anchor.column];
    }
    return null;
  }

  range(sheet: string | null, from: string, to: string | null): Matrix {
    const a = parseCellAddress(from);
    const b = parseCellAddress(to ?? from);
    const out: Matrix = [];
    for (let r = a.row; r <= b.row; r++) {
      const line: Scalar[] = [];
      for (let c = a.column; c <= b.column; c++) line.push(this.value(cellAddress(r, c)));
      out.push(line);
    }
    return out;
  }

  name(name: string): Value | undefined {
    return name === this.layout.periodName ? this.value(this.layout.periodAddress) : undefined;
  }

  table(name: string): Matrix | undefined {
    return name === "Commitments" ? this.commitments : undefined;
  }
}

// ---- independent figures -------------------------------------------------------------

const serial = (iso: string) => isoToSerial(iso);
const inRange = (row: FixtureRow, from: string, to: string) =>
  row.signed !== null && serial(row.signed) >= serial(from) && serial(row.signed) <= serial(to);
const live = ROWS.filter((r) => r.status !== "Cancelled");

function sum(rows: FixtureRow[], pick: (r: FixtureRow) => number | undefined): number {
  let total = 0;
  for (const row of rows) total += pick(row) ?? 0;
  return total;
}

describe.each<Language>(["ko", "en"])("the %s report on a fixture table", (tableLanguage) => {
  const layout = buildReportLayout({
    quarter: "2024-Q3",
    language: "ko",
    agency: "창원시",
    tableName: "Commitments",
    tableHeaders: headerRow(tableLanguage),
    generatedAt: new Date("2024-10-05T00:00:00Z"),
  });
  const sheet = new ReportSheet(layout, tableValues(tableLanguage));
  const Q3 = (r: FixtureRow) => inRange(r, "2024-07-01", "2024-09-30");
  const YTD = (r: FixtureRow) => inRange(r, "2024-01-01", "2024-09-30");

  it("parses every formula and calls only functions the demo evaluates", () => {
    for (const cell of layout.cells) {
      if (typeof cell.content !== "string" || !cell.content.startsWith("=")) continue;
      const names = functionNames(parseFormula(cell.content));
      for (const name of names) expect([cell.address, name, SPECIAL_FORMS.has(name) || NATIVE_FUNCTIONS.has(name) || COMMIT_FUNCTIONS.has(name)]).toEqual([cell.address, name, true]);
    }
  });

  it("derives the quarter's dates from the period cell", () => {
    expect(sheet.value("B5")).toBe(serial("2024-07-01"));
    expect(sheet.value("C5")).toBe(serial("2024-09-30"));
    expect(sheet.value("F5")).toBe(serial("2024-01-01"));
    expect(sheet.value("G5")).toBe(serial("2024-09-30"));
    expect(sheet.value("B6")).toBe(serial("2024-10-01"));
    expect(sheet.value("C6")).toBe(serial("2024-12-31"));
    expect(sheet.value("D6")).toBe("2024-Q4");
    expect(sheet.value("D2")).toBe("2024년 3분기");
  });

  it("counts new agreements by instrument and category", () => {
    const q3 = live.filter(Q3);
    expect(sheet.value(layout.kpis.newAgreements)).toBe(q3.length);
    const byInstrument: Record<string, number> = { mou: 0, loi: 0, moa: 0, contract: 0, agreement: 0, sisterCity: 0, friendshipCity: 0 };
    const key: Record<FixtureRow["instrument"], string> = { MOU: "mou", LOI: "loi", MOA: "moa", Contract: "contract", "Sister city": "sisterCity" };
    for (const row of q3) byInstrument[key[row.instrument]]++;
    for (const { instrument, address } of layout.instrumentCells) expect([instrument, sheet.value(address)]).toEqual([instrument, byInstrument[instrument]]);
    const byCategory: Record<string, number> = { export: 0, investment: 0, cooperation: 0, exchange: 0 };
    for (const row of q3) byCategory[row.category.toLowerCase()]++;
    for (const { category, address } of layout.categoryCells) expect([category, sheet.value(address)]).toEqual([category, byCategory[category]]);
  });

  it("sums export and investment value for the quarter and the year to date", () => {
    const exports = live.filter((r) => r.category === "Export");
    const investments = live.filter((r) => r.category === "Investment");
    expect(sheet.value(layout.kpis.exportQuarter)).toBe(sum(exports.filter(Q3), (r) => r.amountKrw));
    expect(sheet.value(layout.kpis.exportYtd)).toBe(sum(exports.filter(YTD), (r) => r.amountKrw));
    expect(sheet.value(layout.kpis.investmentQuarter)).toBe(sum(investments.filter(Q3), (r) => r.amountKrw));
    expect(sheet.value(layout.kpis.investmentYtd)).toBe(sum(investments.filter(YTD), (r) => r.amountKrw));
    expect(sheet.value(layout.kpis.exportQuarter)).toBe(1_320_000_000);
  });

  it("totals jobs and the realization rates", () => {
    expect(sheet.value(layout.kpis.jobsQuarter)).toBe(sum(live.filter(Q3), (r) => r.jobs));
    const ytd = live.filter(YTD);
    expect(sheet.value(layout.kpis.realizationYtd)).toBeCloseTo(sum(ytd, (r) => r.realizedKrw) / sum(ytd, (r) => r.amountKrw), 12);
    const cumulative = live.filter((r) => r.signed !== null && serial(r.signed) <= serial("2024-09-30"));
    expect(sheet.value(layout.kpis.realizationCumulative)).toBeCloseTo(
      sum(cumulative, (r) => r.realizedKrw) / sum(cumulative, (r) => r.amountKrw),
      12,
    );
  });

  it("spills the export pivot and feeds the chart's country slots from it", () => {
    const pivot = sheet.evaluateCell("A20") as Matrix;
    expect(isMatrix(pivot)).toBe(true);
    // Countries by export value: US (910M + 150M) then CA (260M).
    expect(pivot[0].slice(1)).toEqual(["US", "CA", tableLanguage === "ko" ? "합계" : "Total"]);
    expect(sheet.value("K10")).toBe("US");
    expect(sheet.value("L10")).toBe(1_060_000_000);
    expect(sheet.value("K11")).toBe("CA");
    expect(sheet.value("L11")).toBe(260_000_000);
    expect(sheet.value("K12")).toBe("");
    expect(sheet.value("L12")).toBe("");
  });

  it("lists the quarter's agreements by date, without cancelled ones", () => {
    const list = sheet.evaluateCell(layout.spills[2].anchor) as Matrix;
    const expected = live.filter(Q3).sort((a, b) => serial(a.signed!) - serial(b.signed!));
    expect(list.map((row) => row[0])).toEqual(expected.map((r) => r.id));
    expect(list[0][1]).toBe(serial("2024-07-03"));
    expect(list[0][6]).toBe(910_000_000);
  });

  it("lists follow-ups due next quarter that are not completed, blanks as blanks", () => {
    const list = sheet.evaluateCell(layout.spills[3].anchor) as Matrix;
    const expected = live
      .filter((r) => r.due && serial(r.due) >= serial("2024-10-01") && serial(r.due) <= serial("2024-12-31") && r.status !== "Completed")
      .sort((a, b) => serial(a.due!) - serial(b.due!));
    expect(list.map((row) => row[0])).toEqual(expected.map((r) => r.id));
    const lyon = list.find((row) => row[0] === "창원-2024-012")!;
    expect(lyon[7]).toBe("");
  });

  it("re-targets every figure when only the period cell changes", () => {
    const q4 = new ReportSheet(
      { ...layout, cells: layout.cells.map((c) => (c.address === layout.periodAddress ? { ...c, content: "2024-Q4" } : c)) },
      tableValues(tableLanguage),
    );
    expect(q4.value(layout.kpis.exportQuarter)).toBe(500_000_000);
    expect(q4.value(layout.kpis.newAgreements)).toBe(1);
    expect(q4.value("D6")).toBe("2025-Q1");
    // Due 2025-01-01 falls in 2025-Q1, the quarter after 2024-Q4.
    const followUps = q4.evaluateCell(layout.spills[3].anchor) as Matrix;
    expect(followUps.map((row) => row[0])).toEqual(["창원-2024-004"]);
    const q1 = new ReportSheet(
      { ...layout, cells: layout.cells.map((c) => (c.address === layout.periodAddress ? { ...c, content: "2025-Q1" } : c)) },
      tableValues(tableLanguage),
    );
    expect(q1.evaluateCell(layout.spills[2].anchor)).toEqual([["해당 없음", "", "", "", "", "", "", ""]]);
  });

  it("shows a loud error, not a number, when the period cell is malformed", () => {
    const broken = new ReportSheet(
      { ...layout, cells: layout.cells.map((c) => (c.address === layout.periodAddress ? { ...c, content: "3분기" } : c)) },
      tableValues(tableLanguage),
    );
    expect(broken.value(layout.kpis.exportQuarter)).toBeInstanceOf(FormulaError);
    expect(broken.value(layout.kpis.newAgreements)).toBeInstanceOf(FormulaError);
  });
});
