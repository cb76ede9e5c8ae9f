import { AwsServiceError } from "../aws-service-error";

/**
 * DynamoDB's errors, with the real messages. The wire `__type` prefixes are added when rendering an integration
 * response (see integration/to-wire-error.ts).
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html
 */
export function validationError(message: string): AwsServiceError {
  return new AwsServiceError("dynamodb", "ValidationException", message);
}

/** A request-shape constraint failure, in the coral validator's "N validation error detected" wording. */
export function constraintError(value: string, member: string, constraint: string): AwsServiceError {
  return validationError(
    `1 validation error detected: Value ${value} at '${member}' failed to satisfy constraint: ${constraint}`,
  );
}

/** A required request member that is absent. */
export function missingMemberError(member: string): AwsServiceError {
  return constraintError("null", member, "Member must not be null");
}

export function serializationError(message: string): AwsServiceError {
  return new AwsServiceError("dynamodb", "SerializationException", message);
}

/** Data-plane operations say only this; DescribeTable and DeleteTable name the table. */
export function resourceNotFound(tableName?: string): AwsServiceError {
  const suffix = tableName === undefined ? "" : `: Table: ${tableName} not found`;
  return new AwsServiceError(
    "dynamodb",
    "ResourceNotFoundException",
    `Requested resource not found${suffix}`,
  );
}

export function conditionalCheckFailed(item?: Record<string, unknown>): AwsServiceError {
  const fields = item === undefined ? {} : { Item: item };
  return new AwsServiceError(
    "dynamodb",
    "ConditionalCheckFailedException",
    "The conditional request failed",
    400,
    fields,
  );
}

/** `Invalid UpdateExpression: ...`, `Invalid ConditionExpression: ...` and the like. */
export function invalidExpression(label: string, detail: string): AwsServiceError {
  return validationError(`Invalid ${label}: ${detail}`);
}

export const PARAMETER_VALUES_INVALID = "One or more parameter values were invalid:";
