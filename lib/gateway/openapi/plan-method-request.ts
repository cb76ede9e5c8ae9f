import type { PlanContext } from "./definition-types";
import { invalidFieldError } from "./invalid-definition-error";
import { isDefinitionObject, readList, readString, readStringList } from "./read-definition-value";
import { resolveLocalRef } from "./resolve-local-ref";
import { toReferencedModelName } from "./rewrite-schema-refs";

const LOCATIONS: Readonly<Record<string, string>> = { query: "querystring", header: "header", path: "path" };

export interface PlannedMethodRequest {
  requestParameters: Record<string, boolean>;
  requestModels: Record<string, string>;
}

/**
 * A method request from an operation: `query`, `header` and `path` parameters (the path item's ones
 * included, the operation's winning) become `method.request.{querystring|header|path}.<name>` with their
 * `required` flag; a body schema that names a model (`in: body` with `consumes` in Swagger 2.0,
 * `requestBody.content` in OpenAPI 3.0) becomes the request model of each content type. Every path
 * variable of the resource is a required path parameter even if undeclared [LS; UNVERIFIED for AWS].
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-import-api.html
 */
export function planMethodRequest(
  context: PlanContext,
  pathItem: Record<string, unknown>,
  operation: Record<string, unknown>,
  resourcePath: string,
  location: string,
): PlannedMethodRequest {
  const planned: PlannedMethodRequest = { requestParameters: {}, requestModels: {} };
  for (const variable of pathVariables(resourcePath))
    planned.requestParameters[`method.request.path.${variable}`] = true;
  for (const parameter of mergeParameters(context, pathItem, operation, location)) {
    addParameter(context, planned, parameter, operation, location);
  }
  if (context.version === "oas30" && operation.requestBody !== undefined) {
    const body = resolveLocalRef(
      context.document,
      operation.requestBody,
      `${location}.requestBody`,
      warn(context),
    );
    if (body) addContentModels(context, planned.requestModels, body, `${location}.requestBody`);
  }
  return planned;
}

/** The models a `content` map names, by content type (OpenAPI 3.0 request bodies and responses). */
export function addContentModels(
  context: PlanContext,
  models: Record<string, string>,
  owner: Record<string, unknown>,
  location: string,
): void {
  if (owner.content === undefined) return;
  if (!isDefinitionObject(owner.content))
    throw invalidFieldError(`${location}.content`, "an object", owner.content);
  for (const [contentType, media] of Object.entries(owner.content)) {
    const name = toSchemaModelName(
      context,
      isDefinitionObject(media) ? media.schema : undefined,
      `${location}.content.${contentType}`,
    );
    if (name !== undefined) models[contentType] = name;
  }
}

/** The model a schema names by `$ref`; an inline schema is not turned into a model (a warning). */
export function toSchemaModelName(
  context: PlanContext,
  schema: unknown,
  location: string,
): string | undefined {
  if (schema === undefined) return undefined;
  const ref = isDefinitionObject(schema) ? schema.$ref : undefined;
  const name = typeof ref === "string" ? toReferencedModelName(ref) : undefined;
  if (name === undefined)
    context.warnings.push(`${location}.schema: only a $ref to a model is imported; inline schema ignored`);
  return name;
}

/** Swagger 2.0's `consumes` / `produces` for an operation: its own, else the root's, else JSON. */
export function mediaTypesOf(
  context: PlanContext,
  operation: Record<string, unknown>,
  key: string,
  location: string,
): string[] {
  return (
    readStringList(operation, key, location) ??
    readStringList(context.document, key, "$") ?? ["application/json"]
  );
}

function mergeParameters(
  context: PlanContext,
  pathItem: Record<string, unknown>,
  operation: Record<string, unknown>,
  location: string,
): Record<string, unknown>[] {
  const byKey = new Map<string, Record<string, unknown>>();
  const lists: [unknown[], string][] = [
    [readList(pathItem, "parameters", location), `${location}.pathItem.parameters`],
    [readList(operation, "parameters", location), `${location}.parameters`],
  ];
  for (const [list, at] of lists) {
    list.forEach((item, index) => {
      const parameter = resolveLocalRef(context.document, item, `${at}[${index}]`, warn(context));
      if (!parameter) return;
      const name = readString(parameter, "name", `${at}[${index}]`) ?? "";
      byKey.set(`${String(parameter.in)}:${name}`, parameter);
    });
  }
  return [...byKey.values()];
}

function addParameter(
  context: PlanContext,
  planned: PlannedMethodRequest,
  parameter: Record<string, unknown>,
  operation: Record<string, unknown>,
  location: string,
): void {
  const name = String(parameter.name ?? "");
  const where = LOCATIONS[String(parameter.in)];
  if (where) {
    planned.requestParameters[`method.request.${where}.${name}`] = parameter.required === true;
    return;
  }
  if (parameter.in === "body" && context.version === "swagger") {
    const model = toSchemaModelName(context, parameter.schema, `${location}.parameters.${name}`);
    if (model === undefined) return;
    for (const type of mediaTypesOf(context, operation, "consumes", location))
      planned.requestModels[type] = model;
    return;
  }
  context.warnings.push(
    `${location}.parameters.${name}: parameters in ${String(parameter.in)} are not supported; ignored`,
  );
}

function pathVariables(resourcePath: string): string[] {
  return resourcePath
    .split("/")
    .filter((part) => part.startsWith("{") && part.endsWith("}") && !part.endsWith("+}"))
    .map((part) => part.slice(1, -1));
}

function warn(context: PlanContext): (message: string) => void {
  return (message) => context.warnings.push(message);
}
