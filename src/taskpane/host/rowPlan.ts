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
  type ColumnKey,
  type Language,
} from "../../schema";
import { toCellInput } from "../../sync/neutralise";
import { normalizeRow, type CanonicalRow, type FieldProblem } from "../../validation";
import { LocalizedError } from "./LocalizedError";

export interface RowTarget {
  /** 0-based body row the form loaded. */
  readonly rowIndex: number;
  /** The row's ID when it was loaded; the row is found by it if the table was sorted since. */
  readonly id: string;
}

export interface SaveRowInput {
  readonly values: Partial<Record<ColumnKey, unknown>>;
  /** The row being edited, or null for a new commitment. */
  readonly target: RowTarget | null;
}

export interface TableContents {
  readonly headers: readonly unknown[];
  readonly body: readonly (readonly unknown[])[];
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
  /** Full row for an append (extra columns blank). */
  readonly fullRow: readonly CellInput[] | null;
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

function locateTarget(target: RowTarget, body: TableContents["body"], idIndex: number): number {
  const at = body[target.rowIndex];
  if (at && idText(at[idIndex]) === target.id) return target.rowIndex;
  if (target.id !== "") {
    const matches = body.flatMap((row, index) => (idText(row[idIndex]) === target.id ? [index] : []));
    if (matches.length === 1) return matches[0];
    if (matches.length > 1) {
      throw new LocalizedError({
        ko: `관리번호 ${target.id}인 행이 ${matches.length}개여서 어느 행을 고칠지 알 수 없습니다. 검증 탭에서 중복을 먼저 고치세요.`,
        en: `${matches.length} rows have ID ${target.id}, so the row to update is ambiguous. Fix the duplicates (Validate tab) first.`,
      });
    }
  }
  throw new LocalizedError({
    ko: `편집하던 행(${target.id || "관리번호 없음"}, 표의 ${target.rowIndex + 1}번째 행)이 표에 더 이상 없습니다. 시트에서 행을 다시 선택하세요.`,
    en: `The row being edited (${target.id || "no ID"}, table row ${target.rowIndex + 1}) is no longer in the table. Select the row in the sheet again.`,
  });
}

/** Decides the write for one saved row. Throws LocalizedError / RowProblemsError with the reason when it cannot save. */
export function planRowWrite(table: TableContents, input: SaveRowInput, now: number): RowWritePlan {
  let resolved;
  try {
    resolved = resolveHeaders(table.headers);
  } catch (error) {
    if (error instanceof HeaderError) {
      throw new LocalizedError({ ko: `약정 표의 열 이름 문제로 저장할 수 없습니다: ${error.message}`, en: `Cannot save: ${error.message}` }, { cause: error });
    }
    throw error;
  }
  const language = resolved.language;
  const indexOf = resolved.indexOf;
  const missing = COLUMNS.filter((c) => indexOf[c.key] === undefined && (c.required || !isBlank(input.values[c.key])));
  if (missing.length > 0 || indexOf.id === undefined) {
    throw new LocalizedError({
      ko: `약정 표에 ${missing.map((c) => c.ko).join(", ")} 열이 없습니다. '설정' 탭에서 표를 업그레이드하세요.`,
      en: `The Commitments table has no ${missing.map((c) => c.en).join(", ")} column. Upgrade it on the Setup tab.`,
    });
  }
  const idIndex = indexOf.id;

  const { row, problems } = normalizeRow(input.values, language);
  // A blank ID is generated below; Realized over Amount (KRW) compares with a value Excel recalculates after the save.
  const blocking = problems.filter((p) => !(p.column === "id" && p.code === "required") && p.code !== "realizedOverAmount");
  if (blocking.length > 0) throw new RowProblemsError(blocking);

  // A new table's placeholder row: nothing typed in it (a calculated column's formula does not count).
  const onlyBlankRow =
    table.body.length === 1 && table.firstRowFormulas.every((cell) => isBlank(cell) || (typeof cell === "string" && cell.startsWith("=")));
  const rowIndex = input.target ? locateTarget(input.target, table.body, idIndex) : onlyBlankRow ? 0 : table.body.length;
  const mode: RowWritePlan["mode"] = input.target || onlyBlankRow ? "update" : "append";

  const taken = new Set<string>();
  table.body.forEach((cells, index) => {
    if (index !== rowIndex) {
      const id = idText(cells[idIndex]);
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

  const amountKrwIndex = indexOf.amountKrw;
  const calculatedFormula =
    amountKrwIndex !== undefined && typeof table.firstRowFormulas[amountKrwIndex] === "string" && String(table.firstRowFormulas[amountKrwIndex]).startsWith("=")
      ? String(table.firstRowFormulas[amountKrwIndex])
      : null;

  const cells = new Map<number, CellInput>();
  const numberFormats = new Map<number, string>();
  for (const column of COLUMNS) {
    const index = indexOf[column.key];
    if (index === undefined) continue;
    if (column.key === "amountKrw" && calculatedFormula !== null) {
      // The calculated column keeps its formula; only a new row needs it written.
      if (mode === "append") cells.set(index, calculatedFormula);
    } else {
      cells.set(index, toCellInput(row[column.key]));
    }
    numberFormats.set(index, column.numberFormat);
  }
  const fullRow = mode === "append" ? table.headers.map((_, index) => cells.get(index) ?? "") : null;
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

