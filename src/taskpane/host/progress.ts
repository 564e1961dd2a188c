/**
 * Progress adapter: reads one commitment's records for the timeline (1 sync) and adds a record
 * (2 syncs: read both tables, then write the row and read back the table's row count in the same
 * request). The deciding is in src/progress/progressEntry.ts.
 */
import type { ExcelRun } from "../../office/run";
import { PROGRESS_TABLE_NAME, TABLE_NAME, timestampToSerialKst } from "../../schema";
import { ProgressEntryRejected, planProgressEntry, recordsOf, type ProgressDraft, type ProgressProblem, type ProgressRecord } from "../../progress/progressEntry";
import { LocalizedError, isItemNotFound } from "./LocalizedError";

export type { ProgressDraft, ProgressRecord, ProgressProblem };

const NO_PROGRESS_TABLE = {
  ko: "이 통합 문서에는 이행실적 표(Progress)가 없습니다. '설정' 탭에서 업그레이드하세요.",
  en: "This workbook has no Progress table. Upgrade it on the Setup tab.",
};

/** A rejected record: every problem, for the form to show beside its fields. */
export class ProgressRejectedError extends LocalizedError {
  readonly problems: readonly ProgressProblem[];
  constructor(problems: readonly ProgressProblem[]) {
    super({ ko: problems.map((p) => p.message.ko).join(" "), en: problems.map((p) => p.message.en).join(" ") });
    this.problems = problems;
  }
}

async function withProgressTable<T>(batch: () => Promise<T>): Promise<T> {
  try {
    return await batch();
  } catch (error) {
    if (isItemNotFound(error)) throw new LocalizedError(NO_PROGRESS_TABLE, { cause: error });
    throw error;
  }
}

/** The records of one commitment, oldest first (1 sync). */
export async function readProgress(run: ExcelRun, commitmentId: string): Promise<ProgressRecord[]> {
  return run((context) =>
    withProgressTable(async () => {
      const table = context.workbook.tables.getItem(PROGRESS_TABLE_NAME);
      const header = table.getHeaderRowRange().load("values");
      const body = table.getDataBodyRange().load("values");
      await context.sync();
      return recordsOf({ headers: header.values[0], rows: body.values }, commitmentId);
    }),
  );
}

export interface AddedProgress {
  readonly progressId: string;
  readonly warnings: readonly ProgressProblem[];
}

/**
 * Adds one record. Sync 1 reads both tables; sync 2 writes the row (into a new table's blank
 * placeholder row, else with rows.add, never by writing below the table) and, in the same
 * request, reads the row count back: a table that did not grow is reported, not assumed.
 */
export async function addProgress(run: ExcelRun, draft: ProgressDraft, now: number = Date.now()): Promise<AddedProgress> {
  return run((context) =>
    withProgressTable(async () => {
      const progress = context.workbook.tables.getItem(PROGRESS_TABLE_NAME);
      const progressHeader = progress.getHeaderRowRange().load("values");
      const progressBody = progress.getDataBodyRange().load("values");
      const commitments = context.workbook.tables.getItem(TABLE_NAME);
      const commitmentsHeader = commitments.getHeaderRowRange().load("values");
      const commitmentsBody = commitments.getDataBodyRange().load("values");
      await context.sync();

      let plan;
      try {
        plan = planProgressEntry(
          draft,
          { headers: progressHeader.values[0], rows: progressBody.values },
          { headers: commitmentsHeader.values[0], rows: commitmentsBody.values },
          timestampToSerialKst(now),
        );
      } catch (error) {
        if (error instanceof ProgressEntryRejected) throw new ProgressRejectedError(error.problems);
        throw error;
      }
      const before = progressBody.values.length;
      if (plan.fillRow !== null) progress.getDataBodyRange().getRow(plan.fillRow).formulas = [plan.cells.slice()];
      else progress.rows.add(undefined, [plan.cells.slice()]);
      const after = progress.getDataBodyRange().load("rowCount");
      await context.sync();
      const expected = plan.fillRow !== null ? before : before + 1;
      if (after.rowCount !== expected) {
        throw new LocalizedError({
          ko: `이행실적 표의 행 수가 ${expected}이어야 하는데 ${after.rowCount}입니다. 표를 확인하세요(${plan.progressId}).`,
          en: `The Progress table should have ${expected} rows after adding ${plan.progressId}, but has ${after.rowCount}. Check the table.`,
        });
      }
      return { progressId: plan.progressId, warnings: plan.warnings };
    }),
  );
}
