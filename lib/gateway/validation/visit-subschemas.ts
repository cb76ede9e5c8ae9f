/** A JSON Schema object (draft 4), as parsed from a model. */
export type SchemaNode = Readonly<Record<string, unknown>>;

const SCHEMA_KEYWORDS = ["additionalItems", "additionalProperties", "not"];
const SCHEMA_ARRAY_KEYWORDS = ["allOf", "anyOf", "oneOf"];
const SCHEMA_MAP_KEYWORDS = ["properties", "patternProperties", "definitions"];

/**
 * Calls `visit` on a schema and on every subschema draft 4 can hold, never on property names or enum
 * values (a property called `const` is not the keyword `const`).
 * @see https://tools.ietf.org/html/draft-fge-json-schema-validation-00
 */
export function visitSubschemas(schema: unknown, visit: (node: SchemaNode) => void): void {
  if (!isSchemaNode(schema)) return;
  visit(schema);
  for (const keyword of SCHEMA_KEYWORDS) visitSubschemas(schema[keyword], visit);
  for (const keyword of SCHEMA_ARRAY_KEYWORDS) visitEach(schema[keyword], visit);
  for (const keyword of SCHEMA_MAP_KEYWORDS) visitValues(schema[keyword], visit);
  const items = schema.items;
  if (Array.isArray(items)) visitEach(items, visit);
  else visitSubschemas(items, visit);
  const dependencies = schema.dependencies;
  if (isSchemaNode(dependencies)) {
    for (const value of Object.values(dependencies)) if (!Array.isArray(value)) visitSubschemas(value, visit);
  }
}

export function isSchemaNode(value: unknown): value is SchemaNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function visitEach(value: unknown, visit: (node: SchemaNode) => void): void {
  if (Array.isArray(value)) for (const item of value) visitSubschemas(item, visit);
}

function visitValues(value: unknown, visit: (node: SchemaNode) => void): void {
  if (isSchemaNode(value)) for (const item of Object.values(value)) visitSubschemas(item, visit);
}
