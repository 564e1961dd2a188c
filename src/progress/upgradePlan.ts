/**
 * The schema-2 upgrade of Realized (KRW), decided from what the workbook holds ("state in, plan
 * out"). Each commitment's cumulative Realized value moves into one opening Progress row (Kind
 * Other, dated at the row's Updated date or the upgrade date, noted 이월 · carried over); only
 * then does the column become the SUMIFS over Progress. Every commitment's Realized stays the
 * same number, so every total is identical. Running it again finds the opening rows and adds
 * nothing; anything that would change a total is refused with the reason.
 */
import {
  CARRIED_OVER_NOTE,
  PROGRESS_COLUMNS,
  PROGRESS_KINDS,
  PROGRESS_SHEET_NAMES,
  isBlank,
  nextProgressId,
  progressColumnLabel,
  resolveProgressHeaders,
  serialToIso,
  toDateSerial,
  type Language,
  type ProgressColumnKey,
} from "../schema";
import { progressAmountKrwFormula } from "../schema/progressFormulas";
import type { LocalizedMessage } from "../validation";

/** Why the upgrade cannot run; nothing has been written when this is thrown. */
export class ProgressUpgradeRefused extends Error {
  readonly localized: LocalizedMessage;
  constructor(localized: LocalizedMessage) {
    super(`${localized.en} (${localized.ko})`);
    this.name = "ProgressUpgradeRefused";
    this.localized = localized;
  }
}

export type CellInput = string | number;

/** The Commitments cells the upgrade reads, one entry per body row. */
export interface CommitmentColumns {
  readonly ids: readonly unknown[];
  /** Realized (KRW) values as Excel shows them (a formula's result for formula cells). */
  readonly realized: readonly unknown[];
  /** Realized (KRW) formulas ("=…" for formula cells, else the constant). */
  readonly realizedFormulas: readonly unknown[];
  /** Updated cells (serial date-times), or null when the table has no Updated column. */
  readonly updated: readonly unknown[] | null;
}

export interface ProgressTableState {
  readonly headers: readonly unknown[];
  /** Body values (Amount (KRW) as computed). */
  readonly rows: readonly (readonly unknown[])[];
}

export interface ProgressUpgradeInput {
  /** Language of the Commitments table; a new Progress table uses it too. */
  readonly language: Language;
  /** The SUMIFS formulas the Realized (KRW) column must end up with (its own ID header spelled in). */
  readonly realizedFormula: string;
  readonly commitments: CommitmentColumns;
  readonly progress: ProgressTableState | null;
  readonly sheetNames: readonly string[];
  /** Now, as an Excel serial date-time in Korea. */
  readonly now: number;
}

export interface NewProgressTable {
  readonly sheetName: string;
  readonly headers: readonly string[];
  readonly numberFormats: readonly string[];
  readonly widths: readonly number[];
  /** Kind labels for the in-cell dropdown. */
  readonly kindList: string;
  /** Column index of Amount (KRW), whose cells hold the calculated formula. */
  readonly amountKrwIndex: number;
  readonly kindIndex: number;
}

export interface CarriedOver {
  readonly commitmentId: string;
  readonly amountKrw: number;
  readonly date: number;
}

export interface ProgressUpgradePlan {
  /** Create the Progress table (before any formula refers to it), or null when it exists. */
  readonly createTable: NewProgressTable | null;
  /** Opening rows, full table width, in the Progress table's column order. */
  readonly openingRows: readonly (readonly CellInput[])[];
  /**
   * Blank body rows of an existing Progress table (0-based) that take the first opening rows,
   * in order; the rest are appended. A table left blank by a request that failed part-way is
   * filled, not grown around.
   */
  readonly reuseRows: readonly number[];
  readonly carried: readonly CarriedOver[];
  /** Write this formula over the Realized (KRW) body, after the rows; null when it is already there. */
  readonly realizedFormula: string | null;
}

function sheetName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  if (!used.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) if (!used.has(`${wanted} (${n})`.toLowerCase())) return `${wanted} (${n})`;
}

const isFormula = (cell: unknown) => typeof cell === "string" && cell.startsWith("=");
const sameFormula = (a: unknown, b: string) => typeof a === "string" && a.replace(/\s+/g, "").toLowerCase() === b.replace(/\s+/g, "").toLowerCase();

function readWon(cell: unknown): number | null {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (isBlank(cell)) return 0;
  if (typeof cell !== "string") return null;
  const text = cell.trim().replace(/,/g, "");
  return /^[+-]?\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}

function listed(items: readonly string[], limit = 5): string {
  return items.length <= limit ? items.join(", ") : `${items.slice(0, limit).join(", ")} … (+${items.length - limit})`;
}

function refuse(ko: string, en: string): never {
  throw new ProgressUpgradeRefused({ ko: `${ko} 아무것도 바꾸지 않았습니다.`, en: `${en} Nothing was changed.` });
}

