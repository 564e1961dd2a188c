import { PROBLEM_CODES, countByCode, type ProblemCode } from "../../../validation";

/** Counts by kind in the panel's fixed order, kinds with no problems left out. */
export function problemCounts(problems: readonly { code: ProblemCode }[]): { code: ProblemCode; count: number }[] {
  const counts = countByCode(problems);
  return PROBLEM_CODES.flatMap((code) => (counts[code] ? [{ code, count: counts[code]! }] : []));
}
