import type { AttributeMap, AttributeValue } from "../attribute-value";
import { validationError } from "../dynamodb-errors";
import type { DocumentPath } from "./expression-ast";

/**
 * Reading and writing items at document paths (`a.b[2]`).
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.UpdateExpressions.html#Expressions.UpdateExpressions.SET
 */
function childOf(value: AttributeValue | undefined, element: string | number): AttributeValue | undefined {
  if (value === undefined) return undefined;
  if (typeof element === "number") return value.L?.[element];
  return value.M?.[element];
}

/** The value at a path, or undefined when any step is missing or of the wrong type. */
export function readPath(item: AttributeMap, path: DocumentPath): AttributeValue | undefined {
  const [first, ...rest] = path;
  if (typeof first !== "string") return undefined;
  let value = item[first];
  for (const element of rest) value = childOf(value, element);
  return value;
}

function invalidPathForUpdate(): Error {
  return validationError("The document path provided in the update expression is invalid for update");
}

/** The container holding the path's last element, which must already exist. */
function parentOf(item: AttributeMap, path: DocumentPath): AttributeValue | AttributeMap {
  if (path.length === 1) return item;
  const parent = readPath(item, path.slice(0, -1));
  if (parent === undefined) throw invalidPathForUpdate();
  return parent;
}

/** Writes a value at a path; a list index past the end appends, as DynamoDB does. */
export function writePath(item: AttributeMap, path: DocumentPath, value: AttributeValue): void {
  const last = path[path.length - 1];
  const parent = parentOf(item, path);
  if (path.length === 1 && typeof last === "string") {
    (parent as AttributeMap)[last] = value;
    return;
  }
  const container = parent as AttributeValue;
  if (typeof last === "number") {
    if (container.L === undefined) throw invalidPathForUpdate();
    if (last < container.L.length) container.L[last] = value;
    else container.L.push(value);
    return;
  }
  if (container.M === undefined || last === undefined) throw invalidPathForUpdate();
  container.M[last] = value;
}

/** Removes the value at a path; a missing path is not an error. */
export function removePath(item: AttributeMap, path: DocumentPath): void {
  const last = path[path.length - 1];
  if (path.length === 1 && typeof last === "string") {
    delete item[last];
    return;
  }
  const parent = readPath(item, path.slice(0, -1));
  if (typeof last === "number") parent?.L?.splice(last, 1);
  else if (last !== undefined && parent?.M !== undefined) delete parent.M[last];
}

function emptyContainerFor(next: string | number | undefined): AttributeValue {
  return typeof next === "number" ? { L: [] } : { M: {} };
}

function projectInto(target: AttributeValue, source: AttributeValue, path: DocumentPath): void {
  const [element, ...rest] = path;
  if (element === undefined) return;
  const child = childOf(source, element);
  if (child === undefined) return;
  if (typeof element === "number") {
    const copy = rest.length === 0 ? child : emptyContainerFor(rest[0]);
    target.L?.push(copy);
    projectInto(copy, child, rest);
    return;
  }
  const map = target.M ?? {};
  if (rest.length === 0) {
    map[element] = child;
    return;
  }
  const holder = (map[element] ??= emptyContainerFor(rest[0]));
  projectInto(holder, child, rest);
}

/**
 * The parts of an item named by projection paths, nested as in the item; projected list elements are
 * compacted in path order.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ProjectionExpressions.html
 */
export function projectItem(item: AttributeMap, paths: readonly DocumentPath[]): AttributeMap {
  const projected: AttributeValue = { M: {} };
  for (const path of paths) projectInto(projected, { M: item }, path);
  return JSON.parse(JSON.stringify(projected.M)) as AttributeMap;
}
