/**
 * One progress record as the task pane adds it, and the records of one commitment as the pane
 * shows them: pure "state in, result out" steps the adapter (taskpane/host/progress.ts) runs.
 */
import { parseAmount } from "../money";
import {
  PROGRESS_KINDS,
  isBlank,
  matchEnum,
  nextProgressId,
  normalizeCurrency,
  resolveProgressHeaders,
  toDateSerial,
  type Language,
  type ProgressColumnKey,
  type ProgressKindValue,
} from "../schema";
import { progressAmountKrwFormula } from "../schema/progressFormulas";
import { toCellInput } from "../sync/neutralise";
import { checkProgressCommitment, commitmentIndex } from "./commitmentCheck";
import type { LocalizedMessage } from "../validation";
import { MAX_CELL_TEXT } from "../validation/normalizeCells";

/** What the officer typed: ISO date, kind value, money text ("5만불"), jobs and evidence as text. */
export interface ProgressDraft {
  readonly commitmentId: string;
  readonly date: string;
  readonly kind: string;
  readonly amount: string;
  /** A currency chosen apart from the amount text (code or word), or "". */
  readonly currency: string;
  readonly jobs: string;
  readonly evidence: string;
  readonly notes: string;
}

export type ProgressField = "commitmentId" | "date" | "kind" | "amount" | "jobs" | "evidence" | "notes";

export interface ProgressProblem {
  readonly field: ProgressField;
  /** Errors stop the save; warnings are shown and saved through. */
  readonly severity: "error" | "warning";
  readonly message: LocalizedMessage;
}

/** The Commitments cells the entry checks against, one entry per body row. */
export interface CommitmentsSnapshot {
  readonly headers: readonly unknown[];
  readonly rows: readonly (readonly unknown[])[];
}

export interface ProgressTableSnapshot {
  readonly headers: readonly unknown[];
  readonly rows: readonly (readonly unknown[])[];
}

export interface PlannedProgressRow {
  readonly progressId: string;
  /** Full table width, in the Progress table's column order; Amount (KRW) is its formula. */
  readonly cells: readonly (string | number)[];
  /** Fill this blank body row (a new table's placeholder) instead of adding one; null to add. */
  readonly fillRow: number | null;
  readonly warnings: readonly ProgressProblem[];
}

export class ProgressEntryRejected extends Error {
  readonly problems: readonly ProgressProblem[];
  constructor(problems: readonly ProgressProblem[]) {
    super(problems.map((p) => p.message.en).join(" "));
    this.name = "ProgressEntryRejected";
    this.problems = problems;
  }
}

interface CheckedDraft {
  readonly date: number | null;
  readonly kind: ProgressKindValue | null;
  readonly amount: number | null;
  readonly currency: string | null;
  readonly jobs: number | null;
  readonly problems: ProgressProblem[];
}

