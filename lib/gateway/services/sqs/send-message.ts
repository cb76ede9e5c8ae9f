import { randomUuid } from "../../ports";
import { md5OfUtf8 } from "../md5";
import type { InputRecord } from "../read-input";
import { readInteger, readString } from "../read-input";
import { md5OfMessageAttributes, messageAttributesSize, toMessageAttributes } from "./message-attributes";
import { numericAttribute } from "./queue-attributes";
import type { SqsContext } from "./sqs-context";
import { getQueueOrThrow, readRequiredString } from "./sqs-context";
import { failSqsSerialization, invalidParameterValue, outOfRange, sqsError } from "./sqs-errors";

/** True for the characters SQS accepts in a message body (XML 1.0's Char production). */
function isValidBodyCharacter(codePoint: number): boolean {
  if (codePoint === 0x9 || codePoint === 0xa || codePoint === 0xd) return true;
  if (codePoint >= 0x20 && codePoint <= 0xd7ff) return true;
  if (codePoint >= 0xe000 && codePoint <= 0xfffd) return true;
  return codePoint >= 0x10000 && codePoint <= 0x10ffff;
}

function checkBody(body: string, attributesSize: number, maximumSize: number): void {
  if (!Array.from(body).every((character) => isValidBodyCharacter(character.codePointAt(0) ?? 0))) {
    throw sqsError(
      "InvalidMessageContents",
      "Invalid characters found. Valid unicode characters are #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF",
    );
  }
  if (new TextEncoder().encode(body).length + attributesSize > maximumSize) {
    throw invalidParameterValue(
      `One or more parameters are invalid. Reason: Message must be shorter than ${maximumSize} bytes.`,
    );
  }
}

/**
 * SendMessage: stores a message, invisible for DelaySeconds (the request's, else the queue's), and answers with
 * its MessageId and the MD5 digests of its body and attributes.
 *
 * @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html
 */
export function sendMessage(context: SqsContext, input: InputRecord): Record<string, unknown> {
  const queue = getQueueOrThrow(context, input);
  const body = readRequiredString(input, "MessageBody");
  if (readString(input, "MessageGroupId", failSqsSerialization) !== undefined) {
    throw invalidParameterValue("The request include parameter that is not valid for this queue type");
  }
  const delaySeconds =
    readInteger(input, "DelaySeconds", failSqsSerialization) ?? numericAttribute(queue, "DelaySeconds");
  if (delaySeconds < 0 || delaySeconds > 900) {
    throw outOfRange("DelaySeconds", delaySeconds, "DelaySeconds must be >= 0 and <= 900.");
  }
  const messageAttributes = toMessageAttributes(input.MessageAttributes);
  checkBody(body, messageAttributesSize(messageAttributes), numericAttribute(queue, "MaximumMessageSize"));
  const now = context.clock.now();
  const messageId = randomUuid(context.random);
  const md5OfBody = md5OfUtf8(body);
  queue.messages.push({
    messageId,
    body,
    md5OfBody,
    messageAttributes,
    sentTimestamp: now,
    visibleAt: now + delaySeconds * 1000,
    receiveCount: 0,
  });
  const output: Record<string, unknown> = { MD5OfMessageBody: md5OfBody, MessageId: messageId };
  if (Object.keys(messageAttributes).length > 0)
    output.MD5OfMessageAttributes = md5OfMessageAttributes(messageAttributes);
  return output;
}
