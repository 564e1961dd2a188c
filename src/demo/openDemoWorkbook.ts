/**
 * Builds the demo's simulated workbook: the one saved in this browser if there
 * is a readable one, otherwise a fresh copy of the seed workbook. Either way the
 * demo's formula engine computes COMMIT.* and Amount (KRW) formulas, as Excel
 * with the add-in loaded would.
 */
import { ExcelSimulator } from "../simulator";
import { loadDemoSnapshot } from "./demoStorage";
import { createDemoFormulaEvaluator } from "./formulaEvaluator";
import { writeSeedWorkbook } from "./writeSeedWorkbook";

export interface DemoWorkbook {
  readonly sim: ExcelSimulator;
  /** When the restored state was saved; null for a fresh seed workbook. */
  readonly restoredFrom: string | null;
  /** Why a saved state could not be used, to tell the user; null when nothing went wrong. */
  readonly problem: string | null;
}

export async function openDemoWorkbook(storage: Storage): Promise<DemoWorkbook> {
  const saved = loadDemoSnapshot(storage);
  let problem: string | null = saved.kind === "unreadable" ? saved.reason : null;
  if (saved.kind === "loaded") {
    try {
      const sim = ExcelSimulator.fromSnapshot(saved.snapshot);
      sim.setFormulaEvaluator(createDemoFormulaEvaluator(sim));
      return { sim, restoredFrom: saved.savedAt, problem: null };
    } catch (error) {
      problem = `saved demo could not be opened (${error instanceof Error ? error.message : String(error)})`;
    }
  }
  const sim = new ExcelSimulator();
  sim.setFormulaEvaluator(createDemoFormulaEvaluator(sim));
  await writeSeedWorkbook(sim.run, "ko");
  return { sim, restoredFrom: null, problem };
}
