/**
 * How a value prints when a template renders it, as recorded on AWS (LS:test_apigateway_common::
 * test_input_path_template_formatting, 2025-06-18): a map prints as Java's `{foo=bar, baz=qux}`, a list that
 * came from JSON prints as compact JSON `[{"foo":"bar"}]` (so does everything inside it), and a null
 * reference prints as nothing (stock Velocity would print the reference's own text).
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html
 */
import { BuiltinVariable, VelocityList, VelocityMapEntry, isVelocityMap } from "./velocity-values";

/** The text a rendered reference produces: null and undefined give "". */
export function toVtlString(value: unknown): string {
  if (value === null || value === undefined) return "";
  return toJavaString(value);
}

/** `String.valueOf(value)` as Java would print the value; a null inside a collection prints `null`. */
export function toJavaString(value: unknown): string {
  switch (typeof value) {
    case "string":
      return value;
    case "number":
    case "boolean":
    case "bigint":
      return String(value);
    case "object":
      return value === null ? "null" : toJavaObjectString(value);
    case "undefined":
      return "null";
    default:
      return "";
  }
}

function toJavaObjectString(value: object): string {
  if (value instanceof VelocityList) return toJavaListString(value);
  if (Array.isArray(value)) return toCompactJson(value);
  if (value instanceof VelocityMapEntry) return `${value.key}=${toJavaString(value.value)}`;
  if (value instanceof BuiltinVariable) return "";
  if (isVelocityMap(value)) return toJavaMapString(value);
  return String(value);
}

function toJavaListString(list: readonly unknown[]): string {
  let out = "[";
  for (let i = 0; i < list.length; i++) out += (i ? ", " : "") + toJavaString(list[i]);
  return out + "]";
}

function toJavaMapString(map: Readonly<Record<string, unknown>>): string {
  let out = "{";
  let first = true;
  for (const key of Object.keys(map)) {
    out += (first ? "" : ", ") + key + "=" + toJavaString(map[key]);
    first = false;
  }
  return out + "}";
}

/** Compact JSON as AWS's JSON library prints it (entries and built-ins print through their toJSON). */
export function toCompactJson(value: unknown): string {
  return JSON.stringify(value) ?? "null";
}
