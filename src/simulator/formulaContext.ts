/**
 * What a formula evaluator gets to see. The simulator does not calculate by itself:
 * the demo plugs in an evaluator, and anything it does not know reads as #NAME?.
 */
import type { CellValue } from "./cellStore";

export interface TableRowContext {
  readonly table: string;
  readonly column: string;
  /** This row's values by column name (structured references like [@Amount]). */
  readonly row: Readonly<Record<string, CellValue | "">>;
}

export interface FormulaContext {
  readonly sheet: string;
  /** The formula cell, like "B2". */
  readonly address: string;
  readonly row: number;
  readonly column: number;
  /** Another cell's value (formulas evaluated); address like "A1" or "Sheet2!A1". */
  value(address: string): CellValue | "";
  /** The table row this cell belongs to, when it is in a table's body. */
  tableRow(): TableRowContext | null;
}

/**
 * Returns the value, or undefined when the evaluator does not know the formula.
 * A 2-D array spills into the empty cells right of and below the formula (see spill.ts).
 */
export type FormulaEvaluator = (formula: string, context: FormulaContext) => CellValue | CellValue[][] | undefined | null;
