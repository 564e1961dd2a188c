/**
 * What a progress record is checked against in the Commitments table, by the entry form's Add
 * progress and by a Progress sync alike: the commitment must exist and not be cancelled (errors),
 * and a record dated before the commitment was signed is a warning. One index of the table, one
 * set of messages, so the two paths never disagree.
 */
import { STATUSES, isBlank, matchEnum, resolveHeaders, serialToIso, toDateSerial } from "../schema";
import type { LocalizedMessage, ProblemCode } from "../validation/problems";

/** Each commitment by ID (first row wins): whether it is cancelled, and when it was signed. */
export interface CommitmentIndex {
  readonly byId: ReadonlyMap<string, { readonly cancelled: boolean; readonly signed: number | null }>;
}

const idText = (cell: unknown) => (cell === null || cell === undefined ? "" : String(cell).trim());

/** The index of the Commitments table's values (header row first), as the host read them. */
export function commitmentIndex(values: readonly (readonly unknown[])[]): CommitmentIndex {
  const byId = new Map<string, { cancelled: boolean; signed: number | null }>();
  if (values.length === 0) return { byId };
  const { indexOf } = resolveHeaders(values[0]);
  const idIndex = indexOf.id;
  if (idIndex === undefined) return { byId };
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    const id = idText(row[idIndex]);
    if (id === "" || byId.has(id)) continue;
    let signed: number | null = null;
    if (indexOf.signed !== undefined && !isBlank(row[indexOf.signed])) {
      try {
        signed = toDateSerial(row[indexOf.signed]);
      } catch {
        signed = null;
      }
    }
    const cancelled = indexOf.status !== undefined && matchEnum(STATUSES, row[indexOf.status])?.value === "cancelled";
    byId.set(id, { cancelled, signed });
  }
  return { byId };
}

export interface CommitmentCheck {
  readonly column: "commitmentId" | "date";
  readonly code: Extract<ProblemCode, "unknownCommitment" | "progressForCancelled" | "progressBeforeSigned">;
  /** Errors stop the record; the warning (dated before Signed) is stored with it. */
  readonly severity: "error" | "warning";
  readonly message: LocalizedMessage;
}

/** The problems of a record of `commitmentId` dated `date` (a serial, or null) against the index; none for a blank ID. */
export function checkProgressCommitment(index: CommitmentIndex, commitmentId: unknown, date: number | null): CommitmentCheck[] {
  const id = idText(commitmentId);
  if (id === "") return [];
  const commitment = index.byId.get(id);
  if (!commitment) {
    return [
      {
        column: "commitmentId",
        code: "unknownCommitment",
        severity: "error",
        message: {
          ko: `관리번호 "${id}"인 협약이 약정 표에 없습니다. 약정을 먼저 입력하거나 관리번호를 고치세요.`,
          en: `No commitment with ID "${id}" in the Commitments table. Add the commitment first, or correct the ID.`,
        },
      },
    ];
  }
  const problems: CommitmentCheck[] = [];
  if (commitment.cancelled) {
    problems.push({
      column: "commitmentId",
      code: "progressForCancelled",
      severity: "error",
      message: { ko: `"${id}"은(는) 취소된 협약이라 실적을 기록할 수 없습니다.`, en: `"${id}" is cancelled, so it takes no progress.` },
    });
  }
  if (date !== null && commitment.signed !== null && date < commitment.signed) {
    problems.push({
      column: "date",
      code: "progressBeforeSigned",
      severity: "warning",
      message: {
        ko: `실적일 ${serialToIso(date)}이(가) 체결일 ${serialToIso(commitment.signed)}보다 이릅니다.`,
        en: `The date ${serialToIso(date)} is before the commitment was signed (${serialToIso(commitment.signed)}).`,
      },
    });
  }
  return problems;
}
