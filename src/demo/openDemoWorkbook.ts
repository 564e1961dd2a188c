/**
 * Builds the demo's simulated workbook: the one saved in this browser if there
 * is a readable one, otherwise a fresh copy of the seed workbook.
 */
import { ExcelSimulator } from "../simulator";
import { loadDemoSnapshot } from "./demoStorage";
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
      return { sim: ExcelSimulator.fromSnapshot(saved.snapshot), restoredFrom: saved.savedAt, problem: null };
    } catch (error) {
      problem = `saved demo could not be opened (${error instanceof Error ? error.message : String(error)})`;
    }
  }
  const sim = new ExcelSimulator();
  await writeSeedWorkbook(sim.run, "ko");
  return { sim, restoredFrom: null, problem };
}
