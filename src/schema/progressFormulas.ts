/**
 * The native formulas of schema version 2. Progress Amount (KRW) is the same conversion as
 * Commitments' Amount (KRW) (one builder, amountKrwFormulaFor), cut off at the progress Date
 * instead of Signed. Commitments' Realized (KRW) and Jobs created are SUMIFS over Progress by
 * Commitment ID: SUMIFS exists in every Excel since 2007 and skips text (a blank "" Amount (KRW)).
 */
import { columnLabel, FX_TABLE_NAME, type Language } from "./columns";
import { amountKrwFormulaFor, fxColumnLabel, thisRow, wholeColumn } from "./formulas";
import { PROGRESS_TABLE_NAME, progressColumnLabel } from "./progress";

/** Header names the Progress Amount (KRW) formula refers to. */
export interface ProgressAmountKrwColumns {
  readonly amount: string;
  readonly currency: string;
  readonly date: string;
  readonly fxTable: string;
  readonly fxCurrency: string;
  readonly fxKrwPerUnit: string;
  readonly fxPer: string;
  readonly fxAsOf: string;
}

export function progressAmountKrwFormulaFor(columns: ProgressAmountKrwColumns): string {
  // The Commitments builder's "signed" is only the row's cut-off date column.
  return amountKrwFormulaFor({ ...columns, signed: columns.date });
}

/** Progress Amount (KRW) for a Progress table whose headers are the schema labels in `language`. */
export function progressAmountKrwFormula(language: Language): string {
  return progressAmountKrwFormulaFor({
    amount: progressColumnLabel("amount", language),
    currency: progressColumnLabel("currency", language),
    date: progressColumnLabel("date", language),
    fxTable: FX_TABLE_NAME,
    fxCurrency: fxColumnLabel("currency", language),
    fxKrwPerUnit: fxColumnLabel("krwPerUnit", language),
    fxPer: fxColumnLabel("per", language),
    fxAsOf: fxColumnLabel("asOf", language),
  });
}

/** Header names of a SUMIFS over Progress: the summed Progress column, its Commitment ID, and this row's ID. */
export interface ProgressSumColumns {
  readonly progressTable: string;
  readonly sumColumn: string;
  readonly progressCommitmentId: string;
  readonly commitmentId: string;
}

/** `=SUMIFS(Progress[원화환산액],Progress[관리번호],[@관리번호])`: 0 for a commitment with no progress. */
export function progressSumFormulaFor(columns: ProgressSumColumns): string {
  return `=SUMIFS(${wholeColumn(columns.progressTable, columns.sumColumn)},${wholeColumn(columns.progressTable, columns.progressCommitmentId)},${thisRow(columns.commitmentId)})`;
}

export interface CommitmentProgressFormulas {
  readonly realizedKrw: string;
  readonly jobsCreated: string;
}

/**
 * Realized (KRW) and Jobs created for a Commitments table whose ID header is `commitmentId`,
 * over a Progress table with headers in `progressLanguage`.
 */
export function commitmentProgressFormulasFor(commitmentId: string, progressLanguage: Language): CommitmentProgressFormulas {
  const base = {
    progressTable: PROGRESS_TABLE_NAME,
    progressCommitmentId: progressColumnLabel("commitmentId", progressLanguage),
    commitmentId,
  };
  return {
    realizedKrw: progressSumFormulaFor({ ...base, sumColumn: progressColumnLabel("amountKrw", progressLanguage) }),
    jobsCreated: progressSumFormulaFor({ ...base, sumColumn: progressColumnLabel("jobs", progressLanguage) }),
  };
}

/** The formulas for tables set up in `language` (both tables share it). */
export function commitmentProgressFormulas(language: Language): CommitmentProgressFormulas {
  return commitmentProgressFormulasFor(columnLabel("id", language), language);
}
