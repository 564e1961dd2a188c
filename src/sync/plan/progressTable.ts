/**
 * The Progress ledger (이행실적) as a table sync writes into (SyncTable): a source of shipments,
 * tranches or jobs goes through the same mapping, preview, conflicts, chunked writes, records and
 * undo as a list of commitments. What is Progress's own:
 *   - a row is identified by its Progress ID, or, from a source without one, by its Commitment
 *     ID, Date, Kind and Evidence (two shipments under one contract on one day differ by their
 *     export declaration number); a new row gets the commitment's next Progress ID (…-P01);
 *   - a row must belong to a commitment the Commitments table has and that is not cancelled
 *     (rejected otherwise, naming the ID); one dated before the commitment was signed is stored
 *     with a warning, as the validation panel flags it.
 */
import {
  HeaderError,
  PROGRESS_COLUMNS,
  PROGRESS_KINDS,
  STATUSES,
  foldText,
  matchEnum,
  nextProgressId,
  progressColumnSpec,
  resolveHeaders,
  resolveProgressHeaders,
  serialToIso,
  toDateSerial,
  type ProgressColumnKey,
} from "../../schema";
import { normalizeProgressRow } from "../../validation/normalizeProgressRow";
import type { FieldProblem } from "../../validation/normalizeRow";
import { exactNames, type MappingVocabulary } from "../mapping";
import { PROGRESS_VOCABULARY_ALIASES } from "../progressVocabulary";
import type { SyncFields, SyncKey } from "../syncKey";
import { idKey, type CurrentTable } from "./currentTable";
import type { SyncTable } from "./syncTable";
import { PROGRESS_SYNCED_KEYS } from "./types";

/** What a progress row is checked against: each commitment by ID, whether it is cancelled, and when it was signed. */
export interface CommitmentIndex {
  readonly byId: ReadonlyMap<string, { readonly cancelled: boolean; readonly signed: number | null }>;
}

