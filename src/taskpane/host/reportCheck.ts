/**
 * Before a report is written, the table is validated and the problems that will
 * make report formulas fail or leave figures out are returned, so the pane can list
 * them, with a click to each cell, before anything is written (issue 11, item 4).
 * The officer may still go on: the sheet's status line then says it is incomplete.
 */
import type { ExcelRun } from "../../office/run";
import type { ColumnKey } from "../../schema";
import { ledgerProblemBreaksReport, type LedgerProblem, type OrphanProgress, type ProblemCode, type TableProblem } from "../../validation";
import { validateWorkbook } from "./validation";

/**
 * Problems a COMMIT function or the lists trip over: a value it cannot read (#VALUE! naming
 * the row), or a missing rate that leaves an amount out of the sums.
 */
const BREAKING_CODES: ReadonlySet<ProblemCode> = new Set(["unknownEnum", "badCountry", "badCurrency", "notNumeric", "badDate", "noFxRate", "rateUnusable"]);

/** Columns the built-in report reads (criteria, pivots, sums, lists). */
const REPORT_COLUMNS: ReadonlySet<ColumnKey> = new Set([
  "id",
  "signed",
  "due",
  "instrument",
  "category",
  "status",
  "partner",
  "country",
  "sector",
  "product",
  "amount",
  "currency",
  "amountKrw",
  "realizedKrw",
  "jobs",
  "owner",
]);

export function breaksReport(problem: Pick<TableProblem, "code" | "column">): boolean {
  return BREAKING_CODES.has(problem.code) && REPORT_COLUMNS.has(problem.column);
}

export interface ReportCheck {
  readonly problems: readonly TableProblem[];
  /** The 1-based sheet row of body row 0, so the pane names sheet rows. */
  readonly firstSheetRow: number;
  readonly rowCount: number;
  /**
   * Progress records whose Commitment ID is in no Commitments row: COMMIT.REALIZED and
   * PROGRESSPIVOT are #VALUE! naming them, so the report's progress block would fail.
   */
  readonly progressOrphans?: readonly OrphanProgress[];
  /** Progress rows whose own cells make COMMIT.REALIZED #VALUE! (no date, no commitment, an amount without a rate). */
  readonly progressLedger?: readonly LedgerProblem[];
}

/** Validates the table and keeps the problems that affect the report (reads the table in blocks). */
export async function checkBeforeReport(run: ExcelRun): Promise<ReportCheck> {
  const report = await validateWorkbook(run);
  return {
    problems: report.problems.filter(breaksReport),
    firstSheetRow: report.firstSheetRow,
    rowCount: report.rowCount,
    progressOrphans: report.progressOrphans ?? [],
    progressLedger: (report.progressLedger ?? []).filter(ledgerProblemBreaksReport),
  };
}
