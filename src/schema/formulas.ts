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
 * Amount × (KRW per unit ÷ Per) using the FxRates row of the same currency with the latest
 * As of on or before Signed. When Signed is blank, or the currency has no rate that old,
 * the latest rate is used (officers usually seed FxRates after the trips they record).
 * KRW amounts pass through; a blank Amount or Currency gives "". A currency missing
 * from FxRates gives #N/A, which the validation panel explains.
 *
 * Only functions every Excel version has: IF, OR, COUNTIFS, SUMPRODUCT, MAX, LOOKUP.
 * SUMPRODUCT(MAX(...)) and LOOKUP(2,1/(...)) evaluate arrays without Ctrl+Shift+Enter.
 */
export function amountKrwFormulaFor(columns: AmountKrwFormulaColumns): string {
  const amount = thisRow(columns.amount);
  const currency = thisRow(columns.currency);
  const signed = thisRow(columns.signed);
  const fxCurrency = wholeColumn(columns.fxTable, columns.fxCurrency);
  const fxAsOf = wholeColumn(columns.fxTable, columns.fxAsOf);
  const fxRate = wholeColumn(columns.fxTable, columns.fxKrwPerUnit);
  const fxPer = wholeColumn(columns.fxTable, columns.fxPer);
  const cutoff = `IF(OR(${signed}="",COUNTIFS(${fxCurrency},${currency},${fxAsOf},"<="&${signed})=0),${LAST_EXCEL_DATE},${signed})`;
  const latestAsOf = `SUMPRODUCT(MAX((${fxCurrency}=${currency})*(${fxAsOf}<=${cutoff})*${fxAsOf}))`;
  const rate = `LOOKUP(2,1/((${fxCurrency}=${currency})*(${fxAsOf}=${latestAsOf})),${fxRate}/${fxPer})`;
  return `=IF(OR(${amount}="",${currency}=""),"",IF(${currency}="KRW",${amount},${amount}*${rate}))`;
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
