import type { AwsServiceError } from "../aws-service-error";
import { toQueryErrorCode } from "./render-query-response";

/**
 * The `__type` of a JSON-protocol error body. DynamoDB and Step Functions put request-validation failures in the
 * coral validator's namespace and their own exceptions in the service's; SQS uses `com.amazonaws.sqs#`.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html
 * @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-json-api-responses.html
 */
export function toWireErrorType(error: AwsServiceError): string {
  if (error.type === "ValidationException" && error.service !== "sqs")
    return "com.amazon.coral.validate#ValidationException";
  if (error.type === "SerializationException" || error.type === "UnknownOperationException")
    return `com.amazon.coral.service#${error.type}`;
  if (error.service === "dynamodb") return `com.amazonaws.dynamodb.v20120810#${error.type}`;
  if (error.service === "states") return `com.amazonaws.swf.service.v2.model#${error.type}`;
  return `com.amazonaws.sqs#${error.type}`;
}

/** A JSON-protocol error response: status, body and the headers the service adds. */
export function toJsonErrorResponse(
  error: AwsServiceError,
  requestId: string,
): { statusCode: number; headers: Record<string, string>; body: string } {
  const headers: Record<string, string> = {
    "Content-Type": "application/x-amz-json-1.0",
    "x-amzn-RequestId": requestId,
  };
  if (error.service === "sqs")
    headers["x-amzn-query-error"] =
      `${toQueryErrorCode(error)};${error.statusCode >= 500 ? "Receiver" : "Sender"}`;
  const body = { __type: toWireErrorType(error), message: error.message, ...error.fields };
  return { statusCode: error.statusCode, headers, body: JSON.stringify(body) };
}
