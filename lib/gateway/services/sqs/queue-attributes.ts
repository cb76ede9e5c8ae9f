import { sqsError } from "./sqs-errors";
import type { QueueState } from "./sqs-state";

/**
 * The queue attributes CreateQueue accepts, with their defaults and ranges.
 *
 * @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CreateQueue.html
 */
const NUMERIC_ATTRIBUTES: Readonly<Record<string, { default: number; min: number; max: number }>> = {
  DelaySeconds: { default: 0, min: 0, max: 900 },
  MaximumMessageSize: { default: 262_144, min: 1024, max: 262_144 },
  MessageRetentionPeriod: { default: 345_600, min: 60, max: 1_209_600 },
  ReceiveMessageWaitTimeSeconds: { default: 0, min: 0, max: 20 },
  VisibilityTimeout: { default: 30, min: 0, max: 43_200 },
};
const OTHER_ATTRIBUTES = new Set([
  "Policy",
  "RedrivePolicy",
  "RedriveAllowPolicy",
  "KmsMasterKeyId",
  "KmsDataKeyReusePeriodSeconds",
  "SqsManagedSseEnabled",
]);

/** Validates CreateQueue's Attributes and fills in the defaults. */
export function toQueueAttributes(raw: Readonly<Record<string, unknown>>): Record<string, string> {
  if (raw.FifoQueue !== undefined || raw.ContentBasedDeduplication !== undefined) {
    throw sqsError("UnsupportedOperation", "FIFO queues are not simulated by Gatewise.");
  }
  const attributes: Record<string, string> = {};
  for (const [name, range] of Object.entries(NUMERIC_ATTRIBUTES)) attributes[name] = String(range.default);
  attributes.SqsManagedSseEnabled = "true";
  for (const [name, value] of Object.entries(raw)) {
    const range = NUMERIC_ATTRIBUTES[name];
    if (range === undefined && !OTHER_ATTRIBUTES.has(name))
      throw sqsError("InvalidAttributeName", `Unknown Attribute ${name}.`);
    const text = String(value);
    const number = Number(text);
    if (range !== undefined && (!Number.isInteger(number) || number < range.min || number > range.max)) {
      throw sqsError("InvalidAttributeValue", `Invalid value for the parameter ${name}.`);
    }
    if (name === "RedrivePolicy") checkRedrivePolicy(text);
    attributes[name] = range === undefined ? text : String(number);
  }
  return attributes;
}

function checkRedrivePolicy(text: string): void {
  let policy: unknown;
  try {
    policy = JSON.parse(text);
  } catch {
    policy = undefined;
  }
  const valid =
    typeof policy === "object" &&
    policy !== null &&
    typeof (policy as Record<string, unknown>).deadLetterTargetArn === "string" &&
    Number((policy as Record<string, unknown>).maxReceiveCount) >= 1;
  if (!valid) throw sqsError("InvalidAttributeValue", "Invalid value for the parameter RedrivePolicy.");
}

/** A numeric attribute of a queue. */
export function numericAttribute(queue: QueueState, name: string): number {
  return Number(queue.attributes[name] ?? NUMERIC_ATTRIBUTES[name]?.default ?? 0);
}

/** The dead-letter queue ARN and receive limit of a queue with a RedrivePolicy. */
export function readRedrivePolicy(
  queue: QueueState,
): { deadLetterTargetArn: string; maxReceiveCount: number } | undefined {
  const text = queue.attributes.RedrivePolicy;
  if (text === undefined) return undefined;
  const policy = JSON.parse(text) as { deadLetterTargetArn: string; maxReceiveCount: number | string };
  return { deadLetterTargetArn: policy.deadLetterTargetArn, maxReceiveCount: Number(policy.maxReceiveCount) };
}

/** GetQueueAttributes' Attributes map at `now`. */
export function describeQueueAttributes(queue: QueueState, now: number): Record<string, string> {
  const waiting = queue.messages.filter((message) => message.visibleAt > now);
  return {
    ...queue.attributes,
    QueueArn: queue.arn,
    ApproximateNumberOfMessages: String(queue.messages.length - waiting.length),
    ApproximateNumberOfMessagesNotVisible: String(
      waiting.filter((message) => message.receiveCount > 0).length,
    ),
    ApproximateNumberOfMessagesDelayed: String(
      waiting.filter((message) => message.receiveCount === 0).length,
    ),
    CreatedTimestamp: String(Math.floor(queue.createdTimestamp / 1000)),
    LastModifiedTimestamp: String(Math.floor(queue.lastModifiedTimestamp / 1000)),
  };
}
