/**
 * Every COMMIT function, declared once: its id, its parameters (name as in functions.ts and
 * functions.json, and how the wrapper coerces the argument), and the pure code it runs. Korean
 * descriptions live in metadata/ko-KR.translations.json, keyed by the same ids and names; tests
 * check that functions.ts, this registry and the translations agree.
 */
import { formatKrw, parseAmount } from "../money";
import { count, exportValue, investmentValue, realization, total } from "./aggregate";
import * as arg from "./arguments";
import type { Coercer } from "./arguments";
import { pivot } from "./pivot";
import { quarterOf } from "./quarter";
import { progressPivot } from "./progressPivot";
import { progressGrid, realizationOf, realized } from "./realized";
import { toKrw } from "./rates";

export interface Parameter<T> {
  readonly name: string;
  readonly coerce: Coercer<T>;
}

export interface FunctionSpec<A extends unknown[], R> {
  readonly params: { readonly [K in keyof A]: Parameter<A[K]> };
  readonly run: (...args: A) => R;
}

const param = <T>(name: string, coerce: Coercer<T>): Parameter<T> => ({ name, coerce });
const define = <A extends unknown[], R>(params: { [K in keyof A]: Parameter<A[K]> }, run: (...args: A) => R): FunctionSpec<A, R> => ({
  params,
  run,
});

const table = param("table", arg.table);

export const FUNCTIONS = {
  EXPORTVALUE: define(
    [table, param("product", arg.product), param("partner", arg.optionalText), param("period", arg.period)],
    (model, product, partner, period) => exportValue(model, { product, partner, period }),
  ),
  INVESTMENTVALUE: define(
    [table, param("partner", arg.optionalText), param("sector", arg.optionalText), param("period", arg.period)],
    (model, partner, sector, period) => investmentValue(model, { partner, sector, period }),
  ),
  TOTAL: define([table, param("measure", arg.requiredText), param("criteria", arg.criteria)], (model, measure, criteria) =>
    total(model, measure, criteria),
  ),
  COUNT: define([table, param("criteria", arg.criteria)], (model, criteria) => count(model, criteria)),
  PIVOT: define(
    [
      table,
      param("rowField", arg.requiredText),
      param("columnField", arg.optionalText),
      param("measure", arg.optionalText),
      param("period", arg.period),
      param("criteria", arg.criteria),
    ],
    (model, rowField, columnField, measure, period, criteria) =>
      pivot(model, { rowField, columnField, measure, selection: { period, criteria } }),
  ),
  REALIZATION: define(
    [table, param("progress", arg.anyValue), param("asOf", arg.anyValue), param("criteria", arg.criteria)],
    (model, progress, asOf, criteria) => realizationOf(model, progress, asOf, criteria, realization),
  ),
  QUARTER: define([param("date", arg.optionalDate)], (date) => quarterOf(date)),
  PARSEAMOUNT: define([param("text", arg.anyValue)], (text) => parseAmount(text).amount),
  PARSECURRENCY: define([param("text", arg.anyValue)], (text) => parseAmount(text).currency ?? ""),
  FORMATKRW: define([param("number", arg.finiteNumber)], (n) => formatKrw(n)),
  TOKRW: define(
    [param("amount", arg.anyValue), param("currency", arg.blankableValue), param("rates", arg.rates), param("date", arg.optionalDate)],
    (amount, currency, rates, date) => toKrw(amount, currency, rates, date),
  ),
  REALIZED: define(
    [param("progress", progressGrid), param("commitments", arg.table), param("period", arg.period), param("criteria", arg.criteria)],
    (progress, model, period, criteria) => realized(progress, model, period, criteria),
  ),
  PROGRESSPIVOT: define(
    [param("progress", progressGrid), param("commitments", arg.table), param("rowField", arg.requiredText), param("period", arg.period), param("criteria", arg.criteria)],
    (progress, model, rowField, period, criteria) => progressPivot(progress, model, rowField, period, criteria),
  ),
} as const;

export type FunctionId = keyof typeof FUNCTIONS;
export type FunctionResult<K extends FunctionId> = ReturnType<(typeof FUNCTIONS)[K]["run"]>;

/** The contract's ids, in the order of the issue and of functions.ts. */
export const FUNCTION_IDS = Object.keys(FUNCTIONS) as FunctionId[];
