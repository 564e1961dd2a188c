/**
 * Saving one commitment from the form, decided as data: which table row, which cells, what ID.
 * Pure, so the rules (update in place by ID, generate unique IDs, never write the user's extra
 * columns, keep the calculated Amount (KRW) column calculated) are tested without Excel.
 */
import {
  COLUMNS,
  HeaderError,
  isBlank,
  nextId,
  resolveHeaders,
  serialToDate,
  timestampToSerialKst,
  PROGRESS_DERIVED_COLUMN_KEYS,
  type ColumnKey,
  type Language,
} from "../../schema";
import { toCellInput } from "../../sync/neutralise";
import { normalizeRow, type CanonicalRow, type FieldProblem } from "../../validation";
import { sheetRowText } from "../i18n/sheetRow";
import { LocalizedError } from "./LocalizedError";

export interface RowTarget {
  /** 0-based body row the form loaded. */
  readonly rowIndex: number;
  /** The row's ID when it was loaded; the row is found by it if the table was sorted since. */
  readonly id: string;
  /** The 1-based sheet row it was on when loaded, for messages (officers find rows by it). */
  readonly sheetRow: number;
}

export interface SaveRowInput {
  readonly values: Partial<Record<ColumnKey, unknown>>;
  /** The row being edited, or null for a new commitment. */
  readonly target: RowTarget | null;
}

/**
 * What a save needs to know about the table: its headers, the ID column (to find the target row
 * and keep IDs unique) and the first row's formulas. Never the whole body: at about 20,000 rows
 * that is over Excel on the web's 5 MB response cap.
 */
export interface TableContents {
  readonly headers: readonly unknown[];
  /** The ID column's body cells, one per body row. */
  readonly ids: readonly unknown[];
  /** Formulas of the first body row, to tell a calculated Amount (KRW) column from typed values. */
  readonly firstRowFormulas: readonly unknown[];
}

export type CellInput = string | number | boolean;

export interface RowWritePlan {
  readonly mode: "update" | "append";
  readonly rowIndex: number;
  readonly id: string;
  readonly language: Language;
  /** Cells to write, by table column index. Update plans never include extra or calculated columns. */
  readonly cells: ReadonlyMap<number, CellInput>;
  /** Number formats for the written schema cells of an appended row. */
  readonly numberFormats: ReadonlyMap<number, string>;
  /**
   * Full row for an append. Columns the add-in does not own are null (left alone), never "":
   * Excel skips table expansion for rows whose first written cell is "" (office-js #2097).
   */
  readonly fullRow: readonly (CellInput | null)[] | null;
  readonly row: CanonicalRow;
}

/** The form's field problems, when saving is refused. */
export class RowProblemsError extends LocalizedError {
  readonly problems: readonly FieldProblem[];
  constructor(problems: readonly FieldProblem[]) {
    super({
      ko: `저장하지 않았습니다. 고칠 항목: ${problems.map((p) => p.message.ko).join(" ")}`,
      en: `Not saved. Fix: ${problems.map((p) => p.message.en).join(" ")}`,
    });
    this.name = "RowProblemsError";
    this.problems = problems;
  }
}

function idText(value: unknown): string {
  return isBlank(value) ? "" : String(value).trim();
}

function locateTarget(target: RowTarget, ids: TableContents["ids"]): number {
  if (target.rowIndex < ids.length && idText(ids[target.rowIndex]) === target.id) return target.rowIndex;
  if (target.id !== "") {
    const matches = ids.flatMap((cell, index) => (idText(cell) === target.id ? [index] : []));
    if (matches.length === 1) return matches[0];
    if (matches.length > 1) {
      throw new LocalizedError({
        ko: `관리번호 ${target.id}인 행이 ${matches.length}개여서 어느 행을 고칠지 알 수 없습니다. 검증 탭에서 중복을 먼저 고치세요.`,
        en: `${matches.length} rows have ID ${target.id}, so the row to update is ambiguous. Fix the duplicates (Validate tab) first.`,
      });
    }
  }
  const where = sheetRowText(target.sheetRow);
  throw new LocalizedError({
    ko: `편집하던 행(${target.id || "관리번호 없음"}, 불러올 때 ${where.ko})이 표에 더 이상 없습니다. 시트에서 행을 다시 선택하세요.`,
    en: `The row being edited (${target.id || "no ID"}, ${where.en} when loaded) is no longer in the table. Select the row in the sheet again.`,
  });
}

/**
 * The table's language and column positions for saving `values`, or the reason it cannot save
 * (headers ambiguous, a needed column missing). The adapter calls it first to find the ID column.
 */