/** Checks the typed fields on their own (no workbook needed): what the form shows as it is typed. */
export function checkDraft(draft: ProgressDraft): CheckedDraft {
  const problems: ProgressProblem[] = [];
  const error = (field: ProgressField, ko: string, en: string) => problems.push({ field, severity: "error", message: { ko, en } });

  let date: number | null = null;
  if (isBlank(draft.date)) error("date", "실적일을 입력하세요.", "Enter the date of the progress.");
  else {
    try {
      date = toDateSerial(draft.date);
    } catch {
      error("date", `"${draft.date}"은(는) 날짜가 아닙니다. 2019-12-05처럼 쓰세요.`, `"${draft.date}" is not a date. Write it like 2019-12-05.`);
    }
  }

  const kindOption = isBlank(draft.kind) ? null : (PROGRESS_KINDS.find((k) => k.value === draft.kind) ?? matchEnum(PROGRESS_KINDS, draft.kind));
  if (!kindOption) {
    error("kind", `실적구분을 고르세요: ${PROGRESS_KINDS.map((k) => k.ko).join(", ")}.`, `Choose a kind: ${PROGRESS_KINDS.map((k) => k.en).join(", ")}.`);
  }

  let amount: number | null = null;
  let currency: string | null = null;
  if (!isBlank(draft.amount)) {
    try {
      const parsed = parseAmount(draft.amount);
      amount = parsed.amount;
      const chosen = isBlank(draft.currency) ? null : normalizeCurrency(draft.currency);
      if (!isBlank(draft.currency) && !chosen) error("amount", `"${draft.currency}"은(는) 통화가 아닙니다.`, `"${draft.currency}" is not a currency.`);
      if (parsed.currency && chosen && parsed.currency !== chosen) {
        error("amount", `"${draft.amount}"은(는) ${parsed.currency}인데 통화는 ${chosen}입니다.`, `"${draft.amount}" is in ${parsed.currency}, but the currency says ${chosen}.`);
      }
      currency = parsed.currency ?? chosen;
      if (amount < 0) error("amount", "금액은 0 이상이어야 합니다.", "The amount cannot be negative.");
      else if (amount > 0 && !currency) {
        error("amount", `"${draft.amount}"에 통화가 없습니다. "5만불", "3억 원"처럼 통화를 함께 쓰세요.`, `"${draft.amount}" names no currency. Write it like "5만불", "$50,000" or "3억 원".`);
      }
    } catch (caught) {
      const reason = caught instanceof Error ? caught.message : String(caught);
      error("amount", `"${draft.amount}"을(를) 금액으로 읽을 수 없습니다. ${reason}`, `"${draft.amount}" is not an amount. ${reason}`);
    }
  }

  let jobs: number | null = null;
  if (!isBlank(draft.jobs)) {
    const value = Number(draft.jobs.replace(/,/g, "").trim());
    if (!Number.isInteger(value) || value < 0) error("jobs", `일자리는 0 이상의 정수입니다: "${draft.jobs}".`, `Jobs is a whole number of 0 or more, not "${draft.jobs}".`);
    else jobs = value;
  }
  if (amount === null && jobs === null && isBlank(draft.evidence) && isBlank(draft.notes)) {
    error("amount", "금액, 일자리, 증빙 중 하나는 입력하세요.", "Enter an amount, jobs or evidence: a record with none says nothing.");
  }
  for (const field of ["evidence", "notes"] as const) {
    if (draft[field].length > MAX_CELL_TEXT) error(field, `${MAX_CELL_TEXT.toLocaleString()}자를 넘는 글은 셀에 들어가지 않습니다.`, `Text over ${MAX_CELL_TEXT.toLocaleString()} characters does not fit in a cell.`);
  }
  return { date, kind: (kindOption?.value as ProgressKindValue | undefined) ?? null, amount, currency, jobs, problems };
}

const text = (cell: unknown) => String(cell ?? "").trim();

/** The commitment the record belongs to: unknown or cancelled is an error, before Signed a warning (commitmentCheck.ts). */
function checkCommitment(commitments: CommitmentsSnapshot, commitmentId: string, date: number | null): ProgressProblem[] {
  if (commitmentId.trim() === "") return [{ field: "commitmentId", severity: "error", message: { ko: "협약을 먼저 고르세요(표에서 행 선택).", en: "Select a commitment first (a row of the table)." } }];
  return checkProgressCommitment(commitmentIndex([commitments.headers, ...commitments.rows]), commitmentId, date).map((check) => ({
    field: check.column,
    severity: check.severity,
    message: check.message,
  }));
}

/**
 * The row to write for a draft, against the tables as read: the next Progress ID of the
 * commitment, the kind in the table's language, every typed text neutralised (never a formula),
 * and Amount (KRW) as the table's calculated formula. Throws ProgressEntryRejected listing every
 * error.
 */
