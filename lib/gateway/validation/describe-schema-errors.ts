import type { ErrorObject } from "ajv";

/** One validation failure at one instance location, worded as AWS's validator words it. */
export interface SchemaProblem {
  /** JSON pointer of the failing value (`""` for the body itself). */
  readonly instancePath: string;
  readonly keyword: string;
  readonly message: string;
}

/**
 * Words ajv's errors the way API Gateway's validator (the Java json-schema-validator by fge) words them in
 * `$context.error.validationErrorString`, e.g. `object has missing required properties (["a","b"])`.
 * Errors the Java validator reports once per keyword (required, additionalProperties, dependencies) are
 * merged, with their names sorted. Messages are the validator's message bundle
 * (`com/github/fge/jsonschema/validator/validation.properties`); arguments are printed as compact JSON.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html
 */
export function describeSchemaErrors(errors: readonly ErrorObject[]): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const merged = new Map<string, { index: number; names: Set<string>; error: ErrorObject }>();
  for (const error of errors) {
    const name = toMergedName(error);
    if (name === undefined) {
      problems.push(problem(error, toMessage(error)));
      continue;
    }
    const key = [error.keyword, error.instancePath, error.schemaPath, String(error.params.property)].join(
      "\u0000",
    );
    const entry = merged.get(key);
    if (entry) entry.names.add(name);
    else merged.set(key, { index: problems.push(problem(error, "")) - 1, names: new Set([name]), error });
  }
  for (const { index, names, error } of merged.values())
    problems[index] = describeMerged(error, [...names].sort());
  return problems;
}

function toMergedName(error: ErrorObject): string | undefined {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === "required" || error.keyword === "dependencies") return String(params.missingProperty);
  if (error.keyword === "additionalProperties") return String(params.additionalProperty);
  return undefined;
}

function describeMerged(error: ErrorObject, names: string[]): SchemaProblem {
  const list = JSON.stringify(names);
  if (error.keyword === "required") return problem(error, `object has missing required properties (${list})`);
  if (error.keyword === "additionalProperties") {
    return problem(error, `object instance has properties which are not allowed by the schema: ${list}`);
  }
  const property = String((error.params as { property?: unknown }).property);
  const declared = (error.schema as Record<string, unknown> | undefined)?.[property];
  const requires = JSON.stringify(Array.isArray(declared) ? declared : []);
  return problem(
    error,
    `property "${property}" of object has missing property dependencies (schema requires ${requires}; missing: ${list})`,
  );
}

function problem(error: ErrorObject, message: string): SchemaProblem {
  return { instancePath: error.instancePath, keyword: error.keyword, message };
}

function toMessage(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const data: unknown = error.data;
  switch (error.keyword) {
    case "type":
      return `instance type (${toNodeType(data)}) does not match any allowed primitive type (allowed: ${toTypeList(params.type)})`;
    case "enum":
      return `instance value (${JSON.stringify(data)}) not found in enum (possible values: ${JSON.stringify(params.allowedValues)})`;
    case "minimum":
      return params.comparison === ">"
        ? `numeric instance is not strictly greater than the required minimum ${String(params.limit)}`
        : `numeric instance is lower than the required minimum (minimum: ${String(params.limit)}, found: ${String(data)})`;
    case "maximum":
      return params.comparison === "<"
        ? `numeric instance is not strictly lower than the required maximum ${String(params.limit)}`
        : `numeric instance is greater than the required maximum (maximum: ${String(params.limit)}, found: ${String(data)})`;
    case "multipleOf":
      return `remainder of division is not zero (${String(data)} / ${String(params.multipleOf)})`;
    case "minLength":
      return `string "${String(data)}" is too short (length: ${codePoints(data)}, required minimum: ${String(params.limit)})`;
    case "maxLength":
      return `string "${String(data)}" is too long (length: ${codePoints(data)}, maximum allowed: ${String(params.limit)})`;
    case "pattern":
      return `ECMA 262 regex "${String(params.pattern)}" does not match input string "${String(data)}"`;
    default:
      return toCollectionMessage(error, params, data);
  }
}

function toCollectionMessage(error: ErrorObject, params: Record<string, unknown>, data: unknown): string {
  const size = Array.isArray(data) ? data.length : isObject(data) ? Object.keys(data).length : 0;
  switch (error.keyword) {
    case "minItems":
      return `array is too short: must have at least ${String(params.limit)} elements but instance has ${size} elements`;
    case "maxItems":
      return `array is too long: must have at most ${String(params.limit)} elements but instance has ${size} elements`;
    case "additionalItems":
      return `schema only allows ${String(params.limit)} elements in array but instance has ${size} elements`;
    case "uniqueItems":
      return "array must not contain duplicate elements";
    case "minProperties":
      return `object has too few properties (found ${size} but schema requires at least ${String(params.limit)})`;
    case "maxProperties":
      return `object has too many properties (found ${size} but schema requires at most ${String(params.limit)})`;
    case "anyOf":
      return `instance failed to match at least one required schema among ${branchCount(error)}`;
    case "oneOf": {
      const passing = params.passingSchemas;
      const matched = Array.isArray(passing) ? passing.length : 0;
      return `instance failed to match exactly one schema (matched ${matched} out of ${branchCount(error)})`;
    }
    case "not":
      return "instance matched a schema which it should not have";
    default:
      return error.message ?? `failed keyword ${error.keyword}`;
  }
}

/** The Java validator's node types: `integer` for whole numbers, `number` otherwise. */
function toNodeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/** The allowed types in the Java validator's enum order, which is alphabetical. */
function toTypeList(type: unknown): string {
  const types = (Array.isArray(type) ? type.map(String) : [String(type)]).sort();
  return JSON.stringify(types);
}

function branchCount(error: ErrorObject): number {
  return Array.isArray(error.schema) ? error.schema.length : 0;
}

function codePoints(value: unknown): number {
  return [...String(value)].length;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
