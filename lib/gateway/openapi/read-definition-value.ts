import { invalidFieldError } from "./invalid-definition-error";

/**
 * Typed reads of a definition's fields. A field of the wrong type stops the import with its location
 * (`paths.'/pets'(get).x-amazon-apigateway-integration.timeoutInMillis`), as a JSON Schema check would.
 */

export type DefinitionObject = Record<string, unknown>;

export function isDefinitionObject(value: unknown): value is DefinitionObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The object at `key`, or an empty one when absent. */
export function readObject(parent: DefinitionObject, key: string, location: string): DefinitionObject {
  const value = parent[key];
  if (value === undefined || value === null) return {};
  if (!isDefinitionObject(value)) throw invalidFieldError(`${location}.${key}`, "an object", value);
  return value;
}

export function readList(parent: DefinitionObject, key: string, location: string): unknown[] {
  const value = parent[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw invalidFieldError(`${location}.${key}`, "a list", value);
  return value;
}

export function readString(parent: DefinitionObject, key: string, location: string): string | undefined {
  const value = parent[key];
  if (value === undefined || value === null) return undefined;
  // YAML reads `version: 1.0` and `statusCode: 200` as numbers; the definition means the text.
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value !== "string") throw invalidFieldError(`${location}.${key}`, "a string", value);
  return value;
}

export function readInteger(parent: DefinitionObject, key: string, location: string): number | undefined {
  const value = parent[key];
  if (value === undefined || value === null) return undefined;
  const number = typeof value === "string" && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof number !== "number" || !Number.isInteger(number))
    throw invalidFieldError(`${location}.${key}`, "an integer", value);
  return number;
}

export function readBoolean(parent: DefinitionObject, key: string, location: string): boolean | undefined {
  const value = parent[key];
  if (value === undefined || value === null) return undefined;
  if (value === "true" || value === "false") return value === "true";
  if (typeof value !== "boolean") throw invalidFieldError(`${location}.${key}`, "true or false", value);
  return value;
}

export function readStringList(
  parent: DefinitionObject,
  key: string,
  location: string,
): string[] | undefined {
  if (parent[key] === undefined || parent[key] === null) return undefined;
  return readList(parent, key, location).map((item, index) => {
    if (typeof item !== "string") throw invalidFieldError(`${location}.${key}[${index}]`, "a string", item);
    return item;
  });
}

/** A map of strings (templates, parameter mappings); undefined when absent. */
export function readStringMap(
  parent: DefinitionObject,
  key: string,
  location: string,
): Record<string, string> | undefined {
  if (parent[key] === undefined || parent[key] === null) return undefined;
  const map = readObject(parent, key, location);
  const entries = Object.keys(map).map((name) => [name, readString(map, name, `${location}.${key}`) ?? ""]);
  return Object.fromEntries(entries) as Record<string, string>;
}

/** `paths.'/pets'(get)`, the way AWS's import messages name an operation. */
export function operationLocation(path: string, verb: string): string {
  return `paths.'${path}'(${verb})`;
}
