/**
 * Progress adapter: reads one commitment's records for the timeline with its Realized (KRW) and
 * Jobs created cells (1 sync while the Progress table has at most 500 rows), and adds a record
 * (2 syncs: read both tables, then write the row and read back the table's row count in the same
 * request). Tables are read in blocks under Excel on the web's 5 MB response cap (tableReads.ts):
 * about 50,000 progress records pass it. The deciding is in src/progress/progressEntry.ts.
 */
import type { ExcelRun } from "../../office/run";
import { PROGRESS_TABLE_NAME, TABLE_NAME, resolveHeaders, timestampToSerialKst } from "../../schema";
import { ProgressEntryRejected, planProgressEntry, recordsOf, type ProgressDraft, type ProgressProblem, type ProgressRecord } from "../../progress/progressEntry";
import type { CellValue } from "../../validation";
import { LocalizedError, isItemNotFound } from "./LocalizedError";
import { readRowsInBlocks, readTablesValues, type BlockReadOptions } from "./tableReads";

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

/** What the Progress ledger sums into the commitment's row (schema 2's SUMIFS columns), as the sheet computed it. */
export interface CommitmentTotals {
  readonly realizedKrw: CellValue;
  readonly jobsCreated: CellValue;
}

export interface ProgressView {
  /** The commitment's records, oldest first. */
  readonly records: ProgressRecord[];
  /** Its Realized (KRW) and Jobs created cells; null when no Commitments row has its ID. */
  readonly totals: CommitmentTotals | null;
}

function cellValue(value: unknown): CellValue {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : null;
}

function totalsOf(indexOf: Partial<Record<"realizedKrw" | "jobsCreated", number>>, row: readonly unknown[]): CommitmentTotals {
  return {
    realizedKrw: indexOf.realizedKrw === undefined ? null : cellValue(row[indexOf.realizedKrw]),
    jobsCreated: indexOf.jobsCreated === undefined ? null : cellValue(row[indexOf.jobsCreated]),
  };
}

const sameId = (cell: unknown, id: string) => (typeof cell === "string" || typeof cell === "number") && String(cell).trim() === id;

/**
 * The records of one commitment, oldest first, and its row's Realized (KRW) and Jobs created
 * cells, read after a record is added so the form and the bar show the sheet's new total.
 * `rowIndex` (the body row the pane loaded) lets the row ride in the Progress read's first
 * request: 1 sync up to 500 progress records. If that row no longer holds the ID (rows were
 * sorted or deleted since), the ID column is searched in blocks.
 */
export async function readProgress(run: ExcelRun, commitmentId: string, rowIndex?: number, options: BlockReadOptions = {}): Promise<ProgressView> {
  return run((context) =>
    withProgressTable(async () => {
      const progress = context.workbook.tables.getItem(PROGRESS_TABLE_NAME);
      const commitments = context.workbook.tables.getItem(TABLE_NAME);
      let header: Excel.Range | null = null;
      let body: Excel.Range | null = null;
      let hinted: Excel.Range | null = null;
      const [values] = await readTablesValues(
        context,
        [progress],
        () => {
          header = commitments.getHeaderRowRange().load("values");
          body = commitments.getDataBodyRange().load("rowCount");
          // The loaded row, clipped to the body: a row index past the end reads as a null object, not an error.
          hinted =
            rowIndex === undefined || rowIndex < 0 || !Number.isInteger(rowIndex)
              ? null
              : commitments.getDataBodyRange().getRow(0).getOffsetRange(rowIndex, 0).getIntersectionOrNullObject(commitments.getDataBodyRange()).load("values");
        },
        options,
      );
      const records = recordsOf({ headers: values[0], rows: values.slice(1) }, commitmentId);
      const headerRow = (header as unknown as Excel.Range).values[0];
      const indexOf = resolveHeaders(headerRow).indexOf;
      const idIndex = indexOf.id;
      if (idIndex === undefined) return { records, totals: null };
      const hint = hinted as Excel.Range | null;
      if (hint && !hint.isNullObject && sameId(hint.values[0][idIndex], commitmentId)) return { records, totals: totalsOf(indexOf, hint.values[0]) };
      // The row moved: find the ID, then read that row.
      const rowCount = (body as unknown as Excel.Range).rowCount;
      const ids = await readRowsInBlocks(context, () => commitments.getDataBodyRange().getColumn(idIndex), rowCount, 1, options);
      const found = ids.findIndex((cells) => sameId(cells[0], commitmentId));
      if (found < 0) return { records, totals: null };
      const row = commitments.getDataBodyRange().getRow(found).load("values");
      await context.sync();
      return { records, totals: totalsOf(indexOf, row.values[0]) };
    }),
  );
}

export interface AddedProgress {
  readonly progressId: string;
  readonly warnings: readonly ProgressProblem[];
}

/**
 * Adds one record. Sync 1 reads both tables (more when either passes 500 rows: tableReads.ts);
 * sync 2 writes the row (into a new table's blank placeholder row, else with rows.add, never by
 * writing below the table) and, in the same request, reads the row count back: a table that did
 * not grow is reported, not assumed.
 */
export async function addProgress(run: ExcelRun, draft: ProgressDraft, now: number = Date.now()): Promise<AddedProgress> {
  return run((context) =>
    withProgressTable(async () => {
      const progress = context.workbook.tables.getItem(PROGRESS_TABLE_NAME);
      const commitments = context.workbook.tables.getItem(TABLE_NAME);
      // Both tables in one request while they are short; longer ones in blocks under the 5 MB cap.
      const [progressValues, commitmentValues] = await readTablesValues(context, [progress, commitments]);
      const progressRows = progressValues.slice(1);

      let plan;
      try {
        plan = planProgressEntry(
          draft,
          { headers: progressValues[0], rows: progressRows },
          { headers: commitmentValues[0], rows: commitmentValues.slice(1) },
          timestampToSerialKst(now),
        );
      } catch (error) {
        if (error instanceof ProgressEntryRejected) throw new ProgressRejectedError(error.problems);
        throw error;
      }
      const before = progressRows.length;
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
