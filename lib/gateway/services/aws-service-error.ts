/** The simulated services, named as in API Gateway integration URIs (`arn:aws:apigateway:{region}:{service}:...`). */
export type AwsServiceName = "dynamodb" | "sqs" | "sns" | "states";

/**
 * An error a simulated AWS service returns, in the service's own words: `type` is the error code an SDK exposes
 * as `error.name` (e.g. `ConditionalCheckFailedException`, `QueueDoesNotExist`, `NotFound`), `statusCode` the
 * HTTP status the real service answers with (400 for client errors, 404 for SNS `NotFound`).
 * `fields` carries extra members the real error body has (DynamoDB's `Item` with ReturnValuesOnConditionCheckFailure).
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html
 */
export class AwsServiceError extends Error {
  override readonly name = "AwsServiceError";
  constructor(
    readonly service: AwsServiceName,
    readonly type: string,
    message: string,
    readonly statusCode = 400,
    readonly fields: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}
