import { AwsServiceError } from "../aws-service-error";

/**
 * Step Functions errors; on the wire `__type` is `com.amazonaws.swf.service.v2.model#<type>` (ValidationException
 * excepted, see integration/to-wire-error.ts).
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/apireference/CommonErrors.html
 */
export function statesError(type: string, message: string): AwsServiceError {
  return new AwsServiceError("states", type, message);
}

/** A required member that is absent, in the request validator's words. */
export function missingMember(member: string): AwsServiceError {
  return statesError(
    "ValidationException",
    `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`,
  );
}

export const failStatesSerialization = (message: string): Error =>
  statesError("SerializationException", message);
