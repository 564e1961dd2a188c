/** The sentence that reports an apply to the officer, from the adapter's result. */
import type { Language } from "../../../schema";
import type { SyncResult } from "../../host/sync";
import { SYNC_STRINGS } from "./syncStrings";

export function resultMessage(result: SyncResult, language: Language): { intent: "success" | "warning" | "error"; text: string } {
  const strings = SYNC_STRINGS[language];
  const extra = result.message ? ` ${result.message[language]}` : "";
  switch (result.outcome) {
    case "completed":
      return { intent: "success", text: strings.resultCompleted(result.inserted, result.updated) + extra };
    case "nothingToDo":
      return { intent: "success", text: strings.resultNothing + extra };
    case "cancelled":
      return { intent: "warning", text: strings.resultCancelled(result.inserted, result.updated, result.chunksDone, result.chunksTotal) + extra };
    case "stale":
    case "failed":
      return { intent: "error", text: `${strings.resultStopped(result.inserted, result.updated, result.chunksDone, result.chunksTotal)}${extra}` };
  }
}
