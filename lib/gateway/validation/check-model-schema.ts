import Ajv from "ajv-draft-04";
import type { ValidateFunction } from "ajv";
import { parseModelUrl } from "./model-url";
import { isSchemaNode, visitSubschemas } from "./visit-subschemas";

export interface ModelSchemaContext {
  /** The API the model belongs to: cross-model `$ref`s must point into it. */
  readonly apiId: string;
  /** Every model name a `$ref` may name, including the model being created (it may refer to itself). */
  readonly modelNames: readonly string[];
}

/** Validation keywords that arrived after draft 4: a draft-4 validator would silently ignore them. */
const LATER_DRAFT_KEYWORDS = new Set([
  "const",
  "contains",
  "propertyNames",
  "if",
  "then",
  "else",
  "dependentRequired",
  "dependentSchemas",
  "prefixItems",
  "unevaluatedItems",
  "unevaluatedProperties",
  "minContains",
  "maxContains",
  "$defs",
]);

const DRAFT_04_META = "http://json-schema.org/draft-04/schema";
let metaSchema: ValidateFunction | undefined;

/**
 * Whether a model schema is one CreateModel / UpdateModel accepts: undefined when it is, otherwise the
 * BadRequestException message AWS answers with, e.g.
 * `Invalid model specified: Validation Result: warnings : [], errors : [Invalid model schema specified]`
 * (3P: quoted for an empty `required` array and for a `type` outside draft 4's set; `Model reference must
 * be in canonical form` quoted for a `$ref` to a non-model URL).
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_CreateModel.html
 */
export function checkModelSchema(
  schema: string | undefined,
  context: ModelSchemaContext,
): string | undefined {
  if (schema === undefined || schema.trim() === "") return undefined;
  const error = findSchemaError(schema, context);
  return error === undefined ? undefined : toInvalidModelMessage(error);
}

/** AWS's envelope for a rejected model. */
export function toInvalidModelMessage(error: string): string {
  return `Invalid model specified: Validation Result: warnings : [], errors : [${error}]`;
}

function findSchemaError(text: string, context: ModelSchemaContext): string | undefined {
  let schema: unknown;
  try {
    schema = JSON.parse(text);
  } catch {
    return "Invalid model schema specified";
  }
  if (!isSchemaNode(schema) || !getMetaSchema()(schema)) return "Invalid model schema specified";
  return findUnsupportedKeywords(schema) ?? findBadReference(schema, context);
}

function findUnsupportedKeywords(schema: unknown): string | undefined {
  const found = new Set<string>();
  visitSubschemas(schema, (node) => {
    for (const keyword of Object.keys(node)) if (LATER_DRAFT_KEYWORDS.has(keyword)) found.add(keyword);
  });
  if (found.size === 0) return undefined;
  return `Invalid model schema specified. Unsupported keyword(s): ${JSON.stringify([...found].sort())}`;
}

function findBadReference(schema: unknown, context: ModelSchemaContext): string | undefined {
  let error: string | undefined;
  visitSubschemas(schema, (node) => {
    const ref = node.$ref;
    if (error !== undefined || typeof ref !== "string" || ref.startsWith("#")) return;
    const target = parseModelUrl(ref);
    if (!target || target.apiId !== context.apiId) error = "Model reference must be in canonical form";
    else if (!context.modelNames.includes(target.modelName)) {
      error = `Invalid model identifier specified: ${target.modelName}`;
    }
  });
  return error;
}

function getMetaSchema(): ValidateFunction {
  if (!metaSchema) {
    const ajv = new Ajv({ strict: false, validateFormats: false, logger: false });
    const compiled = ajv.getSchema(DRAFT_04_META);
    if (!compiled) throw new Error("ajv-draft-04 ships without its meta-schema");
    metaSchema = compiled;
  }
  return metaSchema;
}
