import type { ApiSnapshot, Resource } from "../control/types";
import type { DefinitionDocument, DefinitionVersion } from "./definition-types";
import { toApiExtensions } from "./export-api-extensions";
import { toExportContext, type ExportContext } from "./export-context";
import { toOperation } from "./export-operation";
import { toSecuritySchemes } from "./export-security";
import { toDefinitionSchema } from "./rewrite-schema-refs";

export interface ExportDefinitionOptions {
  exportType: DefinitionVersion;
  stageName: string;
  region: string;
  /** GetExport's `extensions` parameter: `integrations`, `authorizers`, `apigateway` (comma-separated). */
  extensions?: string;
}

/**
 * A deployed API as a Swagger 2.0 (`host`, `basePath: /{stage}`) or OpenAPI 3.0.1 (`servers` with a
 * `basePath` variable defaulting to the stage) document: one path per resource, one operation per
 * method, the models as schemas, and the extensions asked for. Importing the result, with the default
 * `basepath=ignore`, rebuilds the same resources, methods and integrations.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-export-api.html
 */
export function toDefinitionDocument(
  snapshot: ApiSnapshot,
  options: ExportDefinitionOptions,
): DefinitionDocument {
  const context = toExportContext(snapshot, options.exportType, options.extensions);
  const host = `${snapshot.api.id}.execute-api.${options.region}.amazonaws.com`;
  const paths = toPaths(context);
  const methods = snapshot.resources.flatMap((resource) => Object.values(resource.resourceMethods ?? {}));
  const schemas = Object.fromEntries(
    snapshot.models.map((model) => [model.name, toDefinitionSchema(model.schema, options.exportType)]),
  );
  const securitySchemes = toSecuritySchemes(context, methods);
  const extensions = context.withApiSettings ? toApiExtensions(snapshot) : {};
  const info = toInfo(snapshot);
  if (options.exportType === "swagger") {
    return {
      swagger: "2.0",
      info,
      host,
      basePath: `/${options.stageName}`,
      schemes: ["https"],
      paths,
      ...(Object.keys(securitySchemes).length > 0 ? { securityDefinitions: securitySchemes } : {}),
      ...(Object.keys(schemas).length > 0 ? { definitions: schemas } : {}),
      ...extensions,
    };
  }
  return {
    openapi: "3.0.1",
    info,
    servers: [{ url: `https://${host}/{basePath}`, variables: { basePath: { default: options.stageName } } }],
    paths,
    components: { schemas, securitySchemes },
    ...extensions,
  };
}

/** `info.version` is the API's version, else its creation time (`2026-01-01T00:00:00Z`) [LS; UNVERIFIED]. */
function toInfo(snapshot: ApiSnapshot): Record<string, string> {
  const { api } = snapshot;
  const info: Record<string, string> = { title: api.name };
  if (api.description !== undefined) info.description = api.description;
  info.version = api.version ?? new Date(api.createdDate * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
  return info;
}

/** Every resource but a root without methods, sorted by path; a resource without methods is `{}`. */
function toPaths(context: ExportContext): Record<string, unknown> {
  const resources = [...context.snapshot.resources]
    .filter((resource) => resource.path !== "/" || Object.keys(resource.resourceMethods ?? {}).length > 0)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return Object.fromEntries(resources.map((resource) => [resource.path, toPathItem(context, resource)]));
}

function toPathItem(context: ExportContext, resource: Resource): Record<string, unknown> {
  return Object.fromEntries(
    Object.values(resource.resourceMethods ?? {}).map((method) => [
      method.httpMethod === "ANY" ? "x-amazon-apigateway-any-method" : method.httpMethod.toLowerCase(),
      toOperation(context, resource, method),
    ]),
  );
}
