/**
 * Failures of COMMIT functions. Pure modules throw FunctionError (or the schema's and money's
 * typed errors); the wrapper (runFunction) turns them into what the host expects: in Excel a
 * CustomFunctions.Error, which shows the code in the cell and the message in its tooltip; in
 * plain Node (tests, bench, HyperFormula) a CommitFunctionError carrying the same code and message.
 */

/** The Excel error values a COMMIT function can return; the values equal CustomFunctions.ErrorCode's. */
export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  divisionByZero: "#DIV/0!",
  notAvailable: "#N/A",
  invalidNumber: "#NUM!",
} as const;

export type ErrorCodeName = keyof typeof ERROR_CODES;
export type ExcelErrorValue = (typeof ERROR_CODES)[ErrorCodeName];

/** A failure with the Excel error it should show. */
export class FunctionError extends Error {
  readonly code: ErrorCodeName;
  constructor(code: ErrorCodeName, message: string) {
    super(message);
    this.name = "FunctionError";
    this.code = code;
  }
}

export const invalidValue = (message: string) => new FunctionError("invalidValue", message);

/** What a COMMIT function throws outside Excel: an Error with the Excel error value beside the message. */
export class CommitFunctionError extends Error {
  readonly errorCode: ExcelErrorValue;
  constructor(errorCode: ExcelErrorValue, message: string) {
    super(message);
    this.name = "CommitFunctionError";
    this.errorCode = errorCode;
  }
}

interface CustomFunctionsGlobal {
  Error: new (code: string, message?: string) => unknown;
  ErrorCode: Record<string, string>;
}

function customFunctionsGlobal(): CustomFunctionsGlobal | null {
  const candidate = (globalThis as { CustomFunctions?: Partial<CustomFunctionsGlobal> }).CustomFunctions;
  return candidate && typeof candidate.Error === "function" && candidate.ErrorCode ? (candidate as CustomFunctionsGlobal) : null;
}

/**
 * The value to throw for a failure of function `id`. The message is prefixed with the function's
 * name, because Excel's tooltip does not say which nested call failed. Unexpected errors (bugs)
 * still become #VALUE! with their message rather than a silent wrong number.
 */
export function toHostError(id: string, error: unknown): unknown {
  const code: ErrorCodeName = error instanceof FunctionError ? error.code : "invalidValue";
  const detail = error instanceof Error ? error.message : String(error);
  const message = `COMMIT.${id}: ${detail}`;
  const host = customFunctionsGlobal();
  if (host) return new host.Error(host.ErrorCode[code] ?? ERROR_CODES[code], message);
  return new CommitFunctionError(ERROR_CODES[code], message);
}
