/**
 * Schema version 2: the Progress table (이행실적), one dated row per follow-up of a commitment
 * (a shipment, an investment tranche, jobs created), as IATI records transactions. Commitments'
 * Realized (KRW) and Jobs created are native SUMIFS over it, so the workbook computes them
 * without the add-in, and a quarter's realization is the sum of the rows dated in it.
 */
import { type EnumOption, type Language } from "./columns";
import { foldText, isBlank } from "./text";

export const PROGRESS_TABLE_NAME = "Progress";
export const PROGRESS_SHEET_NAMES: Readonly<Record<Language, string>> = { ko: "이행실적", en: "Progress" };

/** Text of the Notes cell of the opening row the upgrade makes from a cumulative Realized value. */
export const CARRIED_OVER_NOTE = "이월 · carried over";

export const PROGRESS_KINDS = [
  { value: "exportShipped", en: "Export shipped", ko: "수출선적", aliases: ["선적", "수출", "shipment", "shipped", "export"] },
  { value: "investmentMade", en: "Investment made", ko: "투자집행", aliases: ["투자", "집행", "investment", "tranche"] },
  { value: "jobsCreated", en: "Jobs created", ko: "고용창출", aliases: ["고용", "일자리창출", "jobs"] },
  { value: "event", en: "Event", ko: "행사", aliases: ["행사개최"] },
  { value: "other", en: "Other", ko: "기타" },
] as const satisfies readonly EnumOption[];

export type ProgressKindValue = (typeof PROGRESS_KINDS)[number]["value"];

export type ProgressColumnType = "id" | "text" | "date" | "datetime" | "enum" | "currency" | "number" | "integer";

export interface ProgressColumnSpec {
  readonly key: ProgressColumnKey;
  readonly en: string;
  readonly ko: string;
  readonly type: ProgressColumnType;
  readonly required: boolean;
  readonly options?: readonly EnumOption[];
  readonly numberFormat: string;
  readonly width: number;
  readonly headerAliases?: readonly string[];
}

export const PROGRESS_COLUMNS = [
  { key: "progressId", en: "Progress ID", ko: "실적번호", type: "id", required: true, numberFormat: "@", width: 120 },
  { key: "commitmentId", en: "Commitment ID", ko: "관리번호", type: "id", required: true, numberFormat: "@", width: 90, headerAliases: ["id", "협약번호"] },
  { key: "date", en: "Date", ko: "실적일", type: "date", required: true, numberFormat: "yyyy-mm-dd", width: 75, headerAliases: ["일자", "날짜", "value date"] },
  { key: "kind", en: "Kind", ko: "실적구분", type: "enum", required: true, options: PROGRESS_KINDS, numberFormat: "@", width: 80, headerAliases: ["구분", "type"] },
  { key: "amount", en: "Amount", ko: "금액", type: "number", required: false, numberFormat: "#,##0", width: 100 },
  { key: "currency", en: "Currency", ko: "통화", type: "currency", required: false, numberFormat: "@", width: 55 },
  { key: "amountKrw", en: "Amount (KRW)", ko: "원화환산액", type: "number", required: false, numberFormat: "#,##0", width: 115 },
  { key: "jobs", en: "Jobs", ko: "일자리", type: "integer", required: false, numberFormat: "#,##0", width: 55 },
  { key: "evidence", en: "Evidence", ko: "증빙", type: "text", required: false, numberFormat: "@", width: 150, headerAliases: ["근거", "수출신고번호"] },
  { key: "notes", en: "Notes", ko: "비고", type: "text", required: false, numberFormat: "@", width: 160, headerAliases: ["메모"] },
  { key: "updated", en: "Updated", ko: "수정일시", type: "datetime", required: false, numberFormat: "yyyy-mm-dd hh:mm", width: 110, headerAliases: ["수정일"] },
] as const satisfies readonly {
  key: string;
  en: string;
  ko: string;
  type: ProgressColumnType;
  required: boolean;
  options?: readonly EnumOption[];
  numberFormat: string;
  width: number;
  headerAliases?: readonly string[];
}[];

