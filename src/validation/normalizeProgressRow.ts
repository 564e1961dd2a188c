/**
 * One Progress (이행실적) row, as imported, turned into what the Progress table stores: the same
 * cell rules as a commitment row (normalizeCells: dates, enums, Korean money notation, text
 * limits), Progress's own columns, and the checks a ledger row needs on its own. Whether its
 * commitment exists is the workbook's business (sync's Progress table spec checks it).
 */
import { PROGRESS_COLUMNS, type ProgressColumnKey } from "../schema/progress";
import type { Language } from "../schema/columns";
import { isBlank } from "../schema/text";
import { checkRequired, normalizeCells, reconcileAmountCurrency, type CellSpec, type CellValue } from "./normalizeCells";
import type { FieldProblem } from "./problems";

export type ProgressRow = Record<ProgressColumnKey, CellValue>;

const SPECS: readonly CellSpec<ProgressColumnKey>[] = PROGRESS_COLUMNS;
const REQUIRED: readonly CellSpec<ProgressColumnKey>[] = SPECS.filter((spec) => spec.required);
const BLANK_ROW: Readonly<ProgressRow> = Object.fromEntries(SPECS.map((spec) => [spec.key, ""])) as ProgressRow;

export function normalizeProgressRow(
  raw: Readonly<Partial<Record<ProgressColumnKey, unknown>>>,
  language: Language,
): { row: ProgressRow; problems: FieldProblem<ProgressColumnKey>[] } {
  const row: ProgressRow = { ...BLANK_ROW };
  const problems: FieldProblem<ProgressColumnKey>[] = [];
  const amountCurrency = normalizeCells(SPECS, raw, language, row, problems);
  reconcileAmountCurrency<ProgressColumnKey>(row, raw, amountCurrency, problems);
  checkRequired(row, problems, REQUIRED);
  // A record of nothing (no amount, jobs, evidence or notes) says nothing, and would still count as
  // progress against "past due with no progress". The entry form refuses it the same way.
  if (isBlank(row.amount) && isBlank(row.jobs) && isBlank(row.evidence) && isBlank(row.notes) && isBlank(raw.amountKrw)) {
    problems.push({
      column: "amount",
      code: "emptyProgress",
      message: {
        ko: "금액, 일자리, 증빙, 비고가 모두 비어 있습니다. 적어도 하나는 있어야 실적입니다.",
        en: "Amount, Jobs, Evidence and Notes are all blank: a progress record needs at least one.",
      },
    });
  }
  return { row, problems };
}
