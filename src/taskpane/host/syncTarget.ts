/**
 * The table a sync writes into, as the host knows it: the Commitments table (약정) or, on a
 * schema-2 workbook, the Progress ledger (이행실적). Everything target-specific the adapters need
 * — the Excel table's name, where its sync records live, how messages name it — in one place.
 */
import { PROGRESS_TABLE_NAME, TABLE_NAME } from "../../schema";
import { stateNamespace } from "../../sync";
import type { LocalizedMessage } from "../../validation";
import { LocalizedError, isItemNotFound, withTable } from "./LocalizedError";

export type SyncTarget = "commitments" | "progress";

export interface SyncTargetInfo {
  readonly target: SyncTarget;
  readonly tableName: string;
  /** The custom XML namespace of the target's sync records. */
  readonly namespace: string;
  readonly label: LocalizedMessage;
}

const TARGETS: ReadonlyMap<SyncTarget, SyncTargetInfo> = new Map<SyncTarget, SyncTargetInfo>([
  ["commitments", { target: "commitments", tableName: TABLE_NAME, namespace: stateNamespace("commitments"), label: { ko: "약정 표", en: "Commitments table" } }],
  ["progress", { target: "progress", tableName: PROGRESS_TABLE_NAME, namespace: stateNamespace("progress"), label: { ko: "이행실적 표", en: "Progress table" } }],
]);

export function syncTarget(target: SyncTarget): SyncTargetInfo {
  return TARGETS.get(target)!;
}

/** Runs a batch on a target's table, turning "no such table" into an explanation naming it. */
export async function withTargetTable<T>(target: SyncTarget, batch: () => Promise<T>): Promise<T> {
  if (target === "commitments") return withTable(batch);
  try {
    return await batch();
  } catch (error) {
    if (isItemNotFound(error)) {
      throw new LocalizedError({ ko: "이행실적 표(Progress)가 없습니다. '설정' 탭에서 업그레이드하세요.", en: "There is no Progress table. Upgrade the workbook on the Setup tab." }, { cause: error });
    }
    throw error;
  }
}
