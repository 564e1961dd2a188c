/** What the officer decides about a plan's conflicts, and summaries of a plan. */
import type { CanonicalRow } from "../../validation/normalizeRow";
import type { ConflictChoice, PlannedConflict, SyncPlan } from "./types";

/**
 * The officer's choices: one for every conflict, or per conflict ID in a Map. IDs are data: in a
 * plain object an ID such as "constructor" or "__proto__" found an inherited property and counted
 * as decided (issue 9), so a per-ID choice is only ever read from a Map.
 */
export type ConflictChoices = ConflictChoice | ReadonlyMap<string, ConflictChoice>;

function choiceFor(choices: ConflictChoices, id: string): ConflictChoice | undefined {
  return typeof choices === "string" ? choices : choices.get(id);
}

/**
 * Turns the officer's decisions into updates, inserts or unchanged rows. Every
 * conflict needs a decision: an undecided one stays a conflict, and the adapter
 * refuses to apply a plan that still has conflicts.
 */
export function resolveConflicts(plan: SyncPlan, choices: ConflictChoices): SyncPlan {
  const inserts = [...plan.inserts];
  const updates = [...plan.updates];
  const unchanged = [...plan.unchanged];
  const conflicts: PlannedConflict[] = [];
  for (const conflict of plan.conflicts) {
    const choice = choiceFor(choices, conflict.id);
    if (choice !== "keepSheet" && choice !== "takeIncoming" && choice !== "trustSource") {
      conflicts.push(conflict);
      continue;
    }
    if (choice === "keepSheet") {
      unchanged.push({
        id: conflict.id,
        position: conflict.position,
        sourceRow: conflict.sourceRow,
        reason: "keptSheet",
        originKey: conflict.originKey,
        record: conflict.keepRecord,
      });
      continue;
    }
    // Trusting the source takes its row and remembers the source as authoritative for it.
    const record = choice === "trustSource" ? { ...conflict.takeRecord, authority: plan.sourceIdentity } : conflict.takeRecord;
    if (conflict.kind === "deletedInSheet") {
      inserts.push({
        id: conflict.id,
        sourceRow: conflict.sourceRow,
        cells: conflict.cells as CanonicalRow,
        generatedId: false,
        originKey: conflict.originKey,
        record,
        warnings: conflict.warnings,
      });
    } else {
      updates.push({
        id: conflict.id,
        position: conflict.position!,
        sourceRow: conflict.sourceRow,
        before: conflict.before!,
        cells: conflict.cells,
        diffs: conflict.diffs,
        originKey: conflict.originKey,
        record,
        warnings: conflict.warnings,
      });
    }
  }
  updates.sort((a, b) => a.position - b.position);
  inserts.sort((a, b) => a.sourceRow - b.sourceRow);
  return { ...plan, inserts, updates, unchanged, conflicts };
}

export interface PlanCounts {
  readonly inserts: number;
  readonly updates: number;
  readonly unchanged: number;
  readonly conflicts: number;
  readonly rejected: number;
}

export function planCounts(plan: SyncPlan): PlanCounts {
  return {
    inserts: plan.inserts.length,
    updates: plan.updates.length,
    unchanged: plan.unchanged.length,
    conflicts: plan.conflicts.length,
    rejected: plan.rejected.length,
  };
}

/** True when applying would write nothing to the table and no last-sync record. */
export function planIsEmpty(plan: SyncPlan): boolean {
  return plan.inserts.length === 0 && plan.updates.length === 0 && plan.conflicts.length === 0 && plan.unchanged.every((u) => u.record === null && u.originKey === null);
}
