/**
 * Whole-table validation: every row of the Commitments table, as read from Excel in one
 * read, checked field by field (normalizeRow) and across rows (duplicate IDs) and tables
 * (currencies without an FxRates rate).
 */
import { COLUMNS, isBlank, normalizeCurrency, resolveHeaders, type ColumnKey } from "../schema";
import { explainAmountKrwRate } from "../functions/rates";
import { normalizeRow } from "./normalizeRow";
import { type LocalizedMessage, type ProblemCode } from "./problems";

export { countByCode } from "./problems";

export interface TableProblem {
  /** 0-based row of the table body. */
  rowIndex: number;
  /** The row's ID as written ("" when blank), so officers can find it. */
  id: string;
  column: ColumnKey;
  /** The column's header as it appears in this table. */
  columnLabel: string;
  code: ProblemCode;
  message: LocalizedMessage;
}

export interface ValidateTableOptions {
  /** Currencies (ISO codes) that have at least one rate in FxRates. */
  fxCurrencies: ReadonlySet<string>;
  /**
   * The 1-based sheet row of body row 0, so messages name rows as the sheet numbers them
   * (officers look for "22행", not the 21st table row). Without it, messages count table rows.
   */
  firstSheetRow?: number;
  /**
   * The FxRates table with its header row. With it, a row whose Amount (KRW) had to fall back
   * (Signed before every rate, or no Signed date) says which rate it used, and a row whose
   * rates are unusable (tied As of dates) says why its Amount (KRW) is blank: the same rule
   * as the native column and COMMIT.TOKRW (functions/rates.ts).
   */
  fxRates?: readonly (readonly unknown[])[];
}

const REQUIRED_KEYS: readonly ColumnKey[] = COLUMNS.filter((c) => c.required).map((c) => c.key);

function isBlankRow(row: readonly unknown[]): boolean {
  return row.every(isBlank);
}

/**
 * `values` is the header row followed by the body, exactly as Excel returns them.
 * Wholly blank rows (a new table's placeholder row) are skipped. Throws HeaderError when
 * headers are duplicated or a required column is missing: the table needs setup first.
 */
export function validateTable(values: readonly (readonly unknown[])[], options: ValidateTableOptions): TableProblem[] {
  if (values.length === 0) return [];
  const header = values[0];
  const resolved = resolveHeaders(header, { require: REQUIRED_KEYS });
  const present = COLUMNS.filter((c) => resolved.indexOf[c.key] !== undefined);
  const fxCurrencies = new Set([...options.fxCurrencies].map((code) => code.trim().toUpperCase()));
  const problems: TableProblem[] = [];
  const rowsById = new Map<string, number[]>();

  for (let rowIndex = 0; rowIndex < values.length - 1; rowIndex++) {
    const cells = values[rowIndex + 1];
    if (isBlankRow(cells)) continue;
    const raw: Partial<Record<ColumnKey, unknown>> = {};
    for (const column of present) raw[column.key] = cells[resolved.indexOf[column.key]!];
    const { row, problems: rowProblems } = normalizeRow(raw, resolved.language);
    const id = isBlank(raw.id) ? "" : String(raw.id).trim();
    const add = (column: ColumnKey, code: ProblemCode, message: LocalizedMessage) =>
      problems.push({ rowIndex, id, column, columnLabel: String(header[resolved.indexOf[column]!] ?? column), code, message });

    const currency = typeof row.currency === "string" ? normalizeCurrency(row.currency) : null;
    const missingRate = currency !== null && currency !== "KRW" && !fxCurrencies.has(currency) && present.some((c) => c.key === "currency");
    for (const found of rowProblems) {
      if (resolved.indexOf[found.column] === undefined) continue; // optional column absent from this table
      // Amount (KRW) shows #N/A when the rate is missing; the noFxRate problem below explains it.
      if (missingRate && found.column === "amountKrw" && found.code === "notNumeric") continue;
      add(found.column, found.code, found.message);
    }
    if (missingRate) {
      add("currency", "noFxRate", {
        ko: `통화: ${currency} 환율이 FxRates 표에 없어 원화환산액을 계산할 수 없습니다. FxRates에 ${currency} 환율을 추가하세요.`,
        en: `Currency: FxRates has no ${currency} rate, so Amount (KRW) cannot be computed. Add a ${currency} rate to FxRates.`,
      });
    }
    if (options.fxRates && !missingRate && currency !== null && currency !== "KRW" && present.some((c) => c.key === "currency")) {
      const ko = explainAmountKrwRate(options.fxRates, raw.currency, raw.signed, "ko");
      if (ko.message !== null && ko.kind !== "missing") {
        const en = explainAmountKrwRate(options.fxRates, raw.currency, raw.signed, "en");
        const column = present.some((c) => c.key === "amountKrw") ? "amountKrw" : "currency";
        add(column, ko.kind === "unusable" ? "rateUnusable" : "rateFallback", { ko: ko.message, en: en.message ?? ko.message });
      }
    }
    if (id !== "") {
      const rows = rowsById.get(id);
      if (rows) rows.push(rowIndex);
      else rowsById.set(id, [rowIndex]);
    }
  }

  for (const [id, rows] of rowsById) {
    if (rows.length < 2) continue;
    for (const rowIndex of rows) {
      const first = options.firstSheetRow;
      const others = rows.filter((r) => r !== rowIndex).map((r) => (first === undefined ? r + 1 : first + r));
      problems.push({
        rowIndex,
        id,
        column: "id",
        columnLabel: String(header[resolved.indexOf.id!]),
        code: "duplicateId",
        message:
          first === undefined
            ? {
                ko: `관리번호 "${id}"이(가) 표의 ${others.join(", ")}번째 행에서도 쓰였습니다. 관리번호는 행마다 달라야 합니다.`,
                en: `ID "${id}" is also used in table row${others.length > 1 ? "s" : ""} ${others.join(", ")}. Each row needs its own ID.`,
              }
            : {
                ko: `관리번호 "${id}"이(가) 시트 ${others.join(", ")}행에서도 쓰였습니다. 관리번호는 행마다 달라야 합니다.`,
                en: `ID "${id}" is also used on sheet row${others.length > 1 ? "s" : ""} ${others.join(", ")}. Each row needs its own ID.`,
              },
      });
    }
  }

  problems.sort((a, b) => a.rowIndex - b.rowIndex || (resolved.indexOf[a.column] ?? 0) - (resolved.indexOf[b.column] ?? 0));
  return problems;
}
