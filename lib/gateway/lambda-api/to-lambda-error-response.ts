import { RestJsonProtocolError, type RestJsonResponse } from "../aws-protocol";
import { LambdaServiceError } from "../runtime";
import { LambdaApiError } from "./lambda-api-errors";

/**
 * An error as Lambda's endpoint sends it: the exception's status, its name in `x-amzn-ErrorType` (which the AWS
 * SDK reads first to pick the exception class) and `{"Type": "User", "message": ...}`. The runtime's Invoke
 * refusals go out the same way (TooManyRequestsException also with its `Reason`). Anything else is a bug: a bare
 * 500 that leaks nothing, handed to `reportInternalError`.
 * @see https://docs.aws.amazon.com/lambda/latest/api/CommonErrors.html
 */
export function toLambdaErrorResponse(
  error: unknown,
  reportInternalError: (error: unknown) => void,
): RestJsonResponse {
  if (error instanceof LambdaApiError)
    return errorResponse(error.statusCode, error.name, {
      ...(error.type && { Type: error.type }),
      message: error.message,
    });
  if (error instanceof LambdaServiceError) {
    const reason: Record<string, string> =
      "reason" in error && typeof error.reason === "string" ? { Reason: error.reason } : {};
    return errorResponse(error.statusCode, error.name, { Type: "User", message: error.message, ...reason });
  }
  if (error instanceof RestJsonProtocolError)
    return errorResponse(error.statusCode, error.name, { message: error.message });
  reportInternalError(error);
  return errorResponse(500, "ServiceException", { Type: "Service", message: "Internal server error" });
}

function errorResponse(
  statusCode: number,
  errorType: string,
  body: Record<string, string>,
): RestJsonResponse {
  return {
    statusCode,
    headers: { "content-type": "application/json", "x-amzn-ErrorType": errorType },
    body: JSON.stringify(body),
  };
}
