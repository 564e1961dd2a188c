/**
 * One commitment row, as typed or imported, turned into what the Commitments table stores.
 * Shared by the entry form (field messages), sync (imported rows) and the validation panel.
 */
// Imported from the schema's modules rather than its barrel: normalizeRow runs for every cell of
// an import, and where the code runs as CommonJS (tsx, jest) each call through a barrel's
// re-export costs two property getters.
import { COLUMNS, columnSpec, type ColumnKey, type ColumnSpec, type Language } from "../schema/columns";
import { serialToIso } from "../schema/dates";
import { matchEnum } from "../schema/enums";
import { isBlank } from "../schema/text";
import { checkRequired, normalizeCells, reconcileAmountCurrency, type CellValue } from "./normalizeCells";
import type { FieldProblem, ProblemCode } from "./problems";

export type { FieldProblem, LocalizedMessage, ProblemCode } from "./problems";
// The cell rules live in normalizeCells.ts; their importers keep this path.
export { MAX_CELL_TEXT, checkRequired, normalizeCells, reconcileAmountCurrency, type CellSpec, type CellValue } from "./normalizeCells";

export type CanonicalRow = Record<ColumnKey, CellValue>;

/** Looked up once: normalizeRow runs per row. */
const COLUMN_SPECS: readonly ColumnSpec[] = COLUMNS;
const REQUIRED_COLUMNS: readonly ColumnSpec[] = COLUMN_SPECS.filter((column) => column.required);
const STATUS_OPTIONS = columnSpec("status").options ?? [];
/**
 * Every column blank, in column order. A row starts as a copy of it: the copy has all its fields
 * from the start, where adding 23 fields one by one reshapes the object 23 times, per row.
 */
const BLANK_ROW: Readonly<CanonicalRow> = Object.fromEntries(COLUMN_SPECS.map((spec) => [spec.key, ""])) as CanonicalRow;

function problem(column: ColumnKey, code: ProblemCode, ko: string, en: string): FieldProblem {
  return { column, code, message: { ko, en } };
}

/**
 * Normalises raw cells (any language/format) into what the table should store: enum labels in
 * `language`, ISO country/currency codes, dates as Excel serials, amounts as numbers ("70만불"
 * in Amount → amount + currency when Currency is blank), text trimmed. Never drops input:
 * unparseable cells keep their raw text and produce a problem.
 *
 * Values are values, not cell inputs: text starting with "=" is returned as is, and the adapter
 * that writes it must keep it from becoming a formula.
 */
export function normalizeRow(
  raw: Partial<Record<ColumnKey, unknown>>,
  language: Language,
): { row: CanonicalRow; problems: FieldProblem[] } {
  const row: CanonicalRow = { ...BLANK_ROW };
  const problems: FieldProblem[] = [];
  const amountCurrency = normalizeCells(COLUMN_SPECS, raw, language, row, problems);
  reconcileAmountCurrency(row, raw, amountCurrency, problems);
  checkRequired(row, problems, REQUIRED_COLUMNS);
  checkAcrossFields(row, problems);
  return { row, problems };
}

function formatDateForMessage(serial: number): string {
  try {
    return serialToIso(serial);
  } catch {
    return String(serial);
  }
}

function checkAcrossFields(row: CanonicalRow, problems: FieldProblem[]): void {
  const { realizedKrw, amountKrw, signed, due, status } = row;
  // Realized against no amount: the realization rate has nothing to divide by, and the report
  // counts spending against a commitment that records none.
  if (typeof realizedKrw === "number" && realizedKrw !== 0 && isBlank(row.amount)) {
    problems.push(
      problem(
        "realizedKrw",
        "realizedWithoutAmount",
        `집행액 ${realizedKrw.toLocaleString("ko-KR")}원이 있지만 금액이 비어 있습니다. 약정 금액을 입력하세요.`,
        `Realized (KRW) is ${realizedKrw.toLocaleString("en-US")} but there is no Amount. Enter the committed amount.`,
      ),
    );
  }
  if (typeof realizedKrw === "number" && typeof amountKrw === "number" && realizedKrw > amountKrw) {
    problems.push(
      problem(
        "realizedKrw",
        "realizedOverAmount",
        `집행액 ${realizedKrw.toLocaleString("ko-KR")}원이 원화환산액 ${amountKrw.toLocaleString("ko-KR")}원보다 큽니다.`,
        `Realized (KRW) ${realizedKrw.toLocaleString("en-US")} is more than Amount (KRW) ${amountKrw.toLocaleString("en-US")}.`,
      ),
    );
  }
  const statusOption = matchEnum(STATUS_OPTIONS, status);
  if (statusOption?.value === "completed" && typeof signed !== "number") {
    problems.push(
      problem(
        "signed",
        "completedWithoutSigned",
        "체결일: 상태가 완료인데 체결일이 없습니다.",
        "Signed: the status is Completed but there is no Signed date.",
      ),
    );
  }
  if (typeof due === "number" && typeof signed === "number" && due < signed) {
    problems.push(
      problem(
        "due",
        "dueBeforeSigned",
        `이행기한 ${formatDateForMessage(due)}이(가) 체결일 ${formatDateForMessage(signed)}보다 이릅니다.`,
        `Due ${formatDateForMessage(due)} is before Signed ${formatDateForMessage(signed)}.`,
      ),
    );
  }
}
