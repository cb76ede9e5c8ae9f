/**
 * Typed reads of a JSON-protocol request body. A member of the wrong JSON type is what the real services reject
 * with a `SerializationException` before any validation runs; `null` counts as absent, as the SDKs omit it.
 */
export type InputRecord = Readonly<Record<string, unknown>>;

/** Builds the service's own error for a body that cannot be deserialized. */
export type FailSerialization = (message: string) => Error;

function describeJsonValue(value: unknown): string {
  if (typeof value === "string") return "STRING_VALUE";
  if (typeof value === "number") return "NUMBER_VALUE";
  if (typeof value === "boolean") return value ? "TRUE_VALUE" : "FALSE_VALUE";
  if (Array.isArray(value)) return "START_ARRAY";
  return "START_OBJECT";
}

/** True for a plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The request body as an object; anything else is a serialization error. */
export function toInputRecord(input: unknown, fail: FailSerialization): InputRecord {
  if (input === undefined || input === null) return {};
  if (!isRecord(input)) throw fail("Start of structure or map found where not expected.");
  return input;
}

/** A string member, or undefined when absent. */
export function readString(input: InputRecord, key: string, fail: FailSerialization): string | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw fail(`${describeJsonValue(value)} cannot be converted to String`);
  return value;
}

/** An integer member, or undefined when absent. */
export function readInteger(input: InputRecord, key: string, fail: FailSerialization): number | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw fail(`${describeJsonValue(value)} can not be converted to an Integer`);
  }
  return value;
}

/** A boolean member, or undefined when absent. */
export function readBoolean(input: InputRecord, key: string, fail: FailSerialization): boolean | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "boolean") throw fail(`${describeJsonValue(value)} can not be converted to a Boolean`);
  return value;
}

/** An object member (a structure or a map), or undefined when absent. */
export function readRecord(
  input: InputRecord,
  key: string,
  fail: FailSerialization,
): InputRecord | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) throw fail(`Unexpected value type in payload: ${describeJsonValue(value)} at ${key}`);
  return value;
}

/** A list member, or undefined when absent. */
export function readList(
  input: InputRecord,
  key: string,
  fail: FailSerialization,
): readonly unknown[] | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value))
    throw fail(`Unexpected value type in payload: ${describeJsonValue(value)} at ${key}`);
  return value;
}

/** A list of strings, or undefined when absent. */
export function readStringList(
  input: InputRecord,
  key: string,
  fail: FailSerialization,
): readonly string[] | undefined {
  const list = readList(input, key, fail);
  if (list === undefined) return undefined;
  for (const entry of list) {
    if (typeof entry !== "string") throw fail(`${describeJsonValue(entry)} cannot be converted to String`);
  }
  return list as readonly string[];
}
