import { AwsServiceError } from "../aws-service-error";

/**
 * SQS errors. `type` is the JSON-protocol error name (`__type` is `com.amazonaws.sqs#<type>`); the query
 * protocol's code differs for some and is sent in the `x-amzn-query-error` header.
 *
 * @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-json-api-responses.html
 */
export const SQS_QUERY_ERROR_CODES: Readonly<Record<string, string>> = {
  QueueDoesNotExist: "AWS.SimpleQueueService.NonExistentQueue",
  QueueNameExists: "QueueAlreadyExists",
  MessageNotInflight: "AWS.SimpleQueueService.MessageNotInflight",
  PurgeQueueInProgress: "AWS.SimpleQueueService.PurgeQueueInProgress",
  UnsupportedOperation: "AWS.SimpleQueueService.UnsupportedOperation",
};

export function sqsError(type: string, message: string): AwsServiceError {
  return new AwsServiceError("sqs", type, message);
}

export function queueDoesNotExist(): AwsServiceError {
  return sqsError("QueueDoesNotExist", "The specified queue does not exist.");
}

export function missingParameter(name: string): AwsServiceError {
  return sqsError("MissingParameter", `The request must contain the parameter ${name}.`);
}

export function invalidParameterValue(message: string): AwsServiceError {
  return sqsError("InvalidParameterValue", message);
}

/** The wording SQS uses for an integer parameter out of range. */
export function outOfRange(name: string, value: number, reason: string): AwsServiceError {
  return invalidParameterValue(`Value ${value} for parameter ${name} is invalid. Reason: ${reason}`);
}

export const failSqsSerialization = (message: string): Error => sqsError("SerializationException", message);
