/**
 * Errors shaped like OfficeExtension.Error, so adapter code that inspects
 * `error.code` (and the UI that shows `error.message`) behaves as it will in Office.
 */
export type SimulatorErrorCode =
  | "PropertyNotLoaded"
  | "ItemNotFound"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "GeneralException"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "ItemAlreadyExists"
  | "InvalidRequestContext"
  | "InvalidSelection"
  | "ValueNotLoaded";

export class SimulatorError extends Error {
  readonly code: SimulatorErrorCode;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly httpStatusCode: number;
  readonly traceMessages: string[] = [];
  /** The original error when a simulator fault is reported as GeneralException. */
  innerError?: unknown;

  constructor(code: SimulatorErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
    this.httpStatusCode = code === "ItemNotFound" ? 404 : code.endsWith("LimitExceeded") ? 413 : 400;
  }
}

export function propertyNotLoaded(property: string): SimulatorError {
  return new SimulatorError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function valueNotLoaded(): SimulatorError {
  return new SimulatorError(
    "ValueNotLoaded",
    `The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.`,
  );
}

export function itemNotFound(what: string, location?: string): SimulatorError {
  return new SimulatorError("ItemNotFound", `The requested resource doesn't exist. (${what})`, location);
}

export function invalidArgument(detail: string, location?: string): SimulatorError {
  return new SimulatorError(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format. (${detail})`,
    location,
  );
}

export function invalidOperation(detail: string, location?: string): SimulatorError {
  return new SimulatorError("InvalidOperation", `This operation is not permitted. (${detail})`, location);
}

export function alreadyExists(detail: string, location?: string): SimulatorError {
  return new SimulatorError("ItemAlreadyExists", `The resource already exists. (${detail})`, location);
}

export function invalidSelection(detail: string): SimulatorError {
  return new SimulatorError("InvalidSelection", `The current selection is invalid for this operation. (${detail})`);
}

export function invalidRequestContext(): SimulatorError {
  return new SimulatorError(
    "InvalidRequestContext",
    "Cannot use the object across different request contexts. (An object from one run() was used in another.)",
  );
}

export function generalException(detail: string, innerError?: unknown): SimulatorError {
  const error = new SimulatorError("GeneralException", `There was an internal error while processing the request. (${detail})`);
  if (innerError !== undefined) error.innerError = innerError;
  return error;
}

export function payloadTooLarge(which: "Request" | "Response", bytes: number, limit: number): SimulatorError {
  return new SimulatorError(
    which === "Request" ? "RequestPayloadSizeLimitExceeded" : "ResponsePayloadSizeLimitExceeded",
    `The ${which.toLowerCase()} payload size has exceeded the limit (${bytes} bytes > ${limit} bytes). See https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization.`,
  );
}
