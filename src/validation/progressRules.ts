/**
 * Schema 2's validation rules over the Progress table, reported on the commitment's row (where
 * the officer fixes them): progress for a cancelled commitment, progress dated before Signed,
 * and commitments past Due with no progress at all. Progress whose Commitment ID is in no row
 * is listed apart (there is no commitment row to point at). Realized above committed is the
 * row rule realizedOverAmount, which reads the SUMIFS result like any other Realized value.
 */
import { STATUSES, isBlank, matchEnum, resolveHeaders, resolveProgressHeaders, serialToIso, toDateSerial, type ColumnKey } from "../schema";
import type { LocalizedMessage } from "./problems";
import type { TableProblem } from "./validateTable";

export interface OrphanProgress {
  /** 0-based row of the Progress body. */
  readonly progressRow: number;
  readonly progressId: string;
  readonly commitmentId: string;
  readonly message: LocalizedMessage;
}

export interface ProgressValidation {
  readonly problems: TableProblem[];
  readonly orphans: OrphanProgress[];
}

const CLOSED = new Set(["completed", "cancelled", "lapsed"]);

/**
 * The problem codes only the Progress ledger reports (validateTable never does): this module's,
 * and the two that reject a progress row at import (normalizeProgressRow, sync's Progress table;
 * here an unknown commitment is an orphan).
 */
export const PROGRESS_PROBLEM_CODES: readonly TableProblem["code"][] = ["progressForCancelled", "progressBeforeSigned", "pastDueNoProgress", "unknownCommitment", "emptyProgress"];

function serial(cell: unknown): number | null {
  try {
    return toDateSerial(cell);
  } catch {
    return null;
  }
}

/**
 * `commitments` and `progress` are header row + body, as Excel returns them; `today` is an Excel
 * serial. Unreadable cells are left to the row rules (validateTable), which already name them.
 */
export function validateProgress(commitments: readonly (readonly unknown[])[], progress: readonly (readonly unknown[])[], today: number): ProgressValidation {
  const problems: TableProblem[] = [];
  const orphans: OrphanProgress[] = [];
  if (commitments.length === 0 || progress.length === 0) return { problems, orphans };
  const header = commitments[0];
  const c = resolveHeaders(header).indexOf;
  const p = resolveProgressHeaders(progress[0]).indexOf;
  const pId = p.get("commitmentId");
  if (c.id === undefined || pId === undefined) return { problems, orphans };

  const rowOf = new Map<string, number>();
  commitments.slice(1).forEach((cells, rowIndex) => {
    const id = String(cells[c.id!] ?? "").trim();
    if (id !== "" && !rowOf.has(id)) rowOf.set(id, rowIndex);
  });
  const label = (key: ColumnKey) => String(header[c[key] ?? c.id!] ?? key);
  const add = (rowIndex: number, column: ColumnKey, code: TableProblem["code"], message: LocalizedMessage) => {
    const id = String(commitments[rowIndex + 1][c.id!] ?? "").trim();
    problems.push({ rowIndex, id, column: c[column] === undefined ? "id" : column, columnLabel: label(column), code, message });
  };

  const withProgress = new Set<string>();
  const reported = new Set<string>();
  progress.slice(1).forEach((cells, progressRow) => {
    const commitmentId = String(cells[pId] ?? "").trim();
    if (commitmentId === "") return;
    const progressId = String(cells[p.get("progressId") ?? pId] ?? "").trim();
    const rowIndex = rowOf.get(commitmentId);
    if (rowIndex === undefined) {
      orphans.push({
        progressRow,
        progressId,
        commitmentId,
        message: {
          ko: `이행실적 ${progressId}의 관리번호 ${commitmentId}인 협약이 약정 표에 없습니다. 번호를 고치거나 협약을 추가하세요.`,
          en: `Progress ${progressId} belongs to commitment ${commitmentId}, which is not in the Commitments table. Correct the ID or add the commitment.`,
        },
      });
      return;
    }
    withProgress.add(commitmentId);
    const row = commitments[rowIndex + 1];
    const status = c.status === undefined ? null : matchEnum(STATUSES, row[c.status])?.value;
    if (status === "cancelled" && !reported.has(`cancelled:${commitmentId}`)) {
      reported.add(`cancelled:${commitmentId}`);
      add(rowIndex, "status", "progressForCancelled", {
        ko: `취소된 협약인데 이행실적(${progressId})이 있습니다. 상태나 실적을 확인하세요.`,
        en: `The commitment is cancelled but has progress (${progressId}). Check the status or the progress.`,
      });
    }
    const date = p.get("date") === undefined ? null : serial(cells[p.get("date")!]);
    const signed = c.signed === undefined ? null : serial(row[c.signed]);
    if (date !== null && signed !== null && date < signed) {
      add(rowIndex, "signed", "progressBeforeSigned", {
        ko: `이행실적 ${progressId}의 실적일 ${serialToIso(date)}이(가) 체결일 ${serialToIso(signed)}보다 이릅니다.`,
        en: `Progress ${progressId} is dated ${serialToIso(date)}, before the commitment was signed (${serialToIso(signed)}).`,
      });
    }
  });

  if (c.due !== undefined) {
    commitments.slice(1).forEach((row, rowIndex) => {
      const id = String(row[c.id!] ?? "").trim();
      if (id === "" || withProgress.has(id) || isBlank(row[c.due!])) return;
      const status = c.status === undefined ? null : matchEnum(STATUSES, row[c.status])?.value;
      if (status && CLOSED.has(status)) return;
      const due = serial(row[c.due!]);
      if (due !== null && due < today) {
        add(rowIndex, "due", "pastDueNoProgress", {
          ko: `이행기한 ${serialToIso(due)}이(가) 지났는데 이행실적이 없습니다. 실적을 기록하거나 상태를 바꾸세요.`,
          en: `Due ${serialToIso(due)} has passed with no progress recorded. Record the progress or update the status.`,
        });
      }
    });
  }
  return { problems, orphans };
}
