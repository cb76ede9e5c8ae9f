import { AwsServiceError } from "../aws-service-error";
import { toInputRecord } from "../read-input";
import { changeMessageVisibility, deleteMessage } from "./delete-message";
import {
  createQueue,
  deleteQueue,
  getQueueAttributes,
  getQueueUrl,
  listQueues,
  purgeQueue,
} from "./queue-operations";
import { receiveMessage } from "./receive-message";
import { sendMessage } from "./send-message";
import type { SqsContext, SqsOperation } from "./sqs-context";
import { failSqsSerialization } from "./sqs-errors";
import type { SqsState } from "./sqs-state";

const OPERATIONS: Readonly<Record<string, SqsOperation>> = {
  CreateQueue: createQueue,
  GetQueueUrl: getQueueUrl,
  DeleteQueue: deleteQueue,
  ListQueues: listQueues,
  GetQueueAttributes: getQueueAttributes,
  PurgeQueue: purgeQueue,
  SendMessage: sendMessage,
  ReceiveMessage: receiveMessage,
  DeleteMessage: deleteMessage,
  ChangeMessageVisibility: changeMessageVisibility,
};

/** The operations the simulated SQS answers. */
export const SQS_OPERATIONS: readonly string[] = Object.keys(OPERATIONS);

/**
 * Runs one SQS operation (JSON-protocol request and response shapes).
 *
 * @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_Operations.html
 */
export function callSqs(context: SqsContext, operation: string, input: unknown): Record<string, unknown> {
  const handler = Object.hasOwn(OPERATIONS, operation) ? OPERATIONS[operation] : undefined;
  if (handler === undefined)
    throw new AwsServiceError(
      "sqs",
      "InvalidAction",
      `The action ${operation} is not valid for this endpoint.`,
    );
  return handler(context, toInputRecord(input, failSqsSerialization));
}

export function emptySqsState(): SqsState {
  return { queues: {} };
}
