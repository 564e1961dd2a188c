/**
 * The demo workbook survives a reload: a snapshot of the simulated workbook is
 * kept in localStorage. Failures are reported, never swallowed: a demo that
 * silently forgot a user's edits would teach them not to trust the add-in.
 */
import type { WorkbookSnapshot } from "../simulator";

export const DEMO_STORAGE_KEY = "commitment-tracker-demo";
const FORMAT_VERSION = 1;

interface StoredDemo {
  readonly version: typeof FORMAT_VERSION;
  readonly savedAt: string;
  readonly snapshot: WorkbookSnapshot;
}

export type LoadResult =
  | { readonly kind: "empty" }
  | { readonly kind: "loaded"; readonly snapshot: WorkbookSnapshot; readonly savedAt: string }
  | { readonly kind: "unreadable"; readonly reason: string };

/** The saved demo workbook, if there is a readable one. */
export function loadDemoSnapshot(storage: Storage): LoadResult {
  let text: string | null;
  try {
    text = storage.getItem(DEMO_STORAGE_KEY);
  } catch (error) {
    return { kind: "unreadable", reason: `localStorage is not available (${describe(error)})` };
  }
  if (text === null) return { kind: "empty" };
  try {
    const stored = JSON.parse(text) as Partial<StoredDemo>;
    if (stored.version !== FORMAT_VERSION || !stored.snapshot || typeof stored.savedAt !== "string") {
      return { kind: "unreadable", reason: `saved demo has an unknown format (version ${String(stored.version)})` };
    }
    return { kind: "loaded", snapshot: stored.snapshot, savedAt: stored.savedAt };
  } catch (error) {
    return { kind: "unreadable", reason: `saved demo is not valid JSON (${describe(error)})` };
  }
}

/** Saves the workbook; returns a message when the browser refused (e.g. the quota is full). */
export function saveDemoSnapshot(storage: Storage, snapshot: WorkbookSnapshot, now: Date = new Date()): string | null {
  const stored: StoredDemo = { version: FORMAT_VERSION, savedAt: now.toISOString(), snapshot };
  try {
    storage.setItem(DEMO_STORAGE_KEY, JSON.stringify(stored));
    return null;
  } catch (error) {
    return describe(error);
  }
}

export function clearDemoSnapshot(storage: Storage): void {
  storage.removeItem(DEMO_STORAGE_KEY);
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