/** Won already recorded in Progress per Commitment ID (Amount (KRW) as computed). */
function progressSums(progress: ProgressTableState | null): { sums: Map<string, number>; taken: string[] } {
  const sums = new Map<string, number>();
  const taken: string[] = [];
  if (!progress) return { sums, taken };
  let indexOf: ReadonlyMap<ProgressColumnKey, number>;
  try {
    indexOf = resolveProgressHeaders(progress.headers).indexOf;
  } catch (error) {
    refuse(`이행실적 표의 열 이름이 모호합니다: ${(error as Error).message}`, `The Progress table's headers are ambiguous: ${(error as Error).message}`);
  }
  const missing = (["progressId", "commitmentId", "date", "amountKrw"] as const).filter((key) => !indexOf.has(key));
  if (missing.length > 0) {
    refuse(
      `이행실적 표에 ${missing.map((k) => progressColumnLabel(k, "ko")).join(", ")} 열이 없습니다. 열을 되살린 뒤 다시 설정하세요.`,
      `The Progress table has no ${missing.map((k) => progressColumnLabel(k, "en")).join(", ")} column. Restore it, then run setup again.`,
    );
  }
  const unreadable: string[] = [];
  progress.rows.forEach((row, r) => {
    const progressId = String(row[indexOf.get("progressId")!] ?? "").trim();
    if (progressId !== "") taken.push(progressId);
    const id = String(row[indexOf.get("commitmentId")!] ?? "").trim();
    if (id === "") return;
    const won = readWon(row[indexOf.get("amountKrw")!]);
    if (won === null) {
      unreadable.push(`${progressId || `${r + 1}번째 행`} (${String(row[indexOf.get("amountKrw")!])})`);
      return;
    }
    sums.set(id, (sums.get(id) ?? 0) + won);
  });
  if (unreadable.length > 0) {
    refuse(
      `이행실적 표의 원화환산액을 읽을 수 없는 행이 있어 합계를 맞춰 볼 수 없습니다: ${listed(unreadable)}. 환율표에 환율을 넣거나 값을 고친 뒤 다시 설정하세요.`,
      `Some Progress rows have an unreadable Amount (KRW), so the totals cannot be checked: ${listed(unreadable)}. Add the missing rate to FxRates or fix the values, then run setup again.`,
    );
  }
  return { sums, taken };
}

/** The opening row's date: the whole day of Updated when it is a date, else today. */
function openingDate(updated: unknown, now: number): number {
  if (typeof updated === "number" && Number.isFinite(updated) && updated >= 1) return Math.floor(updated);
  try {
    const serial = toDateSerial(updated);
    if (serial !== null) return serial;
  } catch {
    // not a date: the upgrade date stands in
  }
  return Math.floor(now);
}

