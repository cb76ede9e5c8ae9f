import { parseModelUrl, toModelUrl } from "../validation/model-url";
import type { DefinitionVersion } from "./definition-types";

const LOCAL_MODEL_REF = /^#\/(?:definitions|components\/schemas)\/([^/]+)$/;

/**
 * The model a `$ref` names: `#/definitions/Pet` (Swagger 2.0), `#/components/schemas/Pet` (OpenAPI 3.0)
 * or the model URL API Gateway stores; undefined for any other reference.
 */
export function toReferencedModelName(ref: string): string | undefined {
  const local = LOCAL_MODEL_REF.exec(ref)?.[1];
  if (local !== undefined) return local.replace(/~1/g, "/").replace(/~0/g, "~");
  return parseModelUrl(ref)?.modelName;
}

/**
 * A definition's schema as a model's schema text: references to other models become the model URL form
 * AWS stores (`https://apigateway.amazonaws.com/restapis/{id}/models/Pet`) [REC LS:test_import_swagger_api].
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/models-mappings-models.html
 */
export function toModelSchemaText(schema: unknown, restApiId: string): string {
  return JSON.stringify(
    rewriteRefs(schema, (ref) => {
      const name = LOCAL_MODEL_REF.test(ref) ? toReferencedModelName(ref) : undefined;
      return name === undefined ? ref : toModelUrl(restApiId, name);
    }),
  );
}

/** A model's schema text as a definition schema, model URLs turned back into local references. */
export function toDefinitionSchema(schemaText: string | undefined, version: DefinitionVersion): unknown {
  let schema: unknown;
  try {
    schema = JSON.parse(schemaText ?? "{}");
  } catch {
    return {};
  }
  return rewriteRefs(schema, (ref) => {
    const name = parseModelUrl(ref)?.modelName;
    return name === undefined ? ref : toLocalModelRef(name, version);
  });
}

/** `#/definitions/Pet` or `#/components/schemas/Pet`. */
export function toLocalModelRef(modelName: string, version: DefinitionVersion): string {
  return version === "swagger" ? `#/definitions/${modelName}` : `#/components/schemas/${modelName}`;
}

function rewriteRefs(value: unknown, rewrite: (ref: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, rewrite));
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      key === "$ref" && typeof item === "string" ? rewrite(item) : rewriteRefs(item, rewrite),
    ]),
  );
}
