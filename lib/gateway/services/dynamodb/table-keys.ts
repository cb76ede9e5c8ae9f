import type { AttributeMap, AttributeValue } from "./attribute-value";
import { attributeTypeOf } from "./attribute-value";
import { PARAMETER_VALUES_INVALID, validationError } from "./dynamodb-errors";
import type { TableDefinition } from "./dynamodb-state";

/** A table's key attributes and their scalar types. */
export interface TableKeys {
  hash: string;
  hashType: "S" | "N" | "B";
  range?: string;
  rangeType?: "S" | "N" | "B";
}

const HASH_KEY_MAX_BYTES = 2048;
const RANGE_KEY_MAX_BYTES = 1024;

/** The key attribute names and types of a table. */
export function toTableKeys(definition: TableDefinition): TableKeys {
  const typeOf = (name: string) =>
    definition.AttributeDefinitions.find((entry) => entry.AttributeName === name)?.AttributeType ?? "S";
  const hash = definition.KeySchema.find((entry) => entry.KeyType === "HASH")?.AttributeName ?? "";
  const range = definition.KeySchema.find((entry) => entry.KeyType === "RANGE")?.AttributeName;
  if (range === undefined) return { hash, hashType: typeOf(hash) };
  return { hash, hashType: typeOf(hash), range, rangeType: typeOf(range) };
}

/** The key attribute names, hash first. */
export function keyNames(keys: TableKeys): string[] {
  return keys.range === undefined ? [keys.hash] : [keys.hash, keys.range];
}

/** The partition a hash-key value belongs to, as a string that is equal for equal values. */
export function toPartitionKey(value: AttributeValue): string {
  const type = attributeTypeOf(value);
  return `${type}:${String(value[type])}`;
}

function checkNotEmpty(name: string, value: AttributeValue): void {
  const kind = value.S === "" ? "string" : value.B === "" ? "binary" : undefined;
  if (kind !== undefined) {
    throw validationError(
      `One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty ${kind} value. Key: ${name}`,
    );
  }
}

function checkKeySize(keys: TableKeys, item: AttributeMap): void {
  const size = (value: AttributeValue | undefined) =>
    new TextEncoder().encode(value?.S ?? value?.B ?? value?.N ?? "").length;
  if (size(item[keys.hash]) > HASH_KEY_MAX_BYTES) {
    // No space before the number: DynamoDB's own wording.
    throw validationError(
      `${PARAMETER_VALUES_INVALID} Size of hashkey has exceeded the maximum size limit of${HASH_KEY_MAX_BYTES} bytes`,
    );
  }
  if (keys.range !== undefined && size(item[keys.range]) > RANGE_KEY_MAX_BYTES) {
    throw validationError(
      `${PARAMETER_VALUES_INVALID} Aggregated size of all range keys has exceeded the size limit of ${RANGE_KEY_MAX_BYTES} bytes`,
    );
  }
}

/**
 * Checks an item's key attributes for PutItem, with DynamoDB's messages.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html
 */
export function checkItemKey(keys: TableKeys, item: AttributeMap): void {
  const expected: [string, string][] = [[keys.hash, keys.hashType]];
  if (keys.range !== undefined && keys.rangeType !== undefined) expected.push([keys.range, keys.rangeType]);
  for (const [name, type] of expected) {
    const value = item[name];
    if (value === undefined)
      throw validationError(`${PARAMETER_VALUES_INVALID} Missing the key ${name} in the item`);
    const actual = attributeTypeOf(value);
    if (actual !== type) {
      throw validationError(
        `${PARAMETER_VALUES_INVALID} Type mismatch for key ${name} expected: ${type} actual: ${actual}`,
      );
    }
    checkNotEmpty(name, value);
  }
  checkKeySize(keys, item);
}

/** Checks a `Key` parameter (GetItem, DeleteItem, UpdateItem, ExclusiveStartKey): exactly the key attributes. */
export function checkKey(
  keys: TableKeys,
  key: AttributeMap,
  mismatch = "The provided key element does not match the schema",
): void {
  const names = keyNames(keys);
  const types = [keys.hashType, keys.rangeType];
  const matches =
    Object.keys(key).length === names.length &&
    names.every((name, i) => key[name] !== undefined && attributeTypeOf(key[name]) === types[i]);
  if (!matches) throw validationError(mismatch);
  for (const name of names) checkNotEmpty(name, key[name] ?? {});
}

/** The key attributes of an item. */
export function extractKey(keys: TableKeys, item: AttributeMap): AttributeMap {
  const key: AttributeMap = {};
  for (const name of keyNames(keys)) {
    const value = item[name];
    if (value !== undefined) key[name] = value;
  }
  return key;
}
