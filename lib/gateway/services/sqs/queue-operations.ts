import type { InputRecord } from "../read-input";
import { readInteger, readRecord, readString, readStringList } from "../read-input";
import type { SqsContext } from "./sqs-context";
import { getQueueOrThrow, readRequiredString, toQueueUrl } from "./sqs-context";
import { failSqsSerialization, invalidParameterValue, queueDoesNotExist, sqsError } from "./sqs-errors";
import { describeQueueAttributes, toQueueAttributes } from "./queue-attributes";

/**
 * CreateQueue: idempotent for the same name and attributes; a different attribute value is QueueNameExists.
 *
 * @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CreateQueue.html
 */
export function createQueue(context: SqsContext, input: InputRecord): Record<string, unknown> {
  const name = readRequiredString(input, "QueueName");
  if (name.endsWith(".fifo"))
    throw sqsError("UnsupportedOperation", "FIFO queues are not simulated by Gatewise.");
  if (!/^[A-Za-z0-9_-]{1,80}$/.test(name)) {
    throw invalidParameterValue(
      "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length",
    );
  }
  const requested = readRecord(input, "Attributes", failSqsSerialization) ?? {};
  const attributes = toQueueAttributes(requested);
  const existing = context.state.queues[name];
  if (existing !== undefined) {
    const differing = Object.keys(requested).find((key) => existing.attributes[key] !== attributes[key]);
    if (differing !== undefined) {
      throw sqsError(
        "QueueNameExists",
        `A queue already exists with the same name and a different value for attribute ${differing}`,
      );
    }
    return { QueueUrl: existing.url };
  }
  const now = context.clock.now();
  const url = toQueueUrl(context, name);
  const arn = `arn:aws:sqs:${context.region}:${context.accountId}:${name}`;
  context.state.queues[name] = {
    name,
    url,
    arn,
    createdTimestamp: now,
    lastModifiedTimestamp: now,
    attributes,
    messages: [],
  };
  return { QueueUrl: url };
}

/** GetQueueUrl. @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_GetQueueUrl.html */
export function getQueueUrl(context: SqsContext, input: InputRecord): Record<string, unknown> {
  const name = readRequiredString(input, "QueueName");
  const owner = readString(input, "QueueOwnerAWSAccountId", failSqsSerialization) ?? context.accountId;
  const queue = owner === context.accountId ? context.state.queues[name] : undefined;
  if (queue === undefined) throw queueDoesNotExist();
  return { QueueUrl: queue.url };
}

/** DeleteQueue. @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_DeleteQueue.html */
export function deleteQueue(context: SqsContext, input: InputRecord): Record<string, unknown> {
  delete context.state.queues[getQueueOrThrow(context, input).name];
  return {};
}

/** ListQueues. @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ListQueues.html */
export function listQueues(context: SqsContext, input: InputRecord): Record<string, unknown> {
  const prefix = readString(input, "QueueNamePrefix", failSqsSerialization) ?? "";
  const maxResults = readInteger(input, "MaxResults", failSqsSerialization) ?? 1000;
  const urls = Object.values(context.state.queues)
    .filter((queue) => queue.name.startsWith(prefix))
    .map((queue) => queue.url)
    .sort()
    .slice(0, maxResults);
  return urls.length === 0 ? {} : { QueueUrls: urls };
}

/** GetQueueAttributes. @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_GetQueueAttributes.html */
export function getQueueAttributes(context: SqsContext, input: InputRecord): Record<string, unknown> {
  const queue = getQueueOrThrow(context, input);
  const names = readStringList(input, "AttributeNames", failSqsSerialization) ?? [];
  const all = describeQueueAttributes(queue, context.clock.now());
  if (names.includes("All")) return { Attributes: all };
  for (const name of names) {
    if (all[name] === undefined && !["RedrivePolicy", "Policy"].includes(name))
      throw sqsError("InvalidAttributeName", `Unknown Attribute ${name}.`);
  }
  const selected = Object.fromEntries(
    names.filter((name) => all[name] !== undefined).map((name) => [name, all[name]]),
  );
  return Object.keys(selected).length === 0 ? {} : { Attributes: selected };
}

/** PurgeQueue: at most once every 60 seconds. @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_PurgeQueue.html */
export function purgeQueue(context: SqsContext, input: InputRecord): Record<string, unknown> {
  const queue = getQueueOrThrow(context, input);
  const now = context.clock.now();
  if (queue.lastPurgeTimestamp !== undefined && now - queue.lastPurgeTimestamp < 60_000) {
    throw sqsError(
      "PurgeQueueInProgress",
      `Only one PurgeQueue operation on ${queue.name} is allowed every 60 seconds.`,
    );
  }
  queue.messages = [];
  queue.lastPurgeTimestamp = now;
  return {};
}
