import { ApiGatewayError } from "../control";
import { RestJsonProtocolError } from "./rest-json-protocol-error";
import { JSON_CONTENT_TYPE, type RestJsonResponse } from "./rest-json-response";

/**
 * An error as API Gateway's REST-JSON endpoint sends it: the exception's HTTP status, its name in
 * `x-amzn-ErrorType` (which the AWS SDK reads first to pick the exception class) and `{"message": ...}`.
 * Anything that is not an AWS exception is a bug: it becomes a bare 500 that leaks nothing, and is
 * handed to `reportInternalError`.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/CommonErrors.html
 */
export function toRestJsonError(
  error: unknown,
  reportInternalError: (error: unknown) => void,
): RestJsonResponse {
  if (error instanceof ApiGatewayError || error instanceof RestJsonProtocolError)
    return errorResponse(error.statusCode, error.name, error.message);
  reportInternalError(error);
  return errorResponse(500, "InternalFailure", "Internal server error");
}

function errorResponse(statusCode: number, errorType: string, message: string): RestJsonResponse {
  return {
    statusCode,
    headers: { "content-type": JSON_CONTENT_TYPE, "x-amzn-ErrorType": errorType },
    body: JSON.stringify({ message }),
  };
}
