import type { Method, MethodResponse, Resource } from "../control/types";
import type { ExportContext } from "./export-context";
import { toIntegrationExtension } from "./export-integration";
import { toSecurityRequirements } from "./export-security";
import { INTEGRATION } from "./plan-integration";
import { toLocalModelRef } from "./rewrite-schema-refs";

const PARAMETER_LOCATIONS: Readonly<Record<string, string>> = {
  path: "path",
  querystring: "query",
  multivaluequerystring: "query",
  header: "header",
  multivalueheader: "header",
};

/**
 * A method as an OpenAPI operation: `operationId`, its request parameters (strings), its request models
 * as a body (`requestBody` in OpenAPI 3.0, an `in: body` parameter with `consumes` in Swagger 2.0), its
 * method responses, its `security`, and with extensions its validator and integration.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-export-api.html
 */
export function toOperation(
  context: ExportContext,
  resource: Resource,
  method: Method,
): Record<string, unknown> {
  const operation: Record<string, unknown> = {};
  if (method.operationName) operation.operationId = method.operationName;
  const requestModels = Object.entries(method.requestModels ?? {});
  const responseTypes = [
    ...new Set(
      Object.values(method.methodResponses ?? {}).flatMap((r) => Object.keys(r.responseModels ?? {})),
    ),
  ];
  if (context.version === "swagger" && requestModels.length > 0)
    operation.consumes = requestModels.map(([type]) => type);
  if (context.version === "swagger" && responseTypes.length > 0) operation.produces = responseTypes;
  const parameters = toParameters(context, method);
  if (parameters.length > 0) operation.parameters = parameters;
  if (context.version === "oas30" && requestModels.length > 0) {
    const content = requestModels.map(([type, model]) => [type, { schema: modelSchema(context, model) }]);
    operation.requestBody = { content: Object.fromEntries(content), required: true };
  }
  operation.responses = toResponses(context, method);
  const security = toSecurityRequirements(context, method);
  if (security.length > 0) operation.security = security;
  const validator = context.snapshot.requestValidators.find((v) => v.id === method.requestValidatorId);
  if (context.withApiSettings && validator)
    operation["x-amazon-apigateway-request-validator"] = validator.name ?? validator.id;
  if (context.withIntegrations && method.methodIntegration)
    operation[INTEGRATION] = toIntegrationExtension(method.methodIntegration, resource);
  return operation;
}

function toParameters(context: ExportContext, method: Method): Record<string, unknown>[] {
  const parameters: Record<string, unknown>[] = Object.entries(method.requestParameters ?? {}).flatMap(
    ([key, required]) => {
      const match = /^method\.request\.(\w+)\.(.+)$/.exec(key);
      const location = match?.[1] ? PARAMETER_LOCATIONS[match[1]] : undefined;
      if (!match?.[2] || !location) return [];
      const type = context.version === "swagger" ? { type: "string" } : { schema: { type: "string" } };
      return [{ name: match[2], in: location, required, ...type }];
    },
  );
  const body = Object.values(method.requestModels ?? {})[0];
  if (context.version === "swagger" && body !== undefined)
    parameters.push({ in: "body", name: body, required: true, schema: modelSchema(context, body) });
  return parameters;
}

function toResponses(context: ExportContext, method: Method): Record<string, unknown> {
  return Object.fromEntries(
    Object.values(method.methodResponses ?? {}).map((response) => [
      response.statusCode,
      toResponse(context, response),
    ]),
  );
}

function toResponse(context: ExportContext, response: MethodResponse): Record<string, unknown> {
  const exported: Record<string, unknown> = { description: `${response.statusCode} response` };
  const headers = Object.entries(response.responseParameters ?? {}).flatMap(
    ([key, required]): [string, unknown][] => {
      const name = /^method\.response\.header\.(.+)$/.exec(key)?.[1];
      if (name === undefined) return [];
      if (context.version === "swagger") return [[name, { type: "string" }]];
      return [[name, { schema: { type: "string" }, ...(required ? { required: true } : {}) }]];
    },
  );
  if (headers.length > 0) exported.headers = Object.fromEntries(headers);
  const models = Object.entries(response.responseModels ?? {});
  const first = models[0];
  if (context.version === "swagger" && first) exported.schema = modelSchema(context, first[1]);
  if (context.version === "oas30" && models.length > 0) {
    exported.content = Object.fromEntries(
      models.map(([type, model]) => [type, { schema: modelSchema(context, model) }]),
    );
  }
  return exported;
}

function modelSchema(context: ExportContext, modelName: string): { $ref: string } {
  return { $ref: toLocalModelRef(modelName, context.version) };
}
