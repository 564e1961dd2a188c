/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes cells of any type; the JSDoc types below become functions.json */
/**
 * The COMMIT custom functions. This file is the JSDoc source of functions.json
 * (custom-functions-metadata reads the @customfunction tags); the webpack metadata plugin's
 * loader appends the CustomFunctions.associate calls, so this module stays importable in plain
 * Node. Each body hands its raw arguments to runFunction, which coerces them, runs the pure
 * code registered in registry.ts and turns failures into #VALUE! with a message.
 */
import { runFunction } from "./runFunction";

/**
 * Sum of Amount (KRW) over export commitments, optionally for one product, partner and period. Cancelled commitments are left out.
 * @customfunction EXPORTVALUE
 * @param table The Commitments table with its header row and without a Total Row: Commitments[[#Headers],[#Data]].
 * @param [product] Product (wildcards * and ?), or digits for an HS code prefix, e.g. "단감", "0810" (a number such as 810 from a cell gets its leading zero back).
 * @param [partner] Partner or city name, or a country by code or Korean or English name, e.g. "미국", "US".
 * @param [period] Period of the Signed date: 2019, "2019-Q4", "2019년 4분기", "2019-H1", "2019-11", "2019-01-01~2019-06-30".
 * @returns Sum of Amount (KRW) in won.
 */
export function exportValue(table: any[][], product?: any, partner?: string, period?: any): number {
  return runFunction("EXPORTVALUE", [table, product, partner, period]);
}

/**
 * Sum of Amount (KRW) over investment commitments, optionally for one partner, sector and period. Cancelled commitments are left out.
 * @customfunction INVESTMENTVALUE
 * @param table The Commitments table with its header row and without a Total Row: Commitments[[#Headers],[#Data]].
 * @param [partner] Partner or city name, or a country by code or Korean or English name, e.g. "미국", "US".
 * @param [sector] Sector (case-insensitive, wildcards * and ?).
 * @param [period] Period of the Signed date: 2024, "2024-Q1", "2024년 하반기", "2024-03", "2024-01-01~2024-06-30".
 * @returns Sum of Amount (KRW) in won.
 */
export function investmentValue(table: any[][], partner?: string, sector?: string, period?: any): number {
  return runFunction("INVESTMENTVALUE", [table, partner, sector, period]);
}

/**
 * Sum of a numeric column over the commitments that meet every criterion. Cancelled commitments are left out unless a Status criterion is given.
 * @customfunction TOTAL
 * @param table The Commitments table with its header row and without a Total Row: Commitments[[#Headers],[#Data]].
 * @param measure The numeric column to sum, e.g. "Amount (KRW)", "Realized (KRW)", "Jobs", "원화환산액".
 * @param [criteria] Criteria "Column op Value" with = <> > < >= <=, e.g. "Category=Export", "구분=투자", "Signed>=2024-01-01".
 * @returns The sum.
 */
export function total(table: any[][], measure: string, criteria?: string[]): number {
  return runFunction("TOTAL", [table, measure, criteria]);
}

/**
 * Number of commitments that meet every criterion. Cancelled commitments are left out unless a Status criterion is given.
 * @customfunction COUNT
 * @param table The Commitments table with its header row and without a Total Row: Commitments[[#Headers],[#Data]].
 * @param [criteria] Criteria "Column op Value" with = <> > < >= <=, e.g. "Country=미국", "Status<>Completed".
 * @returns The number of commitments.
 */
export function count(table: any[][], criteria?: string[]): number {
  return runFunction("COUNT", [table, criteria]);
}

/**
 * Spills a cross-tab of rowField by columnField with row and column totals, largest totals first.
 * @customfunction PIVOT
 * @param table The Commitments table with its header row and without a Total Row: Commitments[[#Headers],[#Data]].
 * @param rowField Column whose values become the rows, e.g. "Country", "국가".
 * @param [columnField] Column whose values become the columns, e.g. "Category"; leave empty for a single total column.
 * @param [measure] Numeric column to sum (default Amount (KRW)), or "Count" for the number of commitments.
 * @param [period] Period of the Signed date, e.g. 2019, "2019-Q4", "2019년 상반기".
 * @param [criteria] Criteria "Column op Value" with = <> > < >= <=, e.g. "Category=Export".
 * @returns The grid: a header row, one row per value, and a total row.
 */
export function pivot(table: any[][], rowField: string, columnField?: string, measure?: string, period?: any, criteria?: string[]): any[][] {
  return runFunction("PIVOT", [table, rowField, columnField, measure, period, criteria]);
}

