import { exportValue } from "./functions";
import { CommitFunctionError, toHostError } from "./errors";

describe("errors", () => {
  afterEach(() => {
    delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
  });

  it("throws plain Errors with errorCode in Node, where CustomFunctions does not exist", () => {
    expect(() => exportValue("x" as never)).toThrow(CommitFunctionError);
    try {
      exportValue("x" as never);
    } catch (error) {
      expect(error).toBeInstanceOf(Error);
      expect((error as CommitFunctionError).errorCode).toBe("#VALUE!");
    }
  });

  it("throws CustomFunctions.Error with the ErrorCode and message inside Excel", () => {
    class FakeError {
      constructor(
        readonly code: string,
        readonly message?: string,
      ) {}
    }
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = {
      Error: FakeError,
      ErrorCode: { invalidValue: "#VALUE!", divisionByZero: "#DIV/0!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
    };
    let thrown: unknown;
    try {
      exportValue([["구분", "원화환산액"], ["수출", "약간"]]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(FakeError);
    expect(thrown).toMatchObject({ code: "#VALUE!", message: expect.stringContaining('원화환산액 (Amount (KRW)) is "약간"') });
  });

  it("prefixes the function name and keeps unexpected errors loud", () => {
    const error = toHostError("TOTAL", new TypeError("boom")) as CommitFunctionError;
    expect(error.message).toBe("COMMIT.TOTAL: boom");
    expect(error.errorCode).toBe("#VALUE!");
  });
});
