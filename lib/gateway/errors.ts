/**
 * One error class per API Gateway gateway-response type. No stage writes a status code inline: a stage
 * throws one of these and renderGatewayResponse turns it into the response the API's configuration asks for.
 * Statuses, messages and `x-amzn-ErrorType` values come from ../shared/spec/apigw-behaviour.md section 1.2.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html
 */
import type { GatewayResponseType } from "./control/types";

export abstract class GatewayError extends Error {
  /** The gateway response type that renders this error. */
  abstract readonly responseType: GatewayResponseType;
  /** The value of the `x-amzn-ErrorType` header. */
  abstract readonly errorType: string;
  /** The status when the API has not customised the response (the type's default status). */
  abstract readonly defaultStatus: number;
  /** `$context.error.message`; null renders as `{"message":null}`. */
  readonly gatewayMessage: string | null;
  /**
   * The body AWS sends when nothing is customised, when it differs from the default template's output
   * (recorded: `{"message": "Internal server error"}` with a space, `{"Message":"..."}` for denies).
   */
  readonly builtInBody?: string;
  /** `$context.error.validationErrorString` (request validation only). */
  readonly validationErrorString?: string;
  /** Extra headers AWS adds to this error whatever the template (e.g. none for REST today). */
  readonly extraHeaders?: Readonly<Record<string, string>>;

  constructor(
    message: string | null,
    options: { builtInBody?: string; validationErrorString?: string } = {},
  ) {
    super(message ?? "null");
    this.gatewayMessage = message;
    this.builtInBody = options.builtInBody;
    this.validationErrorString = options.validationErrorString;
  }
}

/** Unknown path or method, or a stage that does not exist. 403, as AWS answers it (REC). */
export class MissingAuthenticationTokenError extends GatewayError {
  readonly responseType = "MISSING_AUTHENTICATION_TOKEN";
  readonly errorType = "MissingAuthenticationTokenException";
  readonly defaultStatus = 403;
  constructor() {
    super("Missing Authentication Token");
  }
}

export class InvalidApiKeyError extends GatewayError {
  readonly responseType = "INVALID_API_KEY";
  readonly errorType = "ForbiddenException";
  readonly defaultStatus = 403;
  constructor() {
    super("Forbidden");
  }
}

export class UnauthorizedError extends GatewayError {
  readonly responseType = "UNAUTHORIZED";
  readonly errorType = "UnauthorizedException";
  readonly defaultStatus = 401;
  constructor() {
    super("Unauthorized");
  }
}

/** Authorizer or IAM deny. AWS's built-in body uses a capital `Message` key (REC, 82-byte dump). */
export class AccessDeniedError extends GatewayError {
  readonly responseType = "ACCESS_DENIED";
  readonly errorType = "AccessDeniedException";
  readonly defaultStatus = 403;
  constructor(message: string) {
    super(message, { builtInBody: JSON.stringify({ Message: message }) });
  }
}

/** The authorizer failed or answered nonsense: `{"message":null}` (REC, 16 bytes). */
export class AuthorizerConfigurationError extends GatewayError {
  readonly responseType = "AUTHORIZER_CONFIGURATION_ERROR";
  readonly errorType = "AuthorizerConfigurationException";
  readonly defaultStatus = 500;
  constructor() {
    super(null);
  }
}

export class BadRequestParametersError extends GatewayError {
  readonly responseType = "BAD_REQUEST_PARAMETERS";
  readonly errorType = "BadRequestException";
  readonly defaultStatus = 400;
  constructor(readonly missing: readonly string[]) {
    super(`Missing required request parameters: [${missing.join(", ")}]`);
  }
}

export class BadRequestBodyError extends GatewayError {
  readonly responseType = "BAD_REQUEST_BODY";
  readonly errorType = "BadRequestException";
  readonly defaultStatus = 400;
  constructor(validationErrorString: string) {
    super("Invalid request body", { validationErrorString });
  }
}

export class ThrottledError extends GatewayError {
  readonly responseType = "THROTTLED";
  readonly errorType = "TooManyRequestsException";
  readonly defaultStatus = 429;
  constructor(readonly limitedBy: string) {
    super("Too Many Requests");
  }
}

