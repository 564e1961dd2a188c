/**
 * Native Excel formulas the workbook keeps by itself, so it computes without the add-in.
 * Amount (KRW) is a calculated column of the Commitments table that converts Amount
 * through the FxRates table.
 */
import { columnLabel, FX_TABLE_NAME, type Language } from "./columns";

export type FxColumnKey = "currency" | "krwPerUnit" | "per" | "asOf";

/** FxRates columns in setup order. `Per` is the unit the rate is quoted in (JPY and VND are quoted per 100). */
export const FX_COLUMNS: readonly { key: FxColumnKey; en: string; ko: string; numberFormat: string; width: number }[] = [
  { key: "currency", en: "Currency", ko: "통화", numberFormat: "@", width: 60 },
  { key: "krwPerUnit", en: "KRW per unit", ko: "원화환율", numberFormat: "#,##0.00", width: 90 },
  { key: "per", en: "Per", ko: "단위", numberFormat: "#,##0", width: 50 },
  { key: "asOf", en: "As of", ko: "기준일", numberFormat: "yyyy-mm-dd", width: 80 },
];

export function fxColumnLabel(key: FxColumnKey, language: Language): string {
  const column = FX_COLUMNS.find((c) => c.key === key);
  if (!column) throw new Error(`Unknown FxRates column "${key}"`);
  return column[language];
}

export function fxHeaderRow(language: Language): string[] {
  return FX_COLUMNS.map((c) => c[language]);
}

/** The serial of 9999-12-31, Excel's last date: "no cut-off" when Signed is blank. */
const LAST_EXCEL_DATE = 2958465;

/** Header names the Amount (KRW) formula refers to, as they appear in the two tables. */
export interface AmountKrwFormulaColumns {
  readonly amount: string;
  readonly currency: string;
  readonly signed: string;
  readonly fxTable: string;
  readonly fxCurrency: string;
  readonly fxKrwPerUnit: string;
  readonly fxPer: string;
  readonly fxAsOf: string;
}

/** Characters that must be escaped with an apostrophe inside a structured-reference column name. */
const STRUCTURED_REF_SPECIALS = /(['#[\]])/g;

function escapeColumnName(name: string): string {
  return name.replace(STRUCTURED_REF_SPECIALS, "'$1");
}

/** `[@Amount]`, or `[@[KRW per unit]]` when the name has spaces or punctuation. */
export function thisRow(name: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(name) ? `[@${name}]` : `[@[${escapeColumnName(name)}]]`;
}

export function wholeColumn(table: string, name: string): string {
  return `${table}[${escapeColumnName(name)}]`;
}

/**
 * Amount × (KRW per unit ÷ Per), with the rate rule TOKRW uses (src/functions/rates.ts;
 * docs/formulas.md, "Which rate a row uses"), for the FxRates rows of the row's currency:
 *  - the rate with the latest As of on or before Signed;
 *  - Signed earlier than every rate: the earliest rate; no Signed: the latest rate;
 *  - a rate without As of counts as older than any date; a blank or 0 Per means 1.
 * KRW amounts and an Amount of 0 pass through (0 of any currency is 0 won, as TOKRW says, even
 * with no rate for it); a blank Amount or Currency gives "".
 *
 * The column is never an error (issue 10 item 1): an error cell in Commitments would keep Excel
 * from calling every COMMIT function that reads the table. So where TOKRW says #VALUE! the column
 * gives "" — a currency with no rate, two rates sharing the As of the rule picks, a rates row whose
 * rate is not a positive number, or anything unreadable (the outer IFERROR) — and the functions
 * and the validation panel say why that row's Amount (KRW) is blank.
 *
 * Only functions every Excel version the add-in runs in has (Excel 2007 and later): IF, IFERROR,
 * OR, SUMPRODUCT, MAX, MIN. SUMPRODUCT(MAX(...)) evaluates its array without Ctrl+Shift+Enter.
 * With the tie check, exactly one row matches, so SUMPRODUCT over it is that row's rate.
 */
export function amountKrwFormulaFor(columns: AmountKrwFormulaColumns): string {
  const amount = thisRow(columns.amount);
  const currency = thisRow(columns.currency);
  const signed = thisRow(columns.signed);
  const fxCurrency = wholeColumn(columns.fxTable, columns.fxCurrency);
  const fxAsOf = wholeColumn(columns.fxTable, columns.fxAsOf);
  const fxRate = wholeColumn(columns.fxTable, columns.fxKrwPerUnit);
  const fxPer = wholeColumn(columns.fxTable, columns.fxPer);
  const same = `(${fxCurrency}=${currency})`;
  const earliest = `SUMPRODUCT(MIN(${same}*${fxAsOf}+(${fxCurrency}<>${currency})*${LAST_EXCEL_DATE}))`;
  const cutoff = `IF(${signed}="",${LAST_EXCEL_DATE},IF(SUMPRODUCT(${same}*(${fxAsOf}<=${signed}))=0,${earliest},${signed}))`;
  const chosenAsOf = `SUMPRODUCT(MAX(${same}*(${fxAsOf}<=${cutoff})*${fxAsOf}))`;
  const chosen = `${same}*(${fxAsOf}=${chosenAsOf})`;
  const badRate = `SUMPRODUCT((${fxCurrency}<>"")*(${fxRate}<=0))>0`;
  const rate = `SUMPRODUCT(${chosen}*${fxRate}/(${fxPer}+(${fxPer}=0)))`;
  const convert = `IF(OR(SUMPRODUCT(${chosen})<>1,${badRate}),"",${amount}*${rate})`;
  return `=IFERROR(IF(OR(${amount}="",${currency}=""),"",IF(OR(${currency}="KRW",${amount}=0),${amount},${convert})),"")`;
}

/** The formula for tables whose headers are the schema labels in `language` (what setup creates). */
export function amountKrwFormula(language: Language): string {
  return amountKrwFormulaFor({
    amount: columnLabel("amount", language),
    currency: columnLabel("currency", language),
    signed: columnLabel("signed", language),
    fxTable: FX_TABLE_NAME,
    fxCurrency: fxColumnLabel("currency", language),
    fxKrwPerUnit: fxColumnLabel("krwPerUnit", language),
    fxPer: fxColumnLabel("per", language),
    fxAsOf: fxColumnLabel("asOf", language),
  });
}
