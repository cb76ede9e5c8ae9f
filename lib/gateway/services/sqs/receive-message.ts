import type { InputRecord } from "../read-input";
import { readInteger, readStringList } from "../read-input";
import { md5OfMessageAttributes } from "./message-attributes";
import { numericAttribute, readRedrivePolicy } from "./queue-attributes";
import { toReceiptHandle } from "./receipt-handle";
import type { SqsContext } from "./sqs-context";
import { getQueueOrThrow } from "./sqs-context";
import { failSqsSerialization, outOfRange } from "./sqs-errors";
import type { MessageState, QueueState } from "./sqs-state";

const SYSTEM_ATTRIBUTES = [
  "SenderId",
  "SentTimestamp",
  "ApproximateReceiveCount",
  "ApproximateFirstReceiveTimestamp",
];

function dropExpired(queue: QueueState, now: number): void {
  const retentionMs = numericAttribute(queue, "MessageRetentionPeriod") * 1000;
  queue.messages = queue.messages.filter((message) => message.sentTimestamp + retentionMs > now);
}

/** Moves messages received maxReceiveCount times to the dead-letter queue, as a redrive policy does. */
function redrive(context: SqsContext, queue: QueueState, message: MessageState): boolean {
  const policy = readRedrivePolicy(queue);
  if (policy === undefined || message.receiveCount < policy.maxReceiveCount) return false;
  const deadLetterQueue = Object.values(context.state.queues).find(
    (candidate) => candidate.arn === policy.deadLetterTargetArn,
  );
  if (deadLetterQueue === undefined) return false;
  queue.messages = queue.messages.filter((candidate) => candidate !== message);
  deadLetterQueue.messages.push({ ...message, receiptHandle: undefined, visibleAt: message.sentTimestamp });
  return true;
}

function selectAttributes(
  message: MessageState,
  names: readonly string[],
  accountId: string,
): Record<string, string> | undefined {
  const all: Record<string, string> = {
    SenderId: accountId,
    SentTimestamp: String(message.sentTimestamp),
    ApproximateReceiveCount: String(message.receiveCount),
    ApproximateFirstReceiveTimestamp: String(message.firstReceiveTimestamp ?? message.sentTimestamp),
  };
  const wanted = names.includes("All") ? SYSTEM_ATTRIBUTES : names.filter((name) => all[name] !== undefined);
  return wanted.length === 0 ? undefined : Object.fromEntries(wanted.map((name) => [name, all[name] ?? ""]));
}

function selectMessageAttributes(
  message: MessageState,
  names: readonly string[],
): MessageState["messageAttributes"] {
  const matches = (name: string) =>
    names.some(
      (wanted) =>
        wanted === "All" ||
        wanted === ".*" ||
        wanted === name ||
        (wanted.endsWith(".*") && name.startsWith(wanted.slice(0, -1))),
    );
  return Object.fromEntries(Object.entries(message.messageAttributes).filter(([name]) => matches(name)));
}

function toReceivedMessage(
  context: SqsContext,
  message: MessageState,
  input: InputRecord,
): Record<string, unknown> {
  const systemNames = [
    ...(readStringList(input, "AttributeNames", failSqsSerialization) ?? []),
    ...(readStringList(input, "MessageSystemAttributeNames", failSqsSerialization) ?? []),
  ];
  const received: Record<string, unknown> = {
    MessageId: message.messageId,
    ReceiptHandle: message.receiptHandle,
    MD5OfBody: message.md5OfBody,
    Body: message.body,
  };
  const attributes = selectAttributes(message, systemNames, context.accountId);
  if (attributes !== undefined) received.Attributes = attributes;
  const messageAttributes = selectMessageAttributes(
    message,
    readStringList(input, "MessageAttributeNames", failSqsSerialization) ?? [],
  );
  if (Object.keys(messageAttributes).length > 0) {
    received.MD5OfMessageAttributes = md5OfMessageAttributes(messageAttributes);
    received.MessageAttributes = messageAttributes;
  }
  return received;
}

function readReceiveLimits(
  queue: QueueState,
  input: InputRecord,
): { max: number; visibilityTimeout: number } {
  const max = readInteger(input, "MaxNumberOfMessages", failSqsSerialization) ?? 1;
  if (max < 1 || max > 10)
    throw outOfRange("MaxNumberOfMessages", max, "Must be between 1 and 10, if provided.");
  const visibilityTimeout =
    readInteger(input, "VisibilityTimeout", failSqsSerialization) ??
    numericAttribute(queue, "VisibilityTimeout");
  if (visibilityTimeout < 0 || visibilityTimeout > 43_200) {
    throw outOfRange("VisibilityTimeout", visibilityTimeout, "Must be between 0 and 43200, if provided.");
  }
  const wait = readInteger(input, "WaitTimeSeconds", failSqsSerialization) ?? 0;
  if (wait < 0 || wait > 20)
    throw outOfRange("WaitTimeSeconds", wait, "Must be >= 0 and <= 20, if provided.");
  return { max, visibilityTimeout };
}

/**
 * ReceiveMessage: up to MaxNumberOfMessages visible messages, oldest first, each hidden for the visibility
 * timeout on the sandbox clock and given a new receipt handle. WaitTimeSeconds is accepted but answered at once:
 * the clock does not move during a call, so a long poll could only ever return what is visible now.
 *
 * @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ReceiveMessage.html
 */
export function receiveMessage(context: SqsContext, input: InputRecord): Record<string, unknown> {
  const queue = getQueueOrThrow(context, input);
  const { max, visibilityTimeout } = readReceiveLimits(queue, input);
  const now = context.clock.now();
  dropExpired(queue, now);
  const received: Record<string, unknown>[] = [];
  for (const message of [...queue.messages]) {
    if (received.length >= max) break;
    if (message.visibleAt > now || redrive(context, queue, message)) continue;
    message.receiveCount += 1;
    message.firstReceiveTimestamp ??= now;
    message.visibleAt = now + visibilityTimeout * 1000;
    message.receiptHandle = toReceiptHandle(queue.name, message.messageId, context.random);
    received.push(toReceivedMessage(context, message, input));
  }
  return received.length === 0 ? {} : { Messages: received };
}