export class QuotaExceededError extends GatewayError {
  readonly responseType = "QUOTA_EXCEEDED";
  readonly errorType = "LimitExceededException";
  readonly defaultStatus = 429;
  constructor() {
    super("Limit Exceeded");
  }
}

/** No mapping template for the request's content type under WHEN_NO_TEMPLATES or NEVER. */
export class UnsupportedMediaTypeError extends GatewayError {
  readonly responseType = "UNSUPPORTED_MEDIA_TYPE";
  // [UNVERIFIED] LocalStack sends BadRequestException; the exception named after the type is our choice.
  readonly errorType = "UnsupportedMediaTypeException";
  readonly defaultStatus = 415;
  constructor() {
    super("Unsupported Media Type");
  }
}

/** A Lambda request payload over Lambda's 6 MB limit: `{"message": "Request Too Long"}` with a space (REC). */
export class RequestTooLargeError extends GatewayError {
  readonly responseType = "REQUEST_TOO_LARGE";
  readonly errorType = "BadRequestException";
  readonly defaultStatus = 413;
  constructor() {
    super("Request Too Long", { builtInBody: '{"message": "Request Too Long"}' });
  }
}

export class IntegrationTimeoutError extends GatewayError {
  readonly responseType = "INTEGRATION_TIMEOUT";
  readonly errorType = "InternalServerErrorException";
  readonly defaultStatus = 504;
  constructor() {
    // [UNVERIFIED] spacing: the widely quoted text is given in AWS's compact default form.
    super("Endpoint request timed out");
  }
}

const INTERNAL_SERVER_ERROR_BODY = '{"message": "Internal server error"}';

/** The integration could not be reached or failed (e.g. an HTTP backend that does not answer). */
export class IntegrationFailureError extends GatewayError {
  readonly responseType = "INTEGRATION_FAILURE";
  readonly errorType = "InternalServerErrorException";
  readonly defaultStatus = 504;
  constructor(message = "Internal server error") {
    // Only "Internal server error" is recorded with a space; other messages use the default (compact) template.
    super(message, message === "Internal server error" ? { builtInBody: INTERNAL_SERVER_ERROR_BODY } : {});
  }
}

/** Configuration the API cannot serve (no matching integration response, bad mapping...): 500 (REC body). */
export class ApiConfigurationError extends GatewayError {
  readonly responseType = "API_CONFIGURATION_ERROR";
  readonly errorType = "InternalServerErrorException";
  readonly defaultStatus = 500;
  constructor(readonly reason: string) {
    super("Internal server error", { builtInBody: INTERNAL_SERVER_ERROR_BODY });
  }
}

/**
 * A Lambda proxy integration returned something that is not a proxy response, or the function failed:
 * 502 with the 36-byte body (REC). AWS has no dedicated gateway response type for it; DEFAULT_5XX
 * customisations apply [UNVERIFIED].
 */
export class MalformedLambdaProxyResponseError extends GatewayError {
  readonly responseType = "DEFAULT_5XX";
  readonly errorType = "InternalServerErrorException";
  readonly defaultStatus = 502;
  constructor(readonly reason: string) {
    super("Internal server error", { builtInBody: INTERNAL_SERVER_ERROR_BODY });
  }
}

/**
 * A request body over 10 MB never reaches API Gateway proper: plain text, no request id, and a custom
 * REQUEST_TOO_LARGE response is not applied (REC lgtm-gen#10). Not a GatewayError for that reason.
 */
export class ContentLengthExceededError extends Error {
  override name = "ContentLengthExceededError";
  readonly status = 413;
  readonly body = "HTTP content length exceeded 10485760 bytes.";
  readonly contentType = "text; charset=utf-8";
  constructor() {
    super("HTTP content length exceeded 10485760 bytes.");
  }
}

/**
 * `Cache-Control: max-age=0` from a caller without `execute-api:InvalidateCache` under FAIL_WITH_403.
 * AWS documents "a 403 Unauthorized response"; the body and gateway response type are [UNVERIFIED].
 */
export class CacheInvalidationDeniedError extends GatewayError {
  readonly responseType = "ACCESS_DENIED";
  readonly errorType = "AccessDeniedException";
  readonly defaultStatus = 403;
  constructor() {
    super("Unauthorized");
  }
}
