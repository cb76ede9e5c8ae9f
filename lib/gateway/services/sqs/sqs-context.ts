import type { Clock, Random } from "../../ports";
import type { InputRecord } from "../read-input";
import { readString } from "../read-input";
import { failSqsSerialization, missingParameter, queueDoesNotExist, sqsError } from "./sqs-errors";
import type { QueueState, SqsState } from "./sqs-state";

/** What every SQS operation works with: the sandbox's queues and its ports. */
export interface SqsContext {
  readonly state: SqsState;
  readonly clock: Clock;
  readonly random: Random;
  readonly accountId: string;
  readonly region: string;
}

export type SqsOperation = (context: SqsContext, input: InputRecord) => Record<string, unknown>;

/**
 * A queue's URL, as CreateQueue and GetQueueUrl return it.
 *
 * @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-queue-message-identifiers.html
 */
export function toQueueUrl(context: SqsContext, queueName: string): string {
  return `https://sqs.${context.region}.amazonaws.com/${context.accountId}/${queueName}`;
}

/** The account and queue name at the end of a queue URL (any host: SQS routes by path). */
export function parseQueueUrl(queueUrl: string): { accountId: string; queueName: string } | undefined {
  const match = /^(?:https?:\/\/[^/]+)?\/?([^/]+)\/([^/?#]+)\/?$/.exec(queueUrl.trim());
  if (match === null) return undefined;
  return { accountId: match[1] ?? "", queueName: match[2] ?? "" };
}

/** The required string parameter, or SQS's MissingParameter error. */
export function readRequiredString(input: InputRecord, name: string): string {
  const value = readString(input, name, failSqsSerialization);
  if (value === undefined || value === "") throw missingParameter(name);
  return value;
}

/** The queue a request's QueueUrl names, or QueueDoesNotExist. */
export function getQueueOrThrow(context: SqsContext, input: InputRecord): QueueState {
  const queueUrl = readRequiredString(input, "QueueUrl");
  const parsed = parseQueueUrl(queueUrl);
  if (parsed === undefined)
    throw sqsError("InvalidAddress", `The address ${queueUrl} is not valid for this endpoint.`);
  const queue = parsed.accountId === context.accountId ? context.state.queues[parsed.queueName] : undefined;
  if (queue === undefined) throw queueDoesNotExist();
  return queue;
}
