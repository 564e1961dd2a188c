/**
 * The progress adapters and setup's upgrade on a Progress table over Excel on the web's 5 MB
 * response cap (about 50,000 records): the simulator refuses a response over 5 MB, so one load
 * of the body fails and every adapter must read it in blocks (tableReads.ts).
 */
import { ExcelSimulator } from "../../simulator";
import { jsonBytes } from "../../payload/jsonBytes";
import { COLUMNS, PROGRESS_TABLE_NAME, TABLE_NAME, headerRow, isoToSerial, progressHeaderRow } from "../../schema";
import { fxHeaderRow } from "../../schema/formulas";
import { addProgress, readProgress } from "./progress";
import { setUpWorkbook } from "./setup";
import { SCHEMA_VERSION_SETTING } from "./setupPlan";
import { validateWorkbook } from "./validation";

const EN = headerRow("en");
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);
const COMMITMENTS = 200;
const RECORDS = 50_000;
const MB5 = 5 * 1024 * 1024;
const idOf = (i: number) => `BS-2020-${String(i + 1).padStart(3, "0")}`;

function commitment(i: number): unknown[] {
  const cells: unknown[] = EN.map(() => "");
  const set = (key: string, value: unknown) => (cells[col(key)] = value);
  set("id", idOf(i));
  set("agency", "Busan");
  set("signed", isoToSerial("2019-03-01"));
  set("instrument", "MOU");
  set("category", "Export");
  set("partner", `Partner ${i}`);
  set("country", "JP");
  set("amount", 1_000_000);
  set("currency", "USD");
  set("amountKrw", 1_470_000_000);
  set("status", "Signed");
  set("realizedKrw", 1_000 * (i + 1));
  set("jobsCreated", i);
  return cells;
}

/** Record r belongs to commitment r % 200; the last one to no commitment (an orphan). */
function record(r: number): unknown[] {
  const owner = r === RECORDS - 1 ? "XX-2099-001" : idOf(r % COMMITMENTS);
  const sequence = Math.floor(r / COMMITMENTS) + 1;
  const date = isoToSerial("2020-01-01") + (r % 1500);
  return [
    `${owner}-P${String(sequence).padStart(2, "0")}`,
    owner,
    date,
    "Export shipped",
    1000 + r,
    "USD",
    (1000 + r) * 1470,
    r % 3,
    `수출신고 41234-20-${String(r).padStart(7, "0")}X`,
    "선적 후속 확인, 세관 서류는 담당 부서 보관",
    date + 0.5,
  ];
}

function largeLedger(): ExcelSimulator {
  const sim = new ExcelSimulator();
  sim.debug.addTable("Commitments", "A1", [EN, ...Array.from({ length: COMMITMENTS }, (_, i) => commitment(i))], TABLE_NAME);
  sim.debug.addTable("FxRates", "A1", [fxHeaderRow("en"), ["USD", 1470, 1, isoToSerial("2019-01-02")]], "FxRates");
  sim.debug.addTable("Progress", "A1", [progressHeaderRow("en"), ...Array.from({ length: RECORDS }, (_, r) => record(r))], PROGRESS_TABLE_NAME);
  return sim;
}

