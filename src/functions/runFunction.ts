/**
 * The one wrapper every COMMIT function runs through (as HyperFormula's runFunction): coerce
 * each argument by its declared kind, run the pure code, and turn any failure into the host's
 * error — CustomFunctions.Error in Excel (#VALUE!, #DIV/0!, with the message in the tooltip),
 * CommitFunctionError with the same code and message in plain Node.
 */
import { toHostError } from "./errors";
import { FUNCTIONS, type FunctionId, type FunctionResult } from "./registry";

export function runFunction<K extends FunctionId>(id: K, rawArgs: readonly unknown[]): FunctionResult<K> {
  try {
    const spec = FUNCTIONS[id] as unknown as {
      params: readonly { name: string; coerce: (raw: unknown, name: string) => unknown }[];
      run: (...args: unknown[]) => FunctionResult<K>;
    };
    // Excel passes null for an omitted argument; other hosts (HyperFormula, tests) may pass undefined.
    const args = spec.params.map((p, i) => p.coerce(rawArgs[i] === undefined ? null : rawArgs[i], p.name));
    return spec.run(...args);
  } catch (error) {
    throw toHostError(id, error);
  }
}
