/**
 * Saves the simulated workbook to localStorage after it changes. Saves are
 * coalesced (a chunked import syncs many times in a row) and flushed when the
 * page is hidden or unloaded, so a reload right after an edit keeps it.
 */
import type { ExcelSimulator } from "../simulator";
import { saveDemoSnapshot } from "./demoStorage";

const SAVE_DELAY_MS = 250;

/** The page events that mean "save now": the window in the browser, a stand-in in tests. */
export interface PageLifecycle {
  addEventListener(type: "pagehide" | "beforeunload", listener: () => void): void;
  removeEventListener(type: "pagehide" | "beforeunload", listener: () => void): void;
}

export interface DemoSaver {
  /** Writes any pending change now. */
  flush(): void;
  /** Stops saving (Reset uses it so the old state is not written back). */
  stop(): void;
}

export function keepDemoSaved(
  sim: ExcelSimulator,
  storage: Storage,
  onSaveError: (message: string | null) => void,
  target: PageLifecycle = window,
): DemoSaver {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending = false;

  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!pending) return;
    pending = false;
    onSaveError(saveDemoSnapshot(storage, sim.snapshot()));
  };
  const unsubscribe = sim.subscribe(() => {
    pending = true;
    if (timer === null) timer = setTimeout(flush, SAVE_DELAY_MS);
  });
  target.addEventListener("pagehide", flush);
  target.addEventListener("beforeunload", flush);

  return {
    flush,
    stop() {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pending = false;
      target.removeEventListener("pagehide", flush);
      target.removeEventListener("beforeunload", flush);
    },
  };
}
