/**
 * Failures of parameter mapping. An invalid expression is a configuration AWS rejects when the API is put,
 * so meeting one while serving is a 500 configuration error; mapping a header API Gateway manages itself is
 * recorded as a 500 `{"message": "Internal server error"}` (REC LS:test_apigateway_integrations::
 * TestApiGatewayHeaderRemapping, 2024-12-11).
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html
 */
import { ApiConfigurationError, GatewayError } from "../errors";

/** An expression or target outside the documented mapping grammar, or a source not allowed where it is used. */
export class InvalidMappingExpressionError extends ApiConfigurationError {
  override name = "InvalidMappingExpressionError";
  constructor(
    readonly expression: string,
    detail: string,
  ) {
    super(`Invalid mapping expression specified: ${expression} (${detail})`);
  }
}

/**
 * `integration.request.header.Content-Length` / `Transfer-Encoding` (any integration), or `Authorization`,
 * `Connection`, `Expect`, `Proxy-Authenticate`, `TE` on AWS and AWS_PROXY integrations, received a value.
 * Which gateway response type AWS uses is [UNVERIFIED]; the status, body and `x-amzn-ErrorType` are recorded.
 */
export class InvalidIntegrationHeaderMappingError extends ApiConfigurationError {
  override name = "InvalidIntegrationHeaderMappingError";
  constructor(readonly header: string) {
    super(`Execution failed due to configuration error: ${header} header cannot be mapped`);
  }
}

/** `method.request.body.<JSONPath>` on a body that looks like JSON but is not: 400 [LS; UNVERIFIED]. */
export class InvalidJsonInRequestBodyError extends GatewayError {
  override name = "InvalidJsonInRequestBodyError";
  readonly responseType = "BAD_REQUEST_BODY";
  readonly errorType = "BadRequestException";
  readonly defaultStatus = 400;
  constructor() {
    super("Invalid JSON in request body");
  }
}

/** `integration.response.body.<JSONPath>` on a response body that looks like JSON but is not: 500 [LS]. */
export class InvalidIntegrationResponseBodyError extends ApiConfigurationError {
  override name = "InvalidIntegrationResponseBodyError";
}
