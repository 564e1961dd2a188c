/**
 * The COMMIT.* functions for the demo's formula evaluator: the real library
 * (src/functions/functions.ts), called the way Excel calls a custom function.
 * Ranges arrive as 2-D arrays, omitted optionals as null, and the repeating
 * criteria as one array, error cells only as the metadata flags allow. A thrown error becomes the
 * cell's error value.
 */
import * as library from "../../functions/functions";
import { CommitFunctionError } from "../../functions/errors";
import metadataFlags from "../../functions/metadata/flags.json";
import type { FormulaFunction, FunctionArgument } from "./evaluateFormula";
import { FormulaError, asMatrix, isError, topLeft, type Matrix, type Scalar, type Value } from "./values";

interface Signature {
  /** Parameters before the repeating criteria. */
  readonly fixed: number;
  readonly repeating: boolean;
  /** Positions that take a whole range (the table, the rates table). */
  readonly ranges: readonly number[];
  readonly call: (...args: unknown[]) => unknown;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the library's parameters are Excel's "any" */
const SIGNATURES: Record<string, Signature> = {
  EXPORTVALUE: { fixed: 4, repeating: false, ranges: [0], call: library.exportValue as (...a: any[]) => unknown },
  INVESTMENTVALUE: { fixed: 4, repeating: false, ranges: [0], call: library.investmentValue as (...a: any[]) => unknown },
  TOTAL: { fixed: 2, repeating: true, ranges: [0], call: library.total as (...a: any[]) => unknown },
  COUNT: { fixed: 1, repeating: true, ranges: [0], call: library.count as (...a: any[]) => unknown },
  PIVOT: { fixed: 5, repeating: true, ranges: [0], call: library.pivot as (...a: any[]) => unknown },
  REALIZATION: { fixed: 3, repeating: true, ranges: [0, 1], call: library.realization as (...a: any[]) => unknown },
  REALIZED: { fixed: 3, repeating: true, ranges: [0, 1], call: library.realized as (...a: any[]) => unknown },
  PROGRESSPIVOT: { fixed: 4, repeating: true, ranges: [0, 1], call: library.progressPivot as (...a: any[]) => unknown },
  QUARTER: { fixed: 1, repeating: false, ranges: [], call: library.quarter as (...a: any[]) => unknown },
  PARSEAMOUNT: { fixed: 1, repeating: false, ranges: [], call: library.parseAmount as (...a: any[]) => unknown },
  PARSECURRENCY: { fixed: 1, repeating: false, ranges: [], call: library.parseCurrency as (...a: any[]) => unknown },
  FORMATKRW: { fixed: 1, repeating: false, ranges: [], call: library.formatKrw as (...a: any[]) => unknown },
  TOKRW: { fixed: 4, repeating: false, ranges: [2], call: library.toKrw as (...a: any[]) => unknown },
};
/* eslint-enable @typescript-eslint/no-explicit-any */

/** The top-level metadata flags the build adds to functions.json (see webpack.config.js). */
export interface MetadataFlags {
  readonly allowErrorForDataTypeAny?: boolean;
}

/**
 * Excel hands empty cells of a range to a custom function as "" (Excel on the web), and an error
 * cell as a CustomFunctions.Error ({ code, message }) — but only when the metadata sets
 * allowErrorForDataTypeAny. Without it Excel does not call the function at all: the cell shows the
 * first error, with no message (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors,
 * "Errors as custom function inputs"). That refusal is returned as the error here, so a build that
 * lost the flag shows every report cell failing in the demo too.
 */
function rangeArgument(value: Value, flags: MetadataFlags): unknown[][] | FormulaError {
  const rows = asMatrix(value);
  const out: unknown[][] = [];
  for (const row of rows) {
    const line: unknown[] = [];
    for (const cell of row) {
      if (isError(cell)) {
        if (!flags.allowErrorForDataTypeAny) return new FormulaError(cell.code);
        line.push({ code: cell.code, message: cell.message });
      } else line.push(cell === null ? "" : cell);
    }
    out.push(line);
  }
  return out;
}

function resultValue(result: unknown): Value {
  if (Array.isArray(result)) {
    return (result as unknown[][]).map((row) =>
      row.map((cell): Scalar => (cell === null || cell === undefined ? null : (cell as Scalar))),
    ) as Matrix;
  }
  if (typeof result === "number" || typeof result === "string" || typeof result === "boolean") return result;
  return new FormulaError("#VALUE!", `unexpected result ${String(result)}`);
}

function commitFunction(id: string, signature: Signature, flags: MetadataFlags): FormulaFunction {
  return (args: FunctionArgument[]) => {
    if (!signature.repeating && args.length > signature.fixed) {
      return new FormulaError("#VALUE!", `COMMIT.${id} takes at most ${signature.fixed} arguments`);
    }
    const positional: unknown[] = [];
    for (let i = 0; i < signature.fixed; i++) {
      const arg = args[i];
      if (arg === undefined) {
        positional.push(null);
        continue;
      }
      if (signature.ranges.includes(i)) {
        if (isError(arg)) return arg;
        const range = rangeArgument(arg, flags);
        if (isError(range)) return range;
        positional.push(range);
        continue;
      }
      const scalar = topLeft(arg);
      if (isError(scalar)) return scalar;
      positional.push(scalar);
    }
    if (signature.repeating) {
      const repeated: unknown[] = [];
      for (const arg of args.slice(signature.fixed)) {
        const scalar = arg === undefined ? null : topLeft(arg);
        if (isError(scalar)) return scalar;
        repeated.push(scalar);
      }
      positional.push(repeated);
    }
    try {
      return resultValue(signature.call(...positional));
    } catch (error) {
      if (error instanceof CommitFunctionError) return new FormulaError(error.errorCode, error.message);
      return new FormulaError("#VALUE!", error instanceof Error ? error.message : String(error));
    }
  };
}

/** The COMMIT functions as Excel would call them under the given metadata flags. */
export function commitFunctions(flags: MetadataFlags): ReadonlyMap<string, FormulaFunction> {
  return new Map(Object.entries(SIGNATURES).map(([id, signature]) => [`COMMIT.${id}`, commitFunction(id, signature, flags)]));
}

/** Under the flags the build actually ships. */
export const COMMIT_FUNCTIONS: ReadonlyMap<string, FormulaFunction> = commitFunctions(metadataFlags);
