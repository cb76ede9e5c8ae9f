/**
 * OpenAPI import and export for REST APIs: pure functions from a Swagger 2.0 / OpenAPI 3.0 definition to
 * an import plan the control plane applies with its own operations, and from a deployment to a
 * definition document.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-import-api.html
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-export-api.html
 */
export {
  parseDefinitionDocument,
  readDefinitionVersion,
  MAX_DEFINITION_BYTES,
} from "./parse-definition-document";
export { toImportPlan, type ImportPlanOptions } from "./to-import-plan";
export { readBasePathMode, resolveBasePath } from "./resolve-base-path";
export { toModelSchemaText, toDefinitionSchema, toReferencedModelName } from "./rewrite-schema-refs";
export { toDefinitionDocument, type ExportDefinitionOptions } from "./to-definition-document";
export { serializeDefinitionDocument, type DefinitionFormat } from "./serialize-definition-document";
export { InvalidDefinitionError } from "./invalid-definition-error";
export type * from "./definition-types";
