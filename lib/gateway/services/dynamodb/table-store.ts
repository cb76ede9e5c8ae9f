import { md5OfUtf8 } from "../md5";
import type { AttributeMap } from "./attribute-value";
import { cloneAttributeMap } from "./attribute-value";
import { compareScalars } from "./compare-attribute-values";
import type { Partition, TableState } from "./dynamodb-state";
import type { TableKeys } from "./table-keys";
import { toPartitionKey, toTableKeys } from "./table-keys";

/**
 * A table's items, grouped by partition key and kept in sort-key order inside each partition, so Query reads one
 * partition in order and Scan walks partitions in hash order, as DynamoDB does.
 */
function partitionOf(table: TableState, keys: TableKeys, key: AttributeMap): Partition | undefined {
  const hashValue = key[keys.hash];
  return hashValue === undefined ? undefined : table.partitions[toPartitionKey(hashValue)];
}

/** Index of the item with `key`'s sort key in a partition, or where it would be inserted (bitwise-not). */
function findInPartition(partition: Partition, keys: TableKeys, key: AttributeMap): number {
  const range = keys.range;
  if (range === undefined) return partition.items.length > 0 ? 0 : ~0;
  let low = 0;
  let high = partition.items.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const order = compareScalars(partition.items[middle]?.[range] ?? {}, key[range] ?? {}) ?? 0;
    if (order === 0) return middle;
    if (order < 0) low = middle + 1;
    else high = middle - 1;
  }
  return ~low;
}

/** The stored item with this key, or undefined. The result is the stored object: clone before handing it out. */
export function findItem(table: TableState, key: AttributeMap): AttributeMap | undefined {
  const keys = toTableKeys(table.definition);
  const partition = partitionOf(table, keys, key);
  if (partition === undefined) return undefined;
  const index = findInPartition(partition, keys, key);
  return index >= 0 ? partition.items[index] : undefined;
}

/** Stores an item (a copy), replacing any item with the same key. */
export function storeItem(table: TableState, item: AttributeMap): void {
  const keys = toTableKeys(table.definition);
  const partitionKey = toPartitionKey(item[keys.hash] ?? {});
  const partition = (table.partitions[partitionKey] ??= { hash: md5OfUtf8(partitionKey), items: [] });
  const index = findInPartition(partition, keys, item);
  if (index >= 0) partition.items[index] = cloneAttributeMap(item);
  else partition.items.splice(~index, 0, cloneAttributeMap(item));
}

/** Removes the item with this key, if any. */
export function removeItem(table: TableState, key: AttributeMap): void {
  const keys = toTableKeys(table.definition);
  const partitionKey = toPartitionKey(key[keys.hash] ?? {});
  const partition = table.partitions[partitionKey];
  if (partition === undefined) return;
  const index = findInPartition(partition, keys, key);
  if (index < 0) return;
  partition.items.splice(index, 1);
  if (partition.items.length === 0) delete table.partitions[partitionKey];
}

/** The items of one partition in ascending sort-key order (stored objects: do not modify). */
export function readPartition(table: TableState, hashKey: AttributeMap): readonly AttributeMap[] {
  const keys = toTableKeys(table.definition);
  return partitionOf(table, keys, hashKey)?.items ?? [];
}

/** Every partition in Scan order: by the MD5 of the partition key, as DynamoDB scans in hash order. */
export function readPartitionsInScanOrder(table: TableState): readonly Partition[] {
  return Object.values(table.partitions).sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
}

/** Every item in Scan order. */
export function readAllItems(table: TableState): AttributeMap[] {
  return readPartitionsInScanOrder(table).flatMap((partition) => partition.items);
}
