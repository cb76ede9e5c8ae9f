import { isRecord } from "../read-input";
import { md5Hex } from "../md5";
import { invalidParameterValue } from "./sqs-errors";
import type { MessageAttributeValue } from "./sqs-state";

const encoder = new TextEncoder();

function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}

function checkAttribute(name: string, raw: unknown): MessageAttributeValue {
  const value = isRecord(raw) ? raw : {};
  const dataType = typeof value.DataType === "string" ? value.DataType : "";
  if (dataType === "")
    throw invalidParameterValue(
      `The message attribute '${name}' must contain non-empty message attribute type.`,
    );
  const baseType = dataType.split(".")[0];
  if (baseType !== "String" && baseType !== "Number" && baseType !== "Binary") {
    throw invalidParameterValue(
      `The type of message (user) attribute '${name}' is invalid. You must use only the following supported type prefixes: Binary, Number, String.`,
    );
  }
  if (baseType === "Binary") {
    if (typeof value.BinaryValue !== "string")
      throw invalidParameterValue(
        `The message attribute '${name}' with type 'Binary' must use field 'Binary'.`,
      );
    return { DataType: dataType, BinaryValue: value.BinaryValue };
  }
  if (typeof value.StringValue !== "string") {
    throw invalidParameterValue(
      `The message attribute '${name}' with type '${baseType}' must use field 'String'.`,
    );
  }
  if (baseType === "Number" && !Number.isFinite(Number(value.StringValue))) {
    throw invalidParameterValue(`Can't cast the value of message (user) attribute '${name}' to a number.`);
  }
  return { DataType: dataType, StringValue: value.StringValue };
}

/**
 * Validates a SendMessage `MessageAttributes` map (at most 10, typed String, Number or Binary).
 *
 * @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-message-metadata.html
 */
export function toMessageAttributes(raw: unknown): Record<string, MessageAttributeValue> {
  if (raw === undefined || raw === null) return {};
  const entries = Object.entries(isRecord(raw) ? raw : {});
  if (entries.length > 10) {
    throw invalidParameterValue(
      `Number of message attributes [${entries.length}] exceeds the allowed maximum [10].`,
    );
  }
  return Object.fromEntries(entries.map(([name, value]) => [name, checkAttribute(name, value)]));
}

/** The attributes' share of the message size: names, types and values. */
export function messageAttributesSize(attributes: Record<string, MessageAttributeValue>): number {
  return Object.entries(attributes).reduce((total, [name, value]) => {
    const payload =
      value.BinaryValue === undefined
        ? encoder.encode(value.StringValue ?? "").length
        : decodeBase64(value.BinaryValue).length;
    return total + encoder.encode(name).length + encoder.encode(value.DataType).length + payload;
  }, 0);
}

function lengthPrefixed(bytes: Uint8Array): number[] {
  const length = bytes.length;
  return [(length >>> 24) & 0xff, (length >>> 16) & 0xff, (length >>> 8) & 0xff, length & 0xff, ...bytes];
}

/**
 * MD5OfMessageAttributes: the MD5 of the attributes sorted by name, each encoded as length-prefixed name, length-
 * prefixed type, a transport byte (1 string, 2 binary) and the length-prefixed value.
 *
 * @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-message-metadata.html#sqs-attributes-md5-message-digest-calculation
 */
export function md5OfMessageAttributes(attributes: Record<string, MessageAttributeValue>): string {
  const bytes: number[] = [];
  for (const name of Object.keys(attributes).sort()) {
    const value = attributes[name];
    if (value === undefined) continue;
    const binary = value.BinaryValue !== undefined;
    const payload = binary ? decodeBase64(value.BinaryValue ?? "") : encoder.encode(value.StringValue ?? "");
    bytes.push(
      ...lengthPrefixed(encoder.encode(name)),
      ...lengthPrefixed(encoder.encode(value.DataType)),
      binary ? 2 : 1,
    );
    bytes.push(...lengthPrefixed(payload));
  }
  return md5Hex(Uint8Array.from(bytes));
}
