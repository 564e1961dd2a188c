/**
 * The one wrapper every COMMIT function runs through (as HyperFormula's runFunction): take off
 * Excel's wrappers from scalar arguments, coerce each argument by its declared kind, run the pure
 * code, and turn any failure into the host's error — CustomFunctions.Error in Excel (#VALUE! or
 * #N/A, with the message in the tooltip), CommitFunctionError with the same code and message in
 * plain Node.
 */
import { CellErrorValue, unwrapCell } from "./cells";
import { FunctionError, toHostError } from "./errors";
import { FUNCTIONS, type FunctionId, type FunctionResult } from "./registry";

/**
 * A scalar argument as the function reads it: a linked data type (Geography…) as its text, and an
 * error from the referenced cell (passed because of allowErrorForDataTypeAny) as this call's
 * failure: #N/A stays #N/A, any other error is #VALUE! naming it, since only those two carry a message.
 */
function scalarArgument(raw: unknown, name: string): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const value = unwrapCell(raw);
  if (value instanceof CellErrorValue) {
    throw new FunctionError(value.code === "#N/A" ? "notAvailable" : "invalidValue", `${name} is the error ${value.code} (from the cell it refers to).`);
  }
  return value;
}

export function runFunction<K extends FunctionId>(id: K, rawArgs: readonly unknown[]): FunctionResult<K> {
  try {
    const spec = FUNCTIONS[id] as unknown as {
      params: readonly { name: string; coerce: (raw: unknown, name: string) => unknown }[];
      run: (...args: unknown[]) => FunctionResult<K>;
    };
    // Excel passes null for an omitted argument; other hosts (HyperFormula, tests) may pass undefined.
    const args = spec.params.map((p, i) => p.coerce(scalarArgument(rawArgs[i] === undefined ? null : rawArgs[i], p.name), p.name));
    return spec.run(...args);
  } catch (error) {
    throw toHostError(id, error);
  }
}
