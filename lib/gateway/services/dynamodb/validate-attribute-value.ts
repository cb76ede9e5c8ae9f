import { isRecord } from "../read-input";
import type { AttributeMap, AttributeType, AttributeValue } from "./attribute-value";
import { ATTRIBUTE_TYPES, decodeBase64 } from "./attribute-value";
import { PARAMETER_VALUES_INVALID, serializationError, validationError } from "./dynamodb-errors";
import { canonicalDynamoNumber } from "./dynamo-number";

const MAX_NESTING = 32;
const SET_NAMES: Record<"SS" | "NS", string> = { SS: "string set", NS: "number set" };

function toStringMember(raw: unknown): string {
  if (typeof raw !== "string")
    throw serializationError(
      `${typeof raw === "number" ? "NUMBER_VALUE" : "Unexpected value"} cannot be converted to String`,
    );
  return raw;
}

function toBinary(raw: unknown): string {
  const text = toStringMember(raw);
  try {
    decodeBase64(text);
  } catch {
    throw serializationError("Base64 encoded binary value is not valid");
  }
  return text;
}

function toSet(type: "SS" | "NS" | "BS", raw: unknown): string[] {
  if (!Array.isArray(raw)) throw serializationError("Unexpected value type in payload");
  if (raw.length === 0) {
    // The double space is DynamoDB's own (captured from real responses by dynamodb-conformance).
    if (type === "BS") throw validationError(`${PARAMETER_VALUES_INVALID} Binary sets should not be empty`);
    throw validationError(`${PARAMETER_VALUES_INVALID} An ${SET_NAMES[type]}  may not be empty`);
  }
  const members = raw.map((entry) =>
    type === "NS"
      ? canonicalDynamoNumber(toStringMember(entry))
      : type === "BS"
        ? toBinary(entry)
        : toStringMember(entry),
  );
  if (new Set(members).size !== members.length) {
    throw validationError(
      `${PARAMETER_VALUES_INVALID} Input collection [${raw.join(", ")}] contains duplicates.`,
    );
  }
  return members;
}

function toTypedValue(type: AttributeType, raw: unknown, depth: number): AttributeValue {
  switch (type) {
    case "S":
      return { S: toStringMember(raw) };
    case "N":
      return { N: canonicalDynamoNumber(toStringMember(raw)) };
    case "B":
      return { B: toBinary(raw) };
    case "BOOL":
      if (typeof raw !== "boolean") throw serializationError("Unexpected value type in payload");
      return { BOOL: raw };
    case "NULL":
      // {"NULL": false} is accepted and stored as {"NULL": true} (dynamodb-conformance capture, 2026-06).
      return { NULL: true };
    case "L":
      if (!Array.isArray(raw)) throw serializationError("Unexpected value type in payload");
      return { L: raw.map((entry) => toAttributeValueAt(entry, depth + 1)) };
    case "M":
      if (!isRecord(raw)) throw serializationError("Unexpected value type in payload");
      return { M: toAttributeMapAt(raw, depth + 1) };
    default:
      return { [type]: toSet(type, raw) };
  }
}

function toAttributeValueAt(raw: unknown, depth: number): AttributeValue {
  if (depth > MAX_NESTING) throw validationError("Nesting Levels have exceeded supported limits");
  if (!isRecord(raw)) throw serializationError("Unexpected value type in payload");
  const present = ATTRIBUTE_TYPES.filter((type) => raw[type] !== undefined && raw[type] !== null);
  const [type] = present;
  if (type === undefined) {
    throw validationError(
      "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes",
    );
  }
  if (present.length > 1) {
    throw validationError(
      "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes",
    );
  }
  return toTypedValue(type, raw[type], depth);
}

function toAttributeMapAt(raw: Record<string, unknown>, depth: number): AttributeMap {
  const map: AttributeMap = {};
  for (const [name, value] of Object.entries(raw)) map[name] = toAttributeValueAt(value, depth);
  return map;
}

/** Validates one attribute value from a request and returns it canonicalized (numbers, NULL). */
export function toAttributeValue(raw: unknown): AttributeValue {
  return toAttributeValueAt(raw, 1);
}

/** Validates a map of attribute values (an Item, a Key, ExpressionAttributeValues). */
export function toAttributeMap(raw: unknown): AttributeMap {
  if (!isRecord(raw)) throw serializationError("Start of structure or map found where not expected.");
  return toAttributeMapAt(raw, 0);
}
