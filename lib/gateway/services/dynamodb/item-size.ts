import type { AttributeMap, AttributeValue } from "./attribute-value";
import { decodeBase64 } from "./attribute-value";
import { dynamoNumberSize } from "./dynamo-number";

/** 400 KB: an item of exactly 409,600 bytes is accepted, one byte more refused (dynamodb-conformance capture). */
export const MAX_ITEM_SIZE = 409_600;

const encoder = new TextEncoder();

function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

/**
 * A value's size by DynamoDB's rules: strings by UTF-8 length, binaries by byte length, BOOL and NULL one byte,
 * lists and maps 3 bytes plus one byte per element plus the elements (and map keys).
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html
 */
export function attributeValueSize(value: AttributeValue): number {
  if (value.S !== undefined) return utf8Length(value.S);
  if (value.N !== undefined) return dynamoNumberSize(value.N);
  if (value.B !== undefined) return decodeBase64(value.B).length;
  if (value.SS !== undefined) return value.SS.reduce((total, member) => total + utf8Length(member), 0);
  if (value.NS !== undefined) return value.NS.reduce((total, member) => total + dynamoNumberSize(member), 0);
  if (value.BS !== undefined)
    return value.BS.reduce((total, member) => total + decodeBase64(member).length, 0);
  if (value.L !== undefined)
    return value.L.reduce((total, entry) => total + 1 + attributeValueSize(entry), 3);
  if (value.M !== undefined) {
    return Object.entries(value.M).reduce(
      (total, [name, entry]) => total + 1 + utf8Length(name) + attributeValueSize(entry),
      3,
    );
  }
  return 1;
}

/** An item's size: each attribute's name length plus its value's size. */
export function itemSize(item: AttributeMap): number {
  return Object.entries(item).reduce(
    (total, [name, value]) => total + utf8Length(name) + attributeValueSize(value),
    0,
  );
}
