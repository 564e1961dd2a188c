import {
  COLUMNS,
  FX_TABLE_NAME,
  PROGRESS_TABLE_NAME,
  TABLE_NAME,
  headerRow,
  isIsoCurrency,
  matchEnum,
  nextId,
  normalizeCountry,
  resolveHeaders,
  CATEGORIES,
  INSTRUMENTS,
  STATUSES,
  PARTNER_TYPES,
  serialToIso,
} from "../schema";
import { fxHeaderRow } from "../schema/formulas";
import { ExcelSimulator } from "../simulator";
import { validateTable } from "../validation";
import { amountKrwFormula } from "../schema/formulas";
import { createDemoFormulaEvaluator } from "./formulaEvaluator";
import {
  SEED_COMMITMENTS,
  SEED_FX_RATES,
  SEED_PROGRESS,
  commitmentTableValues,
  fxTableValues,
  progressTableValues,
  seedAmountKrw,
  seedProgressKrw,
  seedRateFor,
} from "./seedWorkbook";
import { SEED_SHEET_NAMES, writeSeedWorkbook } from "./writeSeedWorkbook";

const column = (key: string) => COLUMNS.findIndex((c) => c.key === key);

describe("seed commitments", () => {
  it("cover the three press releases with 15-25 rows", () => {
    expect(SEED_COMMITMENTS.length).toBeGreaterThanOrEqual(15);
    expect(SEED_COMMITMENTS.length).toBeLessThanOrEqual(25);
    const agencies = new Set(SEED_COMMITMENTS.map((row) => row.agency));
    expect([...agencies].sort()).toEqual(["대전광역시", "성남시", "창원시"]);
    const partners = SEED_COMMITMENTS.map((row) => row.partner).join(" | ");
    for (const name of ["워털루시", "AKCSE", "워털루대학교", "존스홉킨스", "볼티모어", "잭슨빌", "몽고메리카운티", "시애틀", "도르트문트", "말라가", "마이크로소프트", "밀피타스", "OKTA"]) {
      expect(partners).toContain(name);
    }
  });

  it("number IDs the way nextId does, per agency and year signed", () => {
    const taken = new Set<string>();
    for (const row of SEED_COMMITMENTS) {
      const year = row.signed === null ? null : Number(row.signed.slice(0, 4));
      expect(row.id).toBe(nextId(row.agency, year, taken));
      taken.add(row.id);
    }
  });

  it("split the 70만불 persimmon exports into contracts totalling USD 700,000, HS 0810.70 for fresh fruit", () => {
    const persimmons = SEED_COMMITMENTS.filter((row) => row.product?.includes("단감"));
    expect(persimmons.length).toBeGreaterThanOrEqual(2);
    expect(persimmons.every((row) => row.currency === "USD" && row.category === "export" && row.instrument === "contract")).toBe(true);
    expect(persimmons.reduce((sum, row) => sum + (row.amount ?? 0), 0)).toBe(700_000);
    expect(persimmons.filter((row) => row.product?.includes("생과")).every((row) => row.hsCode === "081070")).toBe(true);
    // The release names no buyers: the rows must say their names are stand-ins.
    expect(persimmons.every((row) => row.partner.includes("가칭") && row.notes.includes("가칭"))).toBe(true);
  });

  it("hold only values the schema accepts", () => {
    for (const row of SEED_COMMITMENTS) {
      expect(normalizeCountry(row.country)).toBe(row.country);
      if (row.currency !== null) expect(isIsoCurrency(row.currency)).toBe(true);
      expect(matchEnum(INSTRUMENTS, row.instrument)).not.toBeNull();
      expect(matchEnum(CATEGORIES, row.category)).not.toBeNull();
      expect(matchEnum(PARTNER_TYPES, row.partnerType)).not.toBeNull();
      expect(matchEnum(STATUSES, row.status)).not.toBeNull();
      if (row.signed && row.due) expect(row.due >= row.signed).toBe(true);
      if (row.realizedKrw !== null) expect(row.realizedKrw).toBeLessThanOrEqual(seedAmountKrw(row)!);
      if (row.status === "completed" || row.status === "signed" || row.status === "inProgress") expect(row.signed).not.toBeNull();
      expect(row.source).toMatch(/\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("convert amounts with the latest rate on or before Signed, or the latest rate when Signed is blank", () => {
    expect(seedRateFor("USD", "2019-11-10").krwPerUnit).toBe(1158.9);
    expect(seedRateFor("USD", "2015-04-08").krwPerUnit).toBe(1087.6);
    expect(seedRateFor("USD", null).asOf).toBe("2024-09-03");
    // Older than every quote: the earliest, as the native column and TOKRW do (issue 9 item 18).
    expect(seedRateFor("USD", "2001-01-01").asOf).toBe("2015-04-06");
    expect(() => seedRateFor("XAU", "2020-01-01")).toThrow(/No XAU rate/);
    const toronto = SEED_COMMITMENTS.find((row) => row.id === "창원-2019-008")!;
    expect(seedAmountKrw(toronto)).toBe(350_000 * 1158.9);
    // Every rate in use dates from on or before the signing day of the rows converted with it.
    for (const row of SEED_COMMITMENTS.filter((r) => r.signed && r.currency && r.currency !== "KRW")) {
      expect(seedRateFor(row.currency!, row.signed).asOf <= row.signed!).toBe(true);
    }
    const jpy = SEED_FX_RATES.find((rate) => rate.currency === "JPY")!;
    expect(jpy.per).toBe(100);
  });

  it("lay out as a Korean table whose headers resolve to every schema column in order", () => {
    const values = commitmentTableValues("ko");
    expect(values[0]).toEqual(headerRow("ko"));
    const resolved = resolveHeaders(values[0], { rejectUnknown: true });
    expect(resolved.language).toBe("ko");
    expect(COLUMNS.map((c) => resolved.indexOf[c.key])).toEqual(COLUMNS.map((_, index) => index));
    expect(values.slice(1).every((row) => row.length === COLUMNS.length)).toBe(true);
    const baltimore = values.find((row) => row[column("id")] === "창원-2019-005")!;
    expect(baltimore[column("instrument")]).toBe("우호교류");
    expect(serialToIso(baltimore[column("signed")] as number)).toBe("2019-11-12");
    expect(commitmentTableValues("en")[0]).toEqual(headerRow("en"));
    expect(fxTableValues("ko")[0]).toEqual(fxHeaderRow("ko"));
  });
});

describe("seed table validation", () => {
  it("passes the add-in's own table validation in both languages", () => {
    const fxCurrencies = new Set(SEED_FX_RATES.map((rate) => rate.currency));
    for (const language of ["ko", "en"] as const) {
      const problems = validateTable(commitmentTableValues(language), { fxCurrencies });
      expect(problems.map((p) => `${p.id} ${p.column} ${p.code}: ${p.message.en}`)).toEqual([]);
    }
  });
});

describe("seed progress", () => {
  it("records, for every commitment, progress worth exactly its Realized (KRW)", () => {
    for (const commitment of SEED_COMMITMENTS) {
      const won = SEED_PROGRESS.filter((p) => p.commitmentId === commitment.id).reduce((sum, p) => sum + (seedProgressKrw(p) ?? 0), 0);
      expect({ id: commitment.id, won: Math.round(won) }).toEqual({ id: commitment.id, won: commitment.realizedKrw ?? 0 });
    }
  });

  it("dates Changwon's persimmon shipments in 2019-Q4 and 2020, after signing, with Progress IDs per commitment", () => {
    const ids = new Set(SEED_COMMITMENTS.map((c) => c.id));
    for (const p of SEED_PROGRESS) {
      expect(ids.has(p.commitmentId)).toBe(true);
      expect(p.id.startsWith(`${p.commitmentId}-P`)).toBe(true);
      expect(p.date >= SEED_COMMITMENTS.find((c) => c.id === p.commitmentId)!.signed!).toBe(true);
    }
    const q4 = SEED_PROGRESS.filter((p) => p.date >= "2019-10-01" && p.date <= "2019-12-31");
    expect(q4.map((p) => p.commitmentId).sort()).toEqual(["창원-2019-008", "창원-2019-009"]);
    expect(SEED_PROGRESS.some((p) => p.commitmentId.startsWith("성남") && p.kind === "event")).toBe(true);
  });
});

describe("writeSeedWorkbook", () => {
  it("fills a fresh simulator with both tables in one sync, keeping HS codes as text", async () => {
    const sim = new ExcelSimulator();
    sim.setFormulaEvaluator(createDemoFormulaEvaluator(sim));
    sim.resetSyncCount();
    await writeSeedWorkbook(sim.run, "ko");
    expect(sim.syncCount).toBe(2); // one to read the sheet list, one to write everything
    expect(sim.debug.sheetNames()).toEqual([SEED_SHEET_NAMES.ko.commitments, SEED_SHEET_NAMES.ko.fxRates, SEED_SHEET_NAMES.ko.progress]);
    expect([...sim.debug.tableNames()].sort()).toEqual([TABLE_NAME, FX_TABLE_NAME, PROGRESS_TABLE_NAME].sort());
    const krw = column("amountKrw");
    const written = sim.debug.tableValues(TABLE_NAME);
    const expected = commitmentTableValues("ko");
    // Amount (KRW) is the live formula; it computes what the seed data says. Realized (KRW) and
    // Jobs created are SUMIFS over Progress: the seed's numbers, 0 where it has none.
    const summed = new Set([column("realizedKrw"), column("jobsCreated")]);
    const asSum = (row: unknown[], r: number) => row.map((cell, i) => (r > 0 && summed.has(i) && cell === "" ? 0 : cell));
    expect(written.map((row, r) => asSum(row, r).filter((_, i) => i !== krw))).toEqual(expected.map((row, r) => asSum(row, r).filter((_, i) => i !== krw)));
    const progress = sim.debug.tableValues(PROGRESS_TABLE_NAME);
    expect(progress.map((row) => row.map((cell) => (typeof cell === "number" ? Math.round(cell * 1000) / 1000 : cell)))).toEqual(
      progressTableValues("ko").map((row) => row.map((cell) => (typeof cell === "number" ? Math.round(cell * 1000) / 1000 : cell))),
    );
    written.slice(1).forEach((row, index) => {
      const want = expected[index + 1][krw];
      if (want === "") expect(row[krw]).toBe("");
      else expect(row[krw]).toBeCloseTo(want as number, 4);
    });
    const krwCell = `${String.fromCharCode(65 + krw)}2`;
    expect(sim.debug.cellInfo(SEED_SHEET_NAMES.ko.commitments, krwCell).formula).toBe(amountKrwFormula("ko"));
    expect(sim.debug.tableValues(FX_TABLE_NAME)).toEqual(fxTableValues("ko"));
    const hsCell = `${String.fromCharCode(65 + column("hsCode"))}${SEED_COMMITMENTS.findIndex((r) => r.hsCode === "081070") + 2}`;
    expect(sim.debug.cellInfo(SEED_SHEET_NAMES.ko.commitments, hsCell)).toEqual({ value: "081070", numberFormat: "@" });
    const signed = sim.debug.cellInfo(SEED_SHEET_NAMES.ko.commitments, "C2");
    expect(signed.numberFormat).toBe("yyyy-mm-dd");
    expect(sim.selection).toEqual({ sheet: SEED_SHEET_NAMES.ko.commitments, address: "A2" });
  });

  it("refuses a workbook that already has content", async () => {
    const sim = new ExcelSimulator();
    sim.debug.setValues("Other", "A1", [["x"]]);
    await expect(writeSeedWorkbook(sim.run)).rejects.toThrow(/fresh workbook with one sheet; this one has 2/);
  });
});
