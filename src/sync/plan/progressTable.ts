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
  foldText,
  matchEnum,
  nextProgressId,
  progressColumnSpec,
  resolveProgressHeaders,
  toDateSerial,
  type ProgressColumnKey,
} from "../../schema";
import { checkProgressCommitment, type CommitmentIndex } from "../../progress/commitmentCheck";
import { normalizeProgressRow } from "../../validation/normalizeProgressRow";
import type { FieldProblem } from "../../validation/normalizeRow";
import { exactNames, type MappingVocabulary } from "../mapping";
import { PROGRESS_VOCABULARY_ALIASES } from "../progressVocabulary";
import type { SyncFields, SyncKey } from "../syncKey";
import { idKey, type CurrentTable } from "./currentTable";
import type { SyncTable } from "./syncTable";
import { PROGRESS_SYNCED_KEYS } from "./types";

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
function progressNaturalKey(row: SyncFields): string {
  let date: unknown = row.date;
  try {
    date = toDateSerial(row.date) ?? "";
  } catch {
    // An unreadable date still tells rows apart by its text.
  }
  return JSON.stringify([idKey(row.commitmentId), date ?? "", matchEnum(PROGRESS_KINDS, row.kind)?.value ?? foldText(row.kind), foldText(row.evidence)]);
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
      const date = typeof row.date === "number" ? row.date : null;
      for (const check of checkProgressCommitment(commitments, row.commitmentId, date)) all.push({ column: check.column, code: check.code, message: check.message });
      return { row, problems: all };
    },
    syncedKeys: PROGRESS_SYNCED_KEYS,
    naturalKey: progressNaturalKey,
    legacyNaturalKey: null,
    firstId: (row) => nextProgressId(idKey(row.commitmentId), []),
  };
}
