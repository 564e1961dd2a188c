/**
 * The sentence that reports an apply to the officer, from the adapter's result.
 * A sync that stopped says the cause first and the recovery second: what went
 * wrong is what the officer needs to act on; how much was applied comes after.
 */
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
    case "failed": {
      const cause = result.message ? result.message[language] : strings.stoppedCause;
      const recovery =
        result.chunksDone === 0 && result.inserted === 0 && result.updated === 0
          ? strings.stoppedNothingApplied
          : strings.stoppedPartly(result.inserted, result.updated, result.chunksDone, result.chunksTotal);
      return { intent: "error", text: `${cause} ${recovery}` };
    }
  }
}