/**
 * Realization rate: sum of Realized (KRW) divided by sum of Amount (KRW); #VALUE! with the reason when nothing was committed.
 * @customfunction REALIZATION
 * @param table The Commitments table with its header row and without a Total Row: Commitments[[#Headers],[#Data]].
 * @param [progress] The Progress table with its header row, e.g. Progress[#All]: realized is then the sum of its Amount (KRW) up to asOf. A criterion here is read as a criterion (formulas from before schema 2).
 * @param [asOf] With progress: count progress dated on or before this date or the end of this period, e.g. "2024-09-30", "2024-Q3".
 * @param [criteria] Criteria "Column op Value" with = <> > < >= <=, e.g. "Category=Investment".
 * @returns The rate, 0 to 1 (more when realized exceeds committed).
 */
export function realization(table: any[][], progress?: any, asOf?: any, criteria?: string[]): number {
  return runFunction("REALIZATION", [table, progress, asOf, criteria]);
}

/**
 * The quarter of a date as "2019-Q4"; the fiscal year is the calendar year.
 * @customfunction QUARTER
 * @param date An Excel date or date text, e.g. "2019-11-18", "2019년 11월 18일".
 * @returns The quarter, e.g. "2019-Q4"; empty for a blank date.
 */
export function quarter(date: any): string {
  return runFunction("QUARTER", [date]);
}

/**
 * The number in Korean or English money text such as "70만불", "6조 7,000억원", "US$1.5 million".
 * @customfunction PARSEAMOUNT
 * @param text Money text, e.g. "1,276만 달러", "약 5억 원", "25만 개".
 * @returns The amount; 0 for empty text.
 */
export function parseAmount(text: any): number {
  return runFunction("PARSEAMOUNT", [text]);
}

/**
 * The ISO currency code named in money text, or empty text when it names none.
 * @customfunction PARSECURRENCY
 * @param text Money text, e.g. "70만불", "€2.3m".
 * @returns The ISO 4217 code, e.g. "USD", or "".
 */
export function parseCurrency(text: any): string {
  return runFunction("PARSECURRENCY", [text]);
}

/**
 * Won written in Korean groups of 만 with thousands commas, e.g. "6조 7,000억 원".
 * @customfunction FORMATKRW
 * @param number An amount in won; fractions are rounded to the nearest won.
 * @returns The amount as text, e.g. "1,234만 5,678 원".
 */
export function formatKrw(number: number): string {
  return runFunction("FORMATKRW", [number]);
}

/**
 * Converts an amount to won with a rates table; with a date, the latest rate on or before it.
 * @customfunction TOKRW
 * @param amount The amount, a number or money text such as "70만불".
 * @param currency The currency (code or word such as 달러, 엔); may be empty when the amount text names it.
 * @param rates The rates table with its header row: Currency, KRW per unit, optional Per and As of, e.g. FxRates[#All].
 * @param [date] The date whose rate applies, e.g. the Signed date.
 * @returns The amount in won.
 */
export function toKrw(amount: any, currency: any, rates: any[][], date?: any): number {
  return runFunction("TOKRW", [amount, currency, rates, date]);
}

/**
 * Won realized: sum of Progress Amount (KRW) dated within the period, over progress of the commitments that meet the criteria. Cancelled commitments are left out unless a Status criterion is given.
 * @customfunction REALIZED
 * @param progress The Progress table with its header row, e.g. Progress[#All].
 * @param commitments The Commitments table with its header row and without a Total Row: Commitments[[#Headers],[#Data]].
 * @param [period] Period of the progress Date: 2019, "2019-Q4", "2019년 4분기", "2019-H1", "2019-11", "2019-01-01~2019-06-30".
 * @param [criteria] Criteria on Commitments columns, "Column op Value" with = <> > < >= <=, e.g. "Category=Export", "국가=미국".
 * @returns Sum of Amount (KRW) in won.
 */
export function realized(progress: any[][], commitments: any[][], period?: any, criteria?: string[]): number {
  return runFunction("REALIZED", [progress, commitments, period, criteria]);
}

/**
 * Spills progress as a cross-tab: rows by a Commitments column of each record's commitment, columns by the quarter of its Date, summing Progress Amount (KRW), with totals.
 * @customfunction PROGRESSPIVOT
 * @param progress The Progress table with its header row, e.g. Progress[#All].
 * @param commitments The Commitments table with its header row and without a Total Row: Commitments[[#Headers],[#Data]].
 * @param rowField Commitments column whose values become the rows, e.g. "Category", "구분", "국가".
 * @param [period] Period of the progress Date, e.g. 2019, "2019-Q4", "2019-01-01~2020-06-30".
 * @param [criteria] Criteria on Commitments columns, "Column op Value" with = <> > < >= <=, e.g. "Category=Export".
 * @returns The grid: a header row of quarters, one row per value, and a total row.
 */
export function progressPivot(progress: any[][], commitments: any[][], rowField: string, period?: any, criteria?: string[]): any[][] {
  return runFunction("PROGRESSPIVOT", [progress, commitments, rowField, period, criteria]);
}
