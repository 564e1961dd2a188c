/**
 * What the schema-2 upgrade carried over: each commitment's typed Realized (KRW), moved into one
 * opening Progress row (Notes 이월 · carried over, Amount in KRW). Sync records written before the
 * upgrade fingerprinted that value, so the planner needs it to keep them valid (PlanOptions.carriedOver).
 */
import { CARRIED_OVER_NOTE, resolveProgressHeaders } from "../schema";

/** Carried-over amounts by Commitment ID, from the Progress table (header row first). Empty when it has none. */
export function carriedOverFromProgress(progress: readonly (readonly unknown[])[]): Map<string, number> {
  const carried = new Map<string, number>();
  if (progress.length === 0) return carried;
  let indexOf: ReadonlyMap<string, number>;
  try {
    indexOf = resolveProgressHeaders(progress[0]).indexOf;
  } catch {
    // Two headers for one column: which is the amount is unknown, so nothing is assumed (the sheet's value stands in).
    return carried;
  }
  const idIndex = indexOf.get("commitmentId");
  const amountIndex = indexOf.get("amount");
  const notesIndex = indexOf.get("notes");
  if (idIndex === undefined || amountIndex === undefined || notesIndex === undefined) return carried;
  for (let r = 1; r < progress.length; r++) {
    const row = progress[r];
    if (String(row[notesIndex] ?? "").trim() !== CARRIED_OVER_NOTE) continue;
    const id = String(row[idIndex] ?? "").trim();
    const amount = row[amountIndex];
    if (id === "" || typeof amount !== "number") continue;
    carried.set(id, (carried.get(id) ?? 0) + amount);
  }
  return carried;
}
