/**
 * The Progress ledger's own rows, checked as the Commitments rows are (schema 2): every cell by
 * the shared cell rules (normalizeProgressRow: dates, kinds, Korean money, text limits, required
 * columns, a record that says nothing), plus what only a ledger needs:
 *   - a blank Progress ID: sync cannot recognise the row, so a list that sends the same shipment
 *     again would add it a second time (the message proposes the commitment's next ID);
 *   - a Progress ID on two rows;
 *   - a foreign amount whose Amount (KRW) is blank because FxRates has no rate for it, which
 *     COMMIT.REALIZED refuses rather than count as 0.
 * Rows whose commitment is unknown are progressRules.ts's orphans; cancelled and before-Signed
 * are reported on the commitment's row there.
 */
import { isBlank, nextProgressId, normalizeCurrency, progressColumnSpec, resolveProgressHeaders, type ProgressColumnKey } from "../schema";
import { normalizeProgressRow } from "./normalizeProgressRow";
import type { LocalizedMessage, ProblemCode } from "./problems";

export interface LedgerProblem {
  /** 0-based row of the Progress table's body. */
  readonly progressRow: number;
  /** The row's Progress ID as written ("" when blank). */
  readonly progressId: string;
  readonly column: ProgressColumnKey;
  /** The column's header as it appears in this table. */
  readonly columnLabel: string;
  readonly code: ProblemCode;
  readonly message: LocalizedMessage;
}

/** The codes that make COMMIT.REALIZED (and the report's progress blocks) #VALUE! on the row: the report checks them first. */
export function ledgerProblemBreaksReport(problem: LedgerProblem): boolean {
  if (problem.code === "noFxRate") return true;
  if (problem.column === "date") return problem.code === "required" || problem.code === "badDate";
  if (problem.column === "commitmentId") return problem.code === "required";
  if (problem.column === "amount") return problem.code === "notNumeric";
  return false;
}

const text = (cell: unknown) => (cell === null || cell === undefined ? "" : String(cell).trim());

/** `progress` is header row + body, as Excel returns it. */
export function validateLedger(progress: readonly (readonly unknown[])[]): LedgerProblem[] {
  if (progress.length < 2) return [];
  const header = progress[0];
  const { indexOf, language } = resolveProgressHeaders(header);
  const idIndex = indexOf.get("progressId");
  const problems: LedgerProblem[] = [];
  const labelOf = (key: ProgressColumnKey) => {
    const index = indexOf.get(key);
    return index === undefined ? progressColumnSpec(key)[language] : text(header[index]);
  };
  const add = (progressRow: number, progressId: string, column: ProgressColumnKey, code: ProblemCode, message: LocalizedMessage) =>
    problems.push({ progressRow, progressId, column, columnLabel: labelOf(column), code, message });

  const rowsOfId = new Map<string, number[]>();
  const takenIds: string[] = [];
  for (let r = 1; r < progress.length; r++) {
    const id = idIndex === undefined ? "" : text(progress[r][idIndex]);
    if (id === "") continue;
    takenIds.push(id);
    const rows = rowsOfId.get(id);
    if (rows) rows.push(r - 1);
    else rowsOfId.set(id, [r - 1]);
  }
  // A proposed ID is taken as soon as it is proposed, so two blank rows of one commitment get two.
  const proposed: string[] = [];

  progress.slice(1).forEach((cells, progressRow) => {
    if (cells.every(isBlank)) return;
    const raw: Partial<Record<ProgressColumnKey, unknown>> = {};
    for (const [key, index] of indexOf) raw[key] = cells[index];
    const progressId = text(raw.progressId);
    const { row, problems: cellProblems } = normalizeProgressRow(raw, language);
    for (const problem of cellProblems) {
      if (problem.column === "progressId" && problem.code === "required") continue;
      add(progressRow, progressId, problem.column, problem.code, problem.message);
    }
    if (progressId === "") {
      const commitmentId = text(row.commitmentId);
      const suggestion = commitmentId === "" ? null : nextProgressId(commitmentId, [...takenIds, ...proposed]);
      if (suggestion) proposed.push(suggestion);
      add(progressRow, "", "progressId", "required", {
        ko: `실적번호가 비어 있습니다. 동기화가 이 행을 알아보지 못해 같은 실적을 한 번 더 넣을 수 있습니다.${suggestion ? ` ${suggestion}처럼 넣으세요.` : ""}`,
        en: `The Progress ID is blank, so sync cannot recognise this row and could add the same record again.${suggestion ? ` Fill in e.g. ${suggestion}.` : ""}`,
      });
    }
    const repeats = progressId === "" ? undefined : rowsOfId.get(progressId);
    if (repeats && repeats.length > 1) {
      add(progressRow, progressId, "progressId", "duplicateId", {
        ko: `실적번호 ${progressId}가 이행실적 표에 ${repeats.length}번 있습니다(표의 ${repeats.map((p) => p + 1).join(", ")}번째 행). 하나만 남기거나 번호를 바꾸세요.`,
        en: `Progress ID ${progressId} is on ${repeats.length} rows of the Progress table (body rows ${repeats.map((p) => p + 1).join(", ")}). Keep one, or renumber.`,
      });
    }
    // A foreign amount the native Amount (KRW) could not convert: REALIZED refuses it rather than count 0.
    const krwIndex = indexOf.get("amountKrw");
    const code = typeof row.currency === "string" ? normalizeCurrency(row.currency) : null;
    if (krwIndex !== undefined && typeof row.amount === "number" && row.amount !== 0 && code !== null && code !== "KRW" && isBlank(cells[krwIndex])) {
      add(progressRow, progressId, "amountKrw", "noFxRate", {
        ko: `${code} 금액의 원화환산액이 비어 있습니다. 환율 표(FxRates)에 ${code} 환율을 넣으세요. 그때까지 COMMIT.REALIZED와 보고서의 실적 블록이 #VALUE!입니다.`,
        en: `Amount (KRW) is blank for this ${code} amount. Add a ${code} rate to FxRates; until then COMMIT.REALIZED and the report's progress blocks show #VALUE!.`,
      });
    }
  });
  return problems;
}
