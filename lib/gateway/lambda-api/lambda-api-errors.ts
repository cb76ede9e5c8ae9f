/**
 * The Lambda API's own refusals, one class per AWS exception type. `name` goes out in `x-amzn-ErrorType` (the
 * SDK picks its exception class from it) and `statusCode` is the HTTP status. Client errors carry
 * `"Type": "User"` in the body, as Lambda sends them; the framework-level `ValidationException` does not.
 * Invoke's own refusals (payload not JSON, too large, throttled) are the runtime's `LambdaServiceError`s.
 * @see https://docs.aws.amazon.com/lambda/latest/api/CommonErrors.html
 * @see https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html#API_CreateFunction_Errors
 */
export type LambdaApiErrorType =
  | "InvalidParameterValueException"
  | "PolicyLengthExceededException"
  | "PreconditionFailedException"
  | "RequestEntityTooLargeException"
  | "ResourceConflictException"
  | "ResourceNotFoundException"
  | "ServiceException"
  | "ValidationException";

/** Base class: never thrown directly, so `name` always names a real Lambda exception. */
export abstract class LambdaApiError extends Error {
  abstract override readonly name: LambdaApiErrorType;
  abstract readonly statusCode: number;
  /** The body's `Type` member: `User` for the caller's mistakes, `Service` for Lambda's. */
  readonly type: "User" | "Service" | undefined = "User";
}

/** 400: a parameter is valid in shape but not acceptable (runtime, package, environment size). */
export class InvalidParameterValueException extends LambdaApiError {
  override readonly name = "InvalidParameterValueException" as const;
  readonly statusCode = 400;
}

/**
 * 400: members fail their model constraints (pattern, range, length, required), all listed in one message:
 * "1 validation error detected: Value 'x' at 'role' failed to satisfy constraint: ..." (recorded in public
 * issue reports, body `{"message": ...}` without `Type`).
 */
export class ValidationException extends LambdaApiError {
  override readonly name = "ValidationException" as const;
  readonly statusCode = 400;
  override readonly type = undefined;
  constructor(readonly violations: readonly string[]) {
    const count = `${violations.length} validation error${violations.length === 1 ? "" : "s"} detected`;
    super(`${count}: ${violations.join("; ")}`);
  }
}

/** 400: the resource policy would pass 20 KB ("The final policy size (20749) is bigger than the limit (20480)."). */
export class PolicyLengthExceededException extends LambdaApiError {
  override readonly name = "PolicyLengthExceededException" as const;
  readonly statusCode = 400;
}

/** 412: the request's RevisionId is not the function's current one. */
export class PreconditionFailedException extends LambdaApiError {
  override readonly name = "PreconditionFailedException" as const;
  readonly statusCode = 412;
  constructor() {
    super(
      "The Revision Id provided does not match the latest Revision Id. " +
        "Call the GetFunction/GetAlias API to retrieve the latest Revision Id",
    );
  }
}

/**
 * 413: the request is over the operation's size limit. Lambda names this `RequestEntityTooLargeException` on the
 * wire ("Request must be smaller than 69905067 bytes for the CreateFunction operation"), although its model
 * calls Invoke's variant `RequestTooLargeException` (recorded in public issue reports, 2016-2024).
 */
export class RequestEntityTooLargeException extends LambdaApiError {
  override readonly name = "RequestEntityTooLargeException" as const;
  readonly statusCode = 413;
}

/** 409: the function or the statement id already exists. */
export class ResourceConflictException extends LambdaApiError {
  override readonly name = "ResourceConflictException" as const;
  readonly statusCode = 409;
}

/** 404: no such function, qualifier, policy or statement. */
export class ResourceNotFoundException extends LambdaApiError {
  override readonly name = "ResourceNotFoundException" as const;
  readonly statusCode = 404;
}

/** 500: the simulator cannot serve the request (a sandbox built without the Lambda runtime). */
export class ServiceException extends LambdaApiError {
  override readonly name = "ServiceException" as const;
  readonly statusCode = 500;
  override readonly type = "Service" as const;
}
