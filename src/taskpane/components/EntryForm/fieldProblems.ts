import type { ColumnKey, Language } from "../../../schema";
import { normalizeRow } from "../../../validation";
import type { FieldProblem } from "../../../validation";
import { draftToRaw, type Draft } from "./draft";
import type { CellValue } from "../../../validation";

/**
 * Problems that stop a save. A blank ID is fine (one is generated), and Realized over
 * Amount (KRW) is only a warning here: Amount (KRW) is recalculated by Excel after saving.
 */
export function isBlocking(problem: FieldProblem): boolean {
  return !(problem.column === "id" && problem.code === "required") && problem.code !== "realizedOverAmount";
}

/** The form's problems, via the same normalisation the table and sync use. */
export function draftProblems(draft: Draft, loaded: Partial<Record<ColumnKey, CellValue>> | null, language: Language): FieldProblem[] {
  return normalizeRow(draftToRaw(draft, loaded), language).problems.filter((p) => !(p.column === "id" && p.code === "required"));
}

/** First message per field, in the pane's language. */
export function messagesByField(problems: readonly FieldProblem[], language: Language): Partial<Record<ColumnKey, string>> {
  const messages: Partial<Record<ColumnKey, string>> = {};
  for (const problem of problems) messages[problem.column] ??= problem.message[language];
  return messages;
}
