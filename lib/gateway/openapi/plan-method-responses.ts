import type { PlanContext, PlannedMethodResponse } from "./definition-types";
import { addContentModels, mediaTypesOf, toSchemaModelName } from "./plan-method-request";
import { readObject } from "./read-definition-value";
import { isDefinitionObject } from "./read-definition-value";
import { resolveLocalRef } from "./resolve-local-ref";

/**
 * An operation's `responses` as method responses: each three-digit status with its headers as
 * `method.response.header.<name>` (required only when the header says so) and the models its schema
 * names, by content type. A `default` response has no status to put and is reported as a warning.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-settings-method-response.html
 */
export function planMethodResponses(
  context: PlanContext,
  operation: Record<string, unknown>,
  location: string,
): PlannedMethodResponse[] {
  const responses = readObject(operation, "responses", location);
  const planned: PlannedMethodResponse[] = [];
  for (const [statusCode, value] of Object.entries(responses)) {
    const at = `${location}.responses.${statusCode}`;
    if (!/^[1-5]\d\d$/.test(statusCode)) {
      context.warnings.push(`${at}: only three-digit status codes become method responses; ignored`);
      continue;
    }
    const response = resolveLocalRef(context.document, value, at, (message) =>
      context.warnings.push(message),
    );
    if (response) planned.push(toMethodResponse(context, statusCode, response, operation, at));
  }
  return planned;
}

function toMethodResponse(
  context: PlanContext,
  statusCode: string,
  response: Record<string, unknown>,
  operation: Record<string, unknown>,
  location: string,
): PlannedMethodResponse {
  const planned: PlannedMethodResponse = { statusCode };
  const headers = readObject(response, "headers", location);
  const names = Object.keys(headers);
  if (names.length > 0) {
    planned.responseParameters = Object.fromEntries(
      names.map((name) => {
        const header = headers[name];
        return [`method.response.header.${name}`, isDefinitionObject(header) && header.required === true];
      }),
    );
  }
  const models: Record<string, string> = {};
  if (context.version === "oas30") addContentModels(context, models, response, location);
  else {
    const model = toSchemaModelName(context, response.schema, location);
    if (model !== undefined)
      for (const type of mediaTypesOf(context, operation, "produces", location)) models[type] = model;
  }
  if (Object.keys(models).length > 0) planned.responseModels = models;
  return planned;
}
