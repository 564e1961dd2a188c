/**
 * Report generation survives a failure at every operation (issue 10, items 6-7): Excel
 * applies a request's operations up to a failing one and skips the rest, so a failed
 * generation may leave any prefix of its work. Re-running (confirming the replace when
 * the sheet was created) must leave exactly the sheet a clean run writes, and no other
 * sheet touched. A failure inside the cosmetic request is absorbed by its per-step retry.
 */
import fc from "fast-check";
import { SEED_SHEETS, commitmentTableValues, fxTableValues } from "../../demo/seedWorkbook";
import { ExcelSimulator, type WorkbookSnapshot } from "../../simulator";
import { ReportExistsError, generateReport, type GenerateReportOptions } from "./report";

jest.setTimeout(600_000);

const NOW = new Date("2020-01-10T00:00:00Z");
const OPTIONS: GenerateReportOptions = { quarter: "2019-Q4", language: "ko", replaceExisting: false, now: NOW };
const SHEET = "보고서 2019-4분기";

function seeded(): ExcelSimulator {
  const sim = new ExcelSimulator();
  sim.debug.addTable(SEED_SHEETS.commitments.sheet, "A1", commitmentTableValues("ko"), SEED_SHEETS.commitments.table);
  sim.debug.addTable(SEED_SHEETS.fxRates.sheet, "A1", fxTableValues("ko"), SEED_SHEETS.fxRates.table);
  return sim;
}

/** Drops object ids (sheets, charts), which differ between workbooks and between runs. */
function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== "id").map(([key, v]) => [key, withoutIds(v)]));
}

/** Everything about the report sheet a reader or printer sees. */
function reportOf(snapshot: WorkbookSnapshot) {
  const sheet = snapshot.sheets.find((s) => s.name === SHEET);
  return sheet ? withoutIds(sheet) : null;
}

function others(snapshot: WorkbookSnapshot) {
  return snapshot.sheets.filter((s) => s.name !== SHEET);
}

/** A clean run's result, and the operation count of each of its syncs. */
async function cleanRun(existing: boolean) {
  const sim = seeded();
  if (existing) await generateReport(sim.run, OPTIONS);
  sim.resetSyncCount();
  await generateReport(sim.run, { ...OPTIONS, replaceExisting: existing });
  return { snapshot: sim.snapshot(), operations: sim.syncLog.map((s) => s.operations) };
}

async function faultedThenRerun(existing: boolean, sync: number, operation: number) {
  const sim = seeded();
  if (existing) await generateReport(sim.run, OPTIONS);
  const before = sim.snapshot();
  sim.failAtOperation(sync, operation);
  let failed = false;
  try {
    await generateReport(sim.run, { ...OPTIONS, replaceExisting: existing });
  } catch {
    failed = true;
  }
  if (failed) {
    // The officer clicks Generate again; a half-written sheet exists, so the pane asks to replace it.
    try {
      await generateReport(sim.run, { ...OPTIONS, replaceExisting: existing });
    } catch (error) {
      if (!(error instanceof ReportExistsError)) throw error;
      await generateReport(sim.run, { ...OPTIONS, replaceExisting: true });
    }
  }
  return { before, after: sim.snapshot(), failed };
}

const EXHAUSTIVE = process.env.REPORT_FAULTS === "all";

describe.each([false, true])("a failure at any operation, then a re-run (existing sheet: %s)", (existing) => {
  let clean: Awaited<ReturnType<typeof cleanRun>>;
  beforeAll(async () => {
    clean = await cleanRun(existing);
  });

  /** Every (sync, operation) pair, or a sample: each boundary, the cosmetic request whole, and random picks. */
  function points(): [number, number][] {
    const all = clean.operations.flatMap((count, i) => Array.from({ length: count }, (_, k) => [i + 1, k + 1] as [number, number]));
    if (EXHAUSTIVE) return all;
    const content = clean.operations.length - 1;
    const picked = all.filter(([sync, op]) => sync !== content || op <= 12 || op > clean.operations[content - 1] - 12);
    const random = fc.sample(fc.constantFrom(...all.filter(([sync]) => sync === content)), { numRuns: 25, seed: 42 });
    return [...picked, ...random];
  }

  it("ends with exactly the sheet a clean run writes, and no other sheet changed", async () => {
    expect(clean.operations.length).toBe(4);
    if (process.env.REPORT_FAULTS_LOG) console.log(`operations per sync: ${clean.operations.join(", ")}`);
    const tried = points();
    for (const [sync, operation] of tried) {
      const { before, after } = await faultedThenRerun(existing, sync, operation);
      expect([sync, operation, reportOf(after)]).toEqual([sync, operation, reportOf(clean.snapshot)]);
      expect([sync, operation, others(after)]).toEqual([sync, operation, others(before)]);
    }
    expect(tried.length).toBeGreaterThan(50);
  });
});

describe("the cosmetic request is guarded", () => {
  it("applies every other step and reports the one that keeps failing, with the figures complete", async () => {
    const clean = seeded();
    await generateReport(clean.run, OPTIONS);
    const sim = seeded();
    // Sync 4 is the cosmetic request; after it fails: 5 reads the charts, 6 removes them, 7 redoes the merges.
    sim.failAtOperation(4, 1);
    sim.failAtOperation(7, 1);
    const result = await generateReport(sim.run, OPTIONS);
    expect(result.notApplied?.map((n) => [n.step, n.what.ko])).toEqual([["merges", "셀 병합"]]);
    const sheet = sim.snapshot().sheets.find((s) => s.name === SHEET)!;
    const expected = clean.snapshot().sheets.find((s) => s.name === SHEET)!;
    expect(sheet.cells).toEqual(expected.cells);
    expect(sheet.merges).toEqual([]);
    expect(withoutIds(sheet.charts)).toEqual(withoutIds(expected.charts));
    expect(sheet.pageLayout).toEqual(expected.pageLayout);
  });
});