describe("progress adapters on a Progress table over 5 MB", () => {
  let sim: ExcelSimulator;
  beforeAll(() => {
    sim = largeLedger();
  });

  const responsesSince = (start: number) => sim.syncLog.slice(start);

  it("is a table one load cannot read", async () => {
    expect(jsonBytes(sim.debug.tableValues(PROGRESS_TABLE_NAME))).toBeGreaterThan(MB5);
    const single = sim.run(async (context) => {
      context.workbook.tables.getItem(PROGRESS_TABLE_NAME).getDataBodyRange().load("values");
      await context.sync();
    });
    await expect(single).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("readProgress lists every record of a commitment, the last rows included, with its row's totals", async () => {
    const start = sim.syncLog.length;
    const view = await readProgress(sim.run, idOf(6), 6);
    expect(view.records).toHaveLength(RECORDS / COMMITMENTS);
    expect(new Set(view.records.map((r) => r.progressId)).size).toBe(RECORDS / COMMITMENTS);
    // Record 49,806 is commitment 7's last, in the final block.
    expect(view.records.some((r) => r.progressId === `${idOf(6)}-P${RECORDS / COMMITMENTS}`)).toBe(true);
    expect(view.totals).toEqual({ realizedKrw: 7_000, jobsCreated: 6 });
    const syncs = responsesSince(start);
    expect(syncs.length).toBeGreaterThan(2);
    expect(syncs.every((s) => s.error === undefined && s.responseBytes < MB5)).toBe(true);
  });

  it("validation reads the whole ledger and names the orphan in its last row", async () => {
    const start = sim.syncLog.length;
    const report = await validateWorkbook(sim.run);
    expect(report.rowCount).toBe(COMMITMENTS);
    expect(report.progressOrphans?.map((o) => [o.progressRow, o.commitmentId])).toEqual([[RECORDS - 1, "XX-2099-001"]]);
    expect(responsesSince(start).every((s) => s.error === undefined && s.responseBytes < MB5)).toBe(true);
  });

  it("addProgress numbers the new record after every existing one (it read them all)", async () => {
    const start = sim.syncLog.length;
    const added = await addProgress(sim.run, {
      commitmentId: idOf(6),
      date: "2024-05-02",
      kind: "exportShipped",
      amount: "5만불",
      currency: "",
      jobs: "",
      evidence: "EX-1",
      notes: "",
    });
    expect(added.progressId).toBe(`${idOf(6)}-P${RECORDS / COMMITMENTS + 1}`);
    expect(responsesSince(start).every((s) => s.error === undefined && s.responseBytes < MB5 && s.requestBytes < MB5)).toBe(true);
    const rows = sim.debug.tableValues(PROGRESS_TABLE_NAME);
    expect(rows).toHaveLength(RECORDS + 2);
    expect(rows[rows.length - 1].slice(0, 2)).toEqual([added.progressId, idOf(6)]);
  });
});

describe("setup's schema-2 upgrade with a Progress table over 5 MB already in place", () => {
  it("reads the ledger in blocks and carries the Realized values over once", async () => {
    const koHeaders = COLUMNS.map((c) => c.ko).filter((_, i) => COLUMNS[i].key !== "jobsCreated");
    const koCol = (key: string) => COLUMNS.filter((c) => c.key !== "jobsCreated").findIndex((c) => c.key === key);
    const legacy = (i: number) => {
      const cells: unknown[] = koHeaders.map(() => "");
      cells[koCol("id")] = idOf(i);
      cells[koCol("agency")] = "부산시";
      cells[koCol("instrument")] = "MOU";
      cells[koCol("category")] = "수출";
      cells[koCol("partner")] = `P${i}`;
      cells[koCol("country")] = "JP";
      cells[koCol("status")] = "체결";
      // Commitments 1 and 2 have no records yet: their Realized is carried over. The others' Realized
      // already equals their records' sum, so turning it into the SUMIFS changes no total.
      cells[koCol("realizedKrw")] = i < 2 ? 1_000_000 * (i + 1) : (ledgerSums.get(idOf(i)) ?? "");
      return cells;
    };
    const typed = Array.from({ length: RECORDS }, (_, r) => record(r)).filter((cells) => cells[1] !== idOf(0) && cells[1] !== idOf(1));
    const ledgerSums = new Map<string, number>();
    for (const cells of typed) ledgerSums.set(String(cells[1]), (ledgerSums.get(String(cells[1])) ?? 0) + Number(cells[6]));
    const sim = new ExcelSimulator();
    sim.debug.addTable("약정", "A1", [koHeaders, ...Array.from({ length: COMMITMENTS }, (_, i) => legacy(i))], TABLE_NAME);
    sim.debug.addTable("환율", "A1", [fxHeaderRow("ko"), ["USD", 1470, 1, isoToSerial("2019-01-02")]], "FxRates");
    // A ledger typed before the upgrade (records of commitments 3 onwards, none carried over yet).
    sim.debug.addTable("이행실적", "A1", [progressHeaderRow("ko"), ...typed], PROGRESS_TABLE_NAME);
    await sim.run(async (context) => {
      context.workbook.settings.add(SCHEMA_VERSION_SETTING, 1);
      await context.sync();
    });
    expect(jsonBytes(sim.debug.tableValues(PROGRESS_TABLE_NAME))).toBeGreaterThan(MB5);
    const start = sim.syncLog.length;
    const result = await setUpWorkbook(sim.run, "ko");
    expect(result).toMatchObject({ kind: "upgrade", carriedOver: 2 });
    expect(sim.syncLog.slice(start).every((s) => s.error === undefined && s.responseBytes < MB5 && s.requestBytes < MB5)).toBe(true);
    const ledger = sim.debug.tableValues(PROGRESS_TABLE_NAME);
    expect(ledger.slice(-2).map((cells) => [cells[0], cells[4]])).toEqual([
      [`${idOf(0)}-P01`, 1_000_000],
      [`${idOf(1)}-P01`, 2_000_000],
    ]);
    // Run again: nothing more is carried over.
    await setUpWorkbook(sim.run, "ko");
    expect(sim.debug.tableValues(PROGRESS_TABLE_NAME)).toHaveLength(ledger.length);
  });
});
