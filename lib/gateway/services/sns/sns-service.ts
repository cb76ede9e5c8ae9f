import type { Clock, Random } from "../../ports";
import { randomUuid } from "../../ports";
import { AwsServiceError } from "../aws-service-error";
import type { InputRecord } from "../read-input";
import { isRecord, readRecord, readString, toInputRecord } from "../read-input";
import type { PublishedMessage, SnsState, TopicState } from "./sns-state";

/** What every SNS operation works with. */
export interface SnsContext {
  readonly state: SnsState;
  readonly clock: Clock;
  readonly random: Random;
  readonly accountId: string;
  readonly region: string;
}

type SnsOperation = (context: SnsContext, input: InputRecord) => Record<string, unknown>;

const MAX_MESSAGE_BYTES = 262_144;

/** SNS's parameter errors all read `Invalid parameter: <detail>`. */
function invalidParameter(detail: string): AwsServiceError {
  return new AwsServiceError("sns", "InvalidParameter", `Invalid parameter: ${detail}`);
}

const failSnsSerialization = (message: string): Error =>
  new AwsServiceError("sns", "InvalidParameter", message);

function getTopicOrThrow(context: SnsContext, input: InputRecord): TopicState {
  const arn =
    readString(input, "TopicArn", failSnsSerialization) ??
    readString(input, "TargetArn", failSnsSerialization);
  if (arn === undefined)
    throw invalidParameter("TopicArn or TargetArn Reason: no value for required parameter");
  const match = /^arn:aws:sns:([^:]+):(\d{12}):([A-Za-z0-9_-]+)$/.exec(arn);
  if (match === null) throw invalidParameter("TopicArn");
  const topic =
    match[1] === context.region && match[2] === context.accountId
      ? context.state.topics[match[3] ?? ""]
      : undefined;
  // SNS answers a missing topic with 404, unlike its other client errors.
  if (topic === undefined) throw new AwsServiceError("sns", "NotFound", "Topic does not exist", 404);
  return topic;
}

/** CreateTopic: idempotent by name. @see https://docs.aws.amazon.com/sns/latest/api/API_CreateTopic.html */
function createTopic(context: SnsContext, input: InputRecord): Record<string, unknown> {
  const name = readString(input, "Name", failSnsSerialization) ?? "";
  if (name.endsWith(".fifo")) throw invalidParameter("Topic Name: FIFO topics are not simulated by Gatewise");
  if (!/^[A-Za-z0-9_-]{1,256}$/.test(name)) throw invalidParameter("Topic Name");
  const existing = context.state.topics[name];
  if (existing !== undefined) return { TopicArn: existing.arn };
  const arn = `arn:aws:sns:${context.region}:${context.accountId}:${name}`;
  const attributes = Object.fromEntries(
    Object.entries(readRecord(input, "Attributes", failSnsSerialization) ?? {}).map(([key, value]) => [
      key,
      String(value),
    ]),
  );
  context.state.topics[name] = { name, arn, attributes, published: [] };
  return { TopicArn: arn };
}

function toMessageAttributes(raw: unknown): PublishedMessage["MessageAttributes"] {
  const attributes: PublishedMessage["MessageAttributes"] = {};
  for (const [name, value] of Object.entries(isRecord(raw) ? raw : {})) {
    const entry = isRecord(value) ? value : {};
    if (typeof entry.DataType !== "string")
      throw invalidParameter(
        `The message attribute '${name}' must contain non-empty message attribute type.`,
      );
    if (typeof entry.BinaryValue === "string")
      attributes[name] = { DataType: entry.DataType, BinaryValue: entry.BinaryValue };
    else if (typeof entry.StringValue === "string")
      attributes[name] = { DataType: entry.DataType, StringValue: entry.StringValue };
    else
      throw invalidParameter(
        `The message attribute '${name}' must contain non-empty message attribute value.`,
      );
  }
  return attributes;
}

function checkMessage(
  message: string | undefined,
  subject: string | undefined,
  structure: string | undefined,
): string {
  if (message === undefined) {
    throw new AwsServiceError(
      "sns",
      "ValidationError",
      "1 validation error detected: Value null at 'message' failed to satisfy constraint: Member must not be null",
    );
  }
  if (message === "") throw invalidParameter("Empty message");
  if (new TextEncoder().encode(message).length > MAX_MESSAGE_BYTES)
    throw invalidParameter("Message too long");
  if (subject !== undefined && (subject === "" || subject.length > 100 || !/^[\x20-\x7E]+$/.test(subject)))
    throw invalidParameter("Subject");
  if (structure !== undefined && structure !== "json") throw invalidParameter("MessageStructure");
  if (structure === "json") {
    let parsed: unknown;
    try {
      parsed = JSON.parse(message);
    } catch {
      throw invalidParameter("Message Structure - JSON message body failed to parse");
    }
    if (!isRecord(parsed) || typeof parsed.default !== "string")
      throw invalidParameter("Message Structure - No default entry in JSON message body");
  }
  return message;
}

/**
 * Publish: records the message on the topic (subscriptions are not simulated: nothing is delivered) and returns
 * its MessageId.
 *
 * @see https://docs.aws.amazon.com/sns/latest/api/API_Publish.html
 */
function publish(context: SnsContext, input: InputRecord): Record<string, unknown> {
  const topic = getTopicOrThrow(context, input);
  const subject = readString(input, "Subject", failSnsSerialization);
  const structure = readString(input, "MessageStructure", failSnsSerialization);
  const message = checkMessage(readString(input, "Message", failSnsSerialization), subject, structure);
  const messageId = randomUuid(context.random);
  const published: PublishedMessage = {
    MessageId: messageId,
    Message: message,
    MessageAttributes: toMessageAttributes(input.MessageAttributes),
    Timestamp: new Date(context.clock.now()).toISOString(),
  };
  if (subject !== undefined) published.Subject = subject;
  if (structure !== undefined) published.MessageStructure = structure;
  topic.published.push(published);
  return { MessageId: messageId };
}

/** ListTopics. @see https://docs.aws.amazon.com/sns/latest/api/API_ListTopics.html */
function listTopics(context: SnsContext): Record<string, unknown> {
  return { Topics: Object.values(context.state.topics).map((topic) => ({ TopicArn: topic.arn })) };
}

/** DeleteTopic: deleting a missing topic succeeds. @see https://docs.aws.amazon.com/sns/latest/api/API_DeleteTopic.html */
function deleteTopic(context: SnsContext, input: InputRecord): Record<string, unknown> {
  try {
    delete context.state.topics[getTopicOrThrow(context, input).name];
  } catch (error) {
    if (!(error instanceof AwsServiceError) || error.type !== "NotFound") throw error;
  }
  return {};
}

const OPERATIONS: Readonly<Record<string, SnsOperation>> = {
  CreateTopic: createTopic,
  Publish: publish,
  ListTopics: listTopics,
  DeleteTopic: deleteTopic,
};

/** The operations the simulated SNS answers. */
export const SNS_OPERATIONS: readonly string[] = Object.keys(OPERATIONS);

/** Runs one SNS operation (the AWS SDK's input and output shapes). */
export function callSns(context: SnsContext, operation: string, input: unknown): Record<string, unknown> {
  const handler = Object.hasOwn(OPERATIONS, operation) ? OPERATIONS[operation] : undefined;
  if (handler === undefined)
    throw new AwsServiceError("sns", "InvalidAction", `Unrecognized operation ${operation}`);
  return handler(context, toInputRecord(input, failSnsSerialization));
}

export function emptySnsState(): SnsState {
  return { topics: {} };
}