export type ProgressColumnKey = (typeof PROGRESS_COLUMNS)[number]["key"];

const PROGRESS_BY_KEY = new Map<ProgressColumnKey, ProgressColumnSpec>(PROGRESS_COLUMNS.map((c) => [c.key, c as ProgressColumnSpec]));

export function progressColumnSpec(key: ProgressColumnKey): ProgressColumnSpec {
  const spec = PROGRESS_BY_KEY.get(key);
  if (!spec) throw new Error(`Unknown Progress column key "${key}"`);
  return spec;
}

export function progressColumnLabel(key: ProgressColumnKey, language: Language): string {
  return progressColumnSpec(key)[language];
}

export function progressHeaderRow(language: Language): string[] {
  return PROGRESS_COLUMNS.map((c) => c[language]);
}

const PROGRESS_HEADER_LOOKUP: ReadonlyMap<string, ProgressColumnKey> = (() => {
  const lookup = new Map<string, ProgressColumnKey>();
  for (const column of PROGRESS_COLUMNS) {
    for (const alias of ("headerAliases" in column ? column.headerAliases : []) ?? []) lookup.set(foldText(alias), column.key);
    // Exact names last, so they win over any alias spelled the same.
    lookup.set(foldText(column.key), column.key);
    lookup.set(foldText(column.en), column.key);
    lookup.set(foldText(column.ko), column.key);
  }
  return lookup;
})();

export interface ResolvedProgressHeaders {
  readonly indexOf: ReadonlyMap<ProgressColumnKey, number>;
  readonly language: Language;
}

/**
 * Maps a Progress header row to its columns. A second header meaning the same column is an
 * error naming both, as for Commitments: a sum over an ambiguous column would be wrong.
 */
export function resolveProgressHeaders(headers: readonly unknown[]): ResolvedProgressHeaders {
  const indexOf = new Map<ProgressColumnKey, number>();
  let korean = 0;
  let english = 0;
  headers.forEach((raw, index) => {
    if (isBlank(raw)) return;
    const key = PROGRESS_HEADER_LOOKUP.get(foldText(raw));
    if (key === undefined) return;
    const previous = indexOf.get(key);
    if (previous !== undefined) {
      const spec = progressColumnSpec(key);
      throw new Error(`Duplicate Progress column: "${String(headers[previous])}" and "${String(raw)}" both mean ${spec.en} (${spec.ko}).`);
    }
    indexOf.set(key, index);
    const spec = progressColumnSpec(key);
    if (foldText(raw) === foldText(spec.ko)) korean++;
    else if (foldText(raw) === foldText(spec.en)) english++;
  });
  return { indexOf, language: english > korean ? "en" : "ko" };
}

/** Suffix of a Progress ID: "-P01". Two digits at least; a commitment with 100+ records gets "-P100". */
const PROGRESS_SUFFIX = /-P(\d+)$/;

/**
 * The next free Progress ID for a commitment: its ID and "-P" with the next sequence, e.g.
 * 창원-2019-003-P01. `taken` holds every Progress ID in use (any commitment); a gap left by a
 * deleted row is never reused, so an ID quoted in a letter keeps its meaning.
 */
export function nextProgressId(commitmentId: string, taken: Iterable<string>): string {
  const stem = `${commitmentId.trim()}-P`;
  let highest = 0;
  const used = new Set<string>();
  for (const id of taken) {
    used.add(id);
    if (!id.startsWith(stem)) continue;
    const match = PROGRESS_SUFFIX.exec(id);
    if (match && id.length === stem.length + match[1].length) highest = Math.max(highest, Number(match[1]));
  }
  let sequence = highest + 1;
  let candidate = `${stem}${String(sequence).padStart(2, "0")}`;
  while (used.has(candidate)) candidate = `${stem}${String(++sequence).padStart(2, "0")}`;
  return candidate;
}

/** Commitments columns that schema 2 computes from Progress (SUMIFS formulas); never typed. */
export const PROGRESS_DERIVED_COLUMN_KEYS = ["realizedKrw", "jobsCreated"] as const;