/** The index of the Commitments table's values (header row first), as the host read them. */
export function commitmentIndex(values: readonly (readonly unknown[])[]): CommitmentIndex {
  const byId = new Map<string, { cancelled: boolean; signed: number | null }>();
  if (values.length === 0) return { byId };
  const { indexOf } = resolveHeaders(values[0]);
  const idIndex = indexOf.id;
  if (idIndex === undefined) return { byId };
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    const id = idKey(row[idIndex]);
    if (id === "" || byId.has(id)) continue;
    let signed: number | null = null;
    if (indexOf.signed !== undefined) {
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

const REQUIRED_HEADERS: readonly ProgressColumnKey[] = ["progressId", "commitmentId", "date", "kind"];

function readProgressTable(current: readonly (readonly unknown[])[], language: CurrentTable["language"] | undefined): CurrentTable {
  if (current.length === 0) throw new HeaderError("The Progress table has no header row. (이행실적 표에 제목 행이 없습니다.)");
  let resolved: ReturnType<typeof resolveProgressHeaders>;
  try {
    resolved = resolveProgressHeaders(current[0]);
  } catch (error) {
    throw new HeaderError(`${error instanceof Error ? error.message : String(error)} (이행실적 표의 제목이 겹칩니다.)`);
  }
  const missing = REQUIRED_HEADERS.filter((key) => !resolved.indexOf.has(key));
  if (missing.length > 0) {
    const names = missing.map((key) => progressColumnSpec(key));
    throw new HeaderError(
      `The Progress table has no ${names.map((n) => n.en).join(", ")} column. Upgrade it on the Setup tab. ` +
        `(이행실적 표에 ${names.map((n) => n.ko).join(", ")} 열이 없습니다. '설정' 탭에서 업그레이드하세요.)`,
    );
  }
  const columns: (SyncKey | null)[] = current[0].map(() => null);
  const indexOf = new Map<SyncKey, number>();
  for (const [key, index] of resolved.indexOf) {
    columns[index] = key;
    indexOf.set(key, index);
  }
  return { columns, indexOf, rows: current, idIndex: indexOf.get("progressId")!, language: language ?? resolved.language };
}

/**
 * Commitment ID, Date, Kind and Evidence, folded: what tells one progress record from another
 * when a source has no Progress IDs.
 */
export function progressNaturalKey(row: SyncFields): string {
  let date: unknown = row.date;
  try {
    date = toDateSerial(row.date) ?? "";
  } catch {
    // An unreadable date still tells rows apart by its text.
  }
  return JSON.stringify([idKey(row.commitmentId), date ?? "", matchEnum(PROGRESS_KINDS, row.kind)?.value ?? foldText(row.kind), foldText(row.evidence)]);
}

function problem(column: ProgressColumnKey, code: FieldProblem["code"], ko: string, en: string): FieldProblem<SyncKey> {
  return { column, code, message: { ko, en } };
}

/** The problem of a progress row against the Commitments table, if any (a row has at most one). */
function checkAgainstCommitments(commitments: CommitmentIndex, commitmentId: unknown, date: unknown): FieldProblem<SyncKey> | null {
  const id = idKey(commitmentId);
  if (id === "") return null;
  const commitment = commitments.byId.get(id);
  if (!commitment) {
    return problem(
        "commitmentId",
        "unknownCommitment",
        `관리번호 "${id}"인 협약이 약정 표에 없습니다. 약정을 먼저 입력하거나 관리번호를 고치세요.`,
        `No commitment with ID "${id}" in the Commitments table. Add the commitment first, or correct the ID.`,
    );
  }
  if (commitment.cancelled) {
    return problem("commitmentId", "progressForCancelled", `"${id}"은(는) 취소된 협약이라 실적을 기록할 수 없습니다.`, `"${id}" is cancelled, so it takes no progress.`);
  }
  if (typeof date === "number" && commitment.signed !== null && date < commitment.signed) {
    return problem(
        "date",
        "progressBeforeSigned",
        `실적일 ${serialToIso(date)}이(가) 체결일 ${serialToIso(commitment.signed)}보다 이릅니다.`,
        `The date ${serialToIso(date)} is before the commitment was signed (${serialToIso(commitment.signed)}).`,
    );
  }
  return null;
}

const PROGRESS_ALIAS_LOOKUP: ReadonlyMap<string, SyncKey> = (() => {
  const lookup = new Map<string, SyncKey>();
  for (const column of PROGRESS_COLUMNS) for (const alias of ("headerAliases" in column ? column.headerAliases : []) ?? []) lookup.set(foldText(alias), column.key);
  for (const [alias, key] of PROGRESS_VOCABULARY_ALIASES) lookup.set(foldText(alias), key);
  return lookup;
})();

export const PROGRESS_VOCABULARY: MappingVocabulary = {
  columns: PROGRESS_COLUMNS,
  idKey: "progressId",
  exact: exactNames(PROGRESS_COLUMNS),
  alias: (header) => PROGRESS_ALIAS_LOOKUP.get(foldText(header)) ?? null,
};

/** The Progress ledger as sync's target, its rows checked against the Commitments table as read. */
export function progressSyncTable(commitments: CommitmentIndex): SyncTable {
  return {
    name: "progress",
    idKey: "progressId",
    idLabel: { ko: "실적번호", en: "Progress ID" },
    rowNoun: { ko: "실적", en: "progress record" },
    vocabulary: PROGRESS_VOCABULARY,
    readCurrent: readProgressTable,
    normalize: (raw, language) => {
      const { row, problems } = normalizeProgressRow(raw, language);
      const all: FieldProblem<SyncKey>[] = problems;
      const againstCommitments = checkAgainstCommitments(commitments, row.commitmentId, row.date);
      if (againstCommitments) all.push(againstCommitments);
      return { row, problems: all };
    },
    syncedKeys: PROGRESS_SYNCED_KEYS,
    naturalKey: progressNaturalKey,
    legacyNaturalKey: null,
    firstId: (row) => nextProgressId(idKey(row.commitmentId), []),
  };
}