export function resolveSaveColumns(headers: readonly unknown[], values: SaveRowInput["values"]): { language: Language; indexOf: Partial<Record<ColumnKey, number>>; idIndex: number } {
  let resolved;
  try {
    resolved = resolveHeaders(headers);
  } catch (error) {
    if (error instanceof HeaderError) {
      throw new LocalizedError({ ko: `약정 표의 열 이름 문제로 저장할 수 없습니다: ${error.message}`, en: `Cannot save: ${error.message}` }, { cause: error });
    }
    throw error;
  }
  const indexOf = resolved.indexOf;
  const missing = COLUMNS.filter((c) => indexOf[c.key] === undefined && (c.required || !isBlank(values[c.key])));
  if (missing.length > 0 || indexOf.id === undefined) {
    throw new LocalizedError({
      ko: `약정 표에 ${missing.map((c) => c.ko).join(", ")} 열이 없습니다. '설정' 탭에서 표를 업그레이드하세요.`,
      en: `The Commitments table has no ${missing.map((c) => c.en).join(", ")} column. Upgrade it on the Setup tab.`,
    });
  }
  return { language: resolved.language, indexOf, idIndex: indexOf.id };
}

/** Decides the write for one saved row. Throws LocalizedError / RowProblemsError with the reason when it cannot save. */
export function planRowWrite(table: TableContents, input: SaveRowInput, now: number): RowWritePlan {
  const { language, indexOf } = resolveSaveColumns(table.headers, input.values);

  // Calculated columns keep their formulas: Amount (KRW), and schema 2's Realized (KRW) and Jobs
  // created (SUMIFS over Progress). A column typed by hand (a table not yet upgraded) is written as typed.
  const calculatedFormulas = new Map<ColumnKey, string>();
  for (const key of ["amountKrw", ...PROGRESS_DERIVED_COLUMN_KEYS] as const) {
    const index = indexOf[key];
    const formula = index === undefined ? undefined : table.firstRowFormulas[index];
    if (typeof formula === "string" && formula.startsWith("=")) calculatedFormulas.set(key, formula);
  }
  // A SUMIFS result is what the Progress table says, not something this save checks or writes.
  const checked: SaveRowInput["values"] = { ...input.values };
  for (const key of PROGRESS_DERIVED_COLUMN_KEYS) if (calculatedFormulas.has(key)) delete checked[key];

  const { row, problems } = normalizeRow(checked, language);
  // A blank ID is generated below; Realized over Amount (KRW) compares with a value Excel recalculates after the save.
  const blocking = problems.filter((p) => !(p.column === "id" && p.code === "required") && p.code !== "realizedOverAmount");
  if (blocking.length > 0) throw new RowProblemsError(blocking);

  // A new table's placeholder row: nothing typed in it (a calculated column's formula does not count).
  const onlyBlankRow =
    table.ids.length === 1 && table.firstRowFormulas.every((cell) => isBlank(cell) || (typeof cell === "string" && cell.startsWith("=")));
  const rowIndex = input.target ? locateTarget(input.target, table.ids) : onlyBlankRow ? 0 : table.ids.length;
  const mode: RowWritePlan["mode"] = input.target || onlyBlankRow ? "update" : "append";

  const taken = new Set<string>();
  table.ids.forEach((cell, index) => {
    if (index !== rowIndex) {
      const id = idText(cell);
      if (id !== "") taken.add(id);
    }
  });
  let id = idText(row.id);
  if (id === "") {
    const year = typeof row.signed === "number" ? serialToDate(row.signed).year : null;
    id = nextId(String(row.agency), year, taken);
  } else if (taken.has(id)) {
    throw new LocalizedError({
      ko: `관리번호 ${id}은(는) 이미 다른 행에서 쓰고 있습니다. 다른 번호를 쓰거나 비워 두면 새로 만듭니다.`,
      en: `ID ${id} is already used by another row. Use another ID, or leave it blank to generate one.`,
    });
  }
  row.id = id;
  row.updated = timestampToSerialKst(now);

  const cells = new Map<number, CellInput>();
  const numberFormats = new Map<number, string>();
  for (const column of COLUMNS) {
    const index = indexOf[column.key];
    if (index === undefined) continue;
    const calculatedFormula = calculatedFormulas.get(column.key);
    if (calculatedFormula !== undefined) {
      // The calculated column keeps its formula; only a new row needs it written.
      if (mode === "append") cells.set(index, calculatedFormula);
    } else {
      cells.set(index, toCellInput(row[column.key]));
    }
    numberFormats.set(index, column.numberFormat);
  }
  const fullRow = mode === "append" ? table.headers.map((_, index) => cells.get(index) ?? null) : null;
  return { mode, rowIndex, id, language, cells, numberFormats: mode === "append" ? numberFormats : new Map(), fullRow, row };
}

/** Contiguous runs of column indexes, so a row is written with one range per run. */
export function contiguousRuns<T>(cells: ReadonlyMap<number, T>): { start: number; values: T[] }[] {
  const indexes = [...cells.keys()].sort((a, b) => a - b);
  const runs: { start: number; values: T[] }[] = [];
  for (const index of indexes) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.values.length === index) last.values.push(cells.get(index)!);
    else runs.push({ start: index, values: [cells.get(index)!] });
  }
  return runs;
}