export function planProgressUpgrade(input: ProgressUpgradeInput): ProgressUpgradePlan {
  const { commitments, language } = input;
  const foreignFormulas: string[] = [];
  const unreadable: string[] = [];
  const blankIds: number[] = [];
  const seen = new Map<string, number>();
  const duplicates = new Set<string>();
  const toCarry: { row: number; id: string; won: number }[] = [];
  let valueRows = 0;

  commitments.ids.forEach((rawId, row) => {
    const id = String(rawId ?? "").trim();
    if (id !== "") {
      if (seen.has(id)) duplicates.add(id);
      seen.set(id, row);
    }
    const formula = commitments.realizedFormulas[row];
    if (isFormula(formula)) {
      if (!sameFormula(formula, input.realizedFormula)) foreignFormulas.push(`${id || `${row + 1}번째 행`}: ${String(formula)}`);
      return;
    }
    valueRows++;
    const won = readWon(commitments.realized[row]);
    if (won === null) {
      unreadable.push(`${id || `${row + 1}번째 행`} ("${String(commitments.realized[row])}")`);
      return;
    }
    if (won === 0) return; // blank or 0: the SUMIFS of nothing is 0 too
    if (id === "") blankIds.push(row + 1);
    else toCarry.push({ row, id, won });
  });

  if (foreignFormulas.length > 0) {
    refuse(
      `집행액 열에 직접 만든 수식이 있어 덮어쓸 수 없습니다: ${listed(foreignFormulas, 3)}. 그 셀을 값으로 바꾼 뒤(복사 → 값 붙여넣기) 다시 설정하세요.`,
      `Realized (KRW) holds formulas of your own, which the upgrade would overwrite: ${listed(foreignFormulas, 3)}. Turn those cells into values (copy, paste values), then run setup again.`,
    );
  }
  if (unreadable.length > 0) {
    refuse(
      `집행액이 숫자가 아닌 행이 있어 이월할 수 없습니다: ${listed(unreadable)}. 값을 고친 뒤 다시 설정하세요.`,
      `Realized (KRW) is not a number in ${listed(unreadable)}, so it cannot be carried over. Fix the values, then run setup again.`,
    );
  }
  if (blankIds.length > 0) {
    refuse(
      `관리번호가 비어 있는데 집행액이 있는 행이 있습니다(표의 ${listed(blankIds.map(String))}번째 행). 실적을 협약에 연결하려면 관리번호가 필요합니다. 번호를 넣은 뒤 다시 설정하세요.`,
      `Table rows ${listed(blankIds.map(String))} have Realized (KRW) but no ID; progress is tied to a commitment by its ID. Fill in the IDs, then run setup again.`,
    );
  }
  const { sums, taken } = progressSums(input.progress);
  // Two rows with one ID would both show the ID's SUMIFS: a realized value would count twice.
  const doubled = [...duplicates].filter((id) => toCarry.some((c) => c.id === id) || (sums.get(id) ?? 0) !== 0);
  if (doubled.length > 0) {
    refuse(
      `관리번호가 겹치는 행이 있습니다: ${listed(doubled)}. 집행액이 관리번호로 합산되므로 번호마다 한 행이어야 합니다. 번호를 고친 뒤 다시 설정하세요.`,
      `IDs used by more than one row: ${listed(doubled)}. Realized (KRW) sums progress by ID, so each ID must be one row, or the amount would count twice. Fix the IDs, then run setup again.`,
    );
  }
  const mismatched: string[] = [];
  const carried: CarriedOver[] = [];
  for (const { row, id, won } of toCarry) {
    const recorded = sums.get(id) ?? 0;
    if (recorded === won) continue; // already carried over (an earlier run) or recorded in full
    if (recorded !== 0) {
      mismatched.push(`${id}: 집행액/Realized ${won.toLocaleString("en-US")}, 이행실적/Progress ${recorded.toLocaleString("en-US")}`);
      continue;
    }
    carried.push({ commitmentId: id, amountKrw: won, date: openingDate(commitments.updated?.[row], input.now) });
  }
  // A commitment whose Realized is blank but which already has progress would change its total.
  const carriedIds = new Set(toCarry.map((c) => c.id));
  commitments.ids.forEach((rawId, row) => {
    const id = String(rawId ?? "").trim();
    if (id === "" || carriedIds.has(id) || isFormula(commitments.realizedFormulas[row])) return;
    const recorded = sums.get(id) ?? 0;
    if (recorded !== 0) mismatched.push(`${id}: 집행액/Realized 0, 이행실적/Progress ${recorded.toLocaleString("en-US")}`);
  });
  if (mismatched.length > 0) {
    refuse(
      `이행실적 표에 이미 기록된 합계가 집행액과 다른 협약이 있어, 수식으로 바꾸면 합계가 달라집니다: ${listed(mismatched)}. 집행액이나 이행실적을 맞춘 뒤 다시 설정하세요.`,
      `The Progress table already records totals that differ from Realized (KRW), so turning the column into the formula would change them: ${listed(mismatched)}. Make them agree, then run setup again.`,
    );
  }

  const headerLanguage = input.progress ? resolveProgressHeaders(input.progress.headers).language : language;
  const headers = input.progress ? input.progress.headers.map((h) => String(h ?? "")) : PROGRESS_COLUMNS.map((c) => c[language]);
  const indexOf = resolveProgressHeaders(headers).indexOf;
  const kind = PROGRESS_KINDS.find((k) => k.value === "other")![headerLanguage];
  const formula = progressAmountKrwFormula(headerLanguage);
  const used = [...taken];
  const openingRows = carried.map((c) => {
    const progressId = nextProgressId(c.commitmentId, used);
    used.push(progressId);
    const cells = new Map<ProgressColumnKey, CellInput>([
      ["progressId", progressId],
      ["commitmentId", c.commitmentId],
      ["date", c.date],
      ["kind", kind],
      ["amount", c.amountKrw],
      ["currency", "KRW"],
      ["amountKrw", formula],
      ["notes", CARRIED_OVER_NOTE],
      ["updated", input.now],
    ]);
    return headers.map((_, index) => {
      for (const [key, value] of cells) if (indexOf.get(key) === index) return value;
      return "";
    });
  });

  const alreadyFormula = valueRows === 0 && commitments.ids.length > 0 && openingRows.length === 0;
  return {
    createTable: input.progress
      ? null
      : {
          sheetName: sheetName(PROGRESS_SHEET_NAMES[language], input.sheetNames),
          headers,
          numberFormats: PROGRESS_COLUMNS.map((c) => c.numberFormat),
          widths: PROGRESS_COLUMNS.map((c) => c.width),
          kindList: PROGRESS_KINDS.map((k) => k[language]).join(","),
          amountKrwIndex: PROGRESS_COLUMNS.findIndex((c) => c.key === "amountKrw"),
          kindIndex: PROGRESS_COLUMNS.findIndex((c) => c.key === "kind"),
        },
    openingRows,
    reuseRows: input.progress
      ? input.progress.rows.flatMap((row, index) => (row.every((cell) => isBlank(cell)) ? [index] : [])).slice(0, openingRows.length)
      : [],
    carried,
    realizedFormula: alreadyFormula ? null : input.realizedFormula,
  };
}

/** "2019-11-19" for messages and tests. */
export function describeCarried(carried: CarriedOver): string {
  return `${carried.commitmentId} ${carried.amountKrw.toLocaleString("en-US")} 원 @ ${serialToIso(carried.date)}`;
}
