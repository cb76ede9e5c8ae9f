/**
 * Errors the Lambda service itself answers with (the Invoke call fails before or instead of the function), one
 * class per AWS exception type. Function errors are not thrown: they come back as an InvokeResult with
 * `functionError` set, as Lambda returns them.
 * @see https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html#API_Invoke_Errors
 */
export type LambdaServiceErrorType =
  | "InvalidParameterValueException"
  | "InvalidRequestContentException"
  | "RequestEntityTooLargeException"
  | "ResourceNotFoundException"
  | "TooManyRequestsException";

/** Base class: never thrown directly. `name` is the AWS exception type, `statusCode` its HTTP status. */
export abstract class LambdaServiceError extends Error {
  abstract override readonly name: LambdaServiceErrorType;
  abstract readonly statusCode: number;
}

/** 400: a function setting is out of range (timeout, memory size, handler, runtime). */
export class InvalidParameterValueError extends LambdaServiceError {
  override readonly name = "InvalidParameterValueException" as const;
  readonly statusCode = 400;
}

/** 400: the payload is not JSON ("Could not parse request body into json: ..."). */
export class InvalidRequestContentError extends LambdaServiceError {
  override readonly name = "InvalidRequestContentException" as const;
  readonly statusCode = 400;
}

/**
 * 413: the request payload exceeds the 6 MB synchronous limit (6,291,456 bytes). API Gateway turns it into 413
 * `{"message": "Request Too Long"}`.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html
 */
export class RequestEntityTooLargeError extends LambdaServiceError {
  override readonly name = "RequestEntityTooLargeException" as const;
  readonly statusCode = 413;
  constructor(readonly payloadBytes: number) {
    super("Request must be smaller than 6291456 bytes for the InvokeFunction operation");
  }
}

/** 404: no function of that name is deployed. */
export class ResourceNotFoundError extends LambdaServiceError {
  override readonly name = "ResourceNotFoundException" as const;
  readonly statusCode = 404;
  constructor(
    readonly functionName: string,
    arn: string,
  ) {
    super(`Function not found: ${arn}`);
  }
}

/** 429: no concurrency left for a new execution environment ("Rate Exceeded."). */
export class TooManyRequestsError extends LambdaServiceError {
  override readonly name = "TooManyRequestsException" as const;
  readonly statusCode = 429;
  readonly reason = "ConcurrentInvocationLimitExceeded";
  constructor() {
    super("Rate Exceeded.");
  }
}
