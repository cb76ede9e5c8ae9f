/**
 * JSONPath as AWS's Java library (Jayway JsonPath) answers it: a definite path (`$.a.b[0]`) gives one value
 * or nothing, an indefinite one (`..`, `*`, filters, unions, slices) gives a list of every match. A path
 * without the leading `$` is read from the root, as Jayway does. Evaluation uses jsonpath-plus's safe
 * evaluator, never `eval`.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html#input-variable-reference
 */
import { JSONPath } from "jsonpath-plus";
import { MappingTemplateRenderError } from "./mapping-template-errors";

const INDEFINITE = /\.\.|\*|\?\(|\[[^\]]*[,:][^\]]*\]/;

/** True when the path can match at most one value. */
export function isDefiniteJsonPath(path: string): boolean {
  return !INDEFINITE.test(path);
}

/** Normalises `foo.bar` to `$.foo.bar`, as Jayway does. */
function toRootedPath(path: string): string {
  return path.startsWith("$") ? path : `$.${path}`;
}

/** The value (definite path; undefined when absent) or the list of matches (indefinite path). */
export function evaluateJsonPath(document: unknown, path: string): unknown {
  const rooted = toRootedPath(path.trim());
  if (rooted === "$") return document;
  let matches: JsonPathMatch[];
  try {
    matches = JSONPath({
      path: rooted,
      json: document as object,
      wrap: true,
      eval: "safe",
      resultType: "all",
    });
  } catch (error) {
    throw new MappingTemplateRenderError(`Invalid JSONPath ${JSON.stringify(path)}: ${String(error)}`);
  }
  const values = matches.filter(isJsonMember).map((match) => match.value);
  return isDefiniteJsonPath(rooted) ? values[0] : values;
}

interface JsonPathMatch {
  value: unknown;
  parent: unknown;
  parentProperty: string | number;
}

/** Drops what jsonpath-plus finds on JavaScript's side only, such as a string's or an array's `length`. */
function isJsonMember(match: JsonPathMatch): boolean {
  const { parent, parentProperty } = match;
  if (Array.isArray(parent)) return /^\d+$/.test(String(parentProperty));
  return typeof parent === "object" && parent !== null && Object.hasOwn(parent, parentProperty);
}