export function planProgressEntry(draft: ProgressDraft, progress: ProgressTableSnapshot, commitments: CommitmentsSnapshot, now: number): PlannedProgressRow {
  const checked = checkDraft(draft);
  const problems = [...checked.problems, ...checkCommitment(commitments, draft.commitmentId, checked.date)];
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) throw new ProgressEntryRejected(errors);

  const { indexOf, language } = resolveProgressHeaders(progress.headers);
  const missing = (["progressId", "commitmentId", "date", "kind", "amountKrw"] as const).filter((key) => !indexOf.has(key));
  if (missing.length > 0) {
    throw new ProgressEntryRejected([
      {
        field: "commitmentId",
        severity: "error",
        message: { ko: `이행실적 표에 ${missing.join(", ")} 열이 없습니다. '설정' 탭에서 업그레이드하세요.`, en: `The Progress table has no ${missing.join(", ")} column. Upgrade it on the Setup tab.` },
      },
    ]);
  }
  const idIndex = indexOf.get("progressId")!;
  const progressId = nextProgressId(draft.commitmentId.trim(), progress.rows.map((row) => text(row[idIndex])).filter((id) => id !== ""));
  const kind = PROGRESS_KINDS.find((k) => k.value === checked.kind)!;
  const values = new Map<ProgressColumnKey, string | number>([
    ["progressId", toCellInput(progressId) as string],
    ["commitmentId", toCellInput(draft.commitmentId.trim()) as string],
    ["date", checked.date!],
    ["kind", kind[language]],
    ["amount", checked.amount ?? ""],
    ["currency", checked.currency ?? ""],
    ["amountKrw", progressAmountKrwFormula(language)],
    ["jobs", checked.jobs ?? ""],
    ["evidence", toCellInput(draft.evidence.trim()) as string],
    ["notes", toCellInput(draft.notes.trim()) as string],
    ["updated", now],
  ]);
  const byIndex = new Map<number, string | number>();
  for (const [key, value] of values) {
    const index = indexOf.get(key);
    if (index !== undefined) byIndex.set(index, value);
  }
  const cells = progress.headers.map((_, index) => byIndex.get(index) ?? "");
  // A new table's placeholder row (everything blank but the calculated column) is filled, not grown around.
  const fillRow = progress.rows.length === 1 && progress.rows[0].every((cell, index) => index === indexOf.get("amountKrw") || isBlank(cell)) ? 0 : null;
  return { progressId, cells, fillRow, warnings: problems.filter((p) => p.severity === "warning") };
}

/** A progress record as the timeline shows it. */
export interface ProgressRecord {
  readonly progressId: string;
  readonly date: number | null;
  readonly kind: ProgressKindValue | null;
  /** The kind as the cell holds it, for a cell naming no kind. */
  readonly kindText: string;
  readonly amount: number | null;
  readonly currency: string;
  /** Amount (KRW) as Excel computed it; null when blank or unreadable. */
  readonly amountKrw: number | null;
  readonly jobs: number | null;
  readonly evidence: string;
  readonly notes: string;
}

const numberOrNull = (cell: unknown) => (typeof cell === "number" && Number.isFinite(cell) ? cell : null);

/** The records of one commitment, oldest first (undated last), from the Progress table's values. */
export function recordsOf(progress: ProgressTableSnapshot, commitmentId: string): ProgressRecord[] {
  const { indexOf } = resolveProgressHeaders(progress.headers);
  const at = (row: readonly unknown[], key: ProgressColumnKey) => {
    const index = indexOf.get(key);
    return index === undefined ? undefined : row[index];
  };
  const id = commitmentId.trim();
  const records = progress.rows
    .filter((row) => text(at(row, "commitmentId")) === id)
    .map((row): ProgressRecord => {
      let date: number | null = null;
      try {
        date = toDateSerial(at(row, "date"));
      } catch {
        date = null;
      }
      const kindCell = at(row, "kind");
      return {
        progressId: text(at(row, "progressId")),
        date,
        kind: (matchEnum(PROGRESS_KINDS, kindCell)?.value as ProgressKindValue | undefined) ?? null,
        kindText: text(kindCell),
        amount: numberOrNull(at(row, "amount")),
        currency: text(at(row, "currency")),
        amountKrw: numberOrNull(at(row, "amountKrw")),
        jobs: numberOrNull(at(row, "jobs")),
        evidence: text(at(row, "evidence")),
        notes: text(at(row, "notes")),
      };
    });
  return records.sort((a, b) => (a.date ?? Infinity) - (b.date ?? Infinity) || a.progressId.localeCompare(b.progressId));
}

/** The kind's label in a language, or the cell's own text when it names no kind. */
export function kindLabel(record: ProgressRecord, language: Language): string {
  const kind = PROGRESS_KINDS.find((k) => k.value === record.kind);
  return kind ? kind[language] : record.kindText;
}
