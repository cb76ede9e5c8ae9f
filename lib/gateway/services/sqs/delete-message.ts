import type { InputRecord } from "../read-input";
import { readInteger } from "../read-input";
import { parseReceiptHandle } from "./receipt-handle";
import type { SqsContext } from "./sqs-context";
import { getQueueOrThrow, readRequiredString } from "./sqs-context";
import { failSqsSerialization, missingParameter, outOfRange, sqsError } from "./sqs-errors";
import type { MessageState, QueueState } from "./sqs-state";

function findMessage(queue: QueueState, handle: string): MessageState | undefined {
  const parsed = parseReceiptHandle(handle);
  if (parsed === undefined || parsed.queueName !== queue.name) {
    throw sqsError(
      "ReceiptHandleIsInvalid",
      `The input receipt handle "${handle}" is not a valid receipt handle.`,
    );
  }
  return queue.messages.find((message) => message.messageId === parsed.messageId);
}

/**
 * DeleteMessage. Only the latest receipt handle deletes; an older one, or one for a message already deleted, still
 * succeeds without effect, as SQS documents.
 *
 * @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_DeleteMessage.html
 */
export function deleteMessage(context: SqsContext, input: InputRecord): Record<string, unknown> {
  const queue = getQueueOrThrow(context, input);
  const handle = readRequiredString(input, "ReceiptHandle");
  const message = findMessage(queue, handle);
  if (message !== undefined && message.receiptHandle === handle) {
    queue.messages = queue.messages.filter((candidate) => candidate !== message);
  }
  return {};
}

/**
 * ChangeMessageVisibility: a new visibility timeout for a message in flight, counted from now.
 *
 * @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ChangeMessageVisibility.html
 */
export function changeMessageVisibility(context: SqsContext, input: InputRecord): Record<string, unknown> {
  const queue = getQueueOrThrow(context, input);
  const handle = readRequiredString(input, "ReceiptHandle");
  const timeout = readInteger(input, "VisibilityTimeout", failSqsSerialization);
  if (timeout === undefined) throw missingParameter("VisibilityTimeout");
  if (timeout < 0 || timeout > 43_200)
    throw outOfRange("VisibilityTimeout", timeout, "Must be between 0 and 43200, if provided.");
  const message = findMessage(queue, handle);
  const now = context.clock.now();
  if (message === undefined || message.receiptHandle !== handle || message.visibleAt <= now) {
    throw sqsError(
      "MessageNotInflight",
      "Message does not exist or is not available for visibility timeout change.",
    );
  }
  message.visibleAt = now + timeout * 1000;
  return {};
}
