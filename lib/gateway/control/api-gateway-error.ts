/**
 * The control plane's errors, one class per AWS exception type. `name` is the value AWS puts in the
 * `x-amzn-ErrorType` header and in the SDK's `error.name`; `statusCode` is the HTTP status it answers with.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/CommonErrors.html
 */
export type ApiGatewayErrorType =
  | "BadRequestException"
  | "ConflictException"
  | "LimitExceededException"
  | "NotFoundException"
  | "TooManyRequestsException"
  | "UnauthorizedException"
  | "ValidationException";

/** Base class: never thrown directly, so `instanceof` and `name` always name a real AWS exception. */
export abstract class ApiGatewayError extends Error {
  abstract override readonly name: ApiGatewayErrorType;
  abstract readonly statusCode: number;
}

/** 400: the request is malformed or breaks a rule of the API model. */
export class BadRequestException extends ApiGatewayError {
  override readonly name = "BadRequestException" as const;
  readonly statusCode = 400;
}

/** 400: a member fails its Smithy constraint (enum value, pattern); AWS words it "N validation error(s) detected". */
export class ValidationException extends ApiGatewayError {
  override readonly name = "ValidationException" as const;
  readonly statusCode = 400;
}

/** 401: the caller is not authenticated. */
export class UnauthorizedException extends ApiGatewayError {
  override readonly name = "UnauthorizedException" as const;
  readonly statusCode = 401;
}

/** 404: the identified entity does not exist. */
export class NotFoundException extends ApiGatewayError {
  override readonly name = "NotFoundException" as const;
  readonly statusCode = 404;
}

/** 409: the entity already exists or is still referenced. */
export class ConflictException extends ApiGatewayError {
  override readonly name = "ConflictException" as const;
  readonly statusCode = 409;
}

/** 429: an account or API quota (resources, stages, authorizers...) is reached. */
export class LimitExceededException extends ApiGatewayError {
  override readonly name = "LimitExceededException" as const;
  readonly statusCode = 429;
}

/** 429: the control-plane request rate is exceeded. */
export class TooManyRequestsException extends ApiGatewayError {
  override readonly name = "TooManyRequestsException" as const;
  readonly statusCode = 429;
}
