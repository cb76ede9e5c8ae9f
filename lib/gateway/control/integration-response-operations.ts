import { BadRequestException, NotFoundException } from "./api-gateway-error";
import type { PutIntegrationResponseInput, StatusCodeInput, UpdateInput } from "./api-inputs";
import { assertContentType } from "./assert-integration-valid";
import type { ControlContext } from "./control-context";
import { getIntegrationOrThrow, getMethodOrThrow, getResourceOrThrow } from "./lookups";
import { patchMapEntry, setOptional } from "./patch-map-entry";
import {
  invalidPatchOperation,
  invalidPatchPath,
  patchOperationViolations,
  patchPathOf,
} from "./patch-operations";
import type { ContentHandling, Integration, IntegrationResponse, Method, PatchOperation } from "./types";
import { statusCodeViolations, throwIfValidationErrors } from "./validation-errors";

/**
 * PutIntegrationResponse. The status code need not have a method response yet [REC
 * LS:test_apigateway_api::test_lifecycle_integration_response]: a missing one fails only when a request is
 * served [DOC spec 6.6]. A mapped header, though, must be declared by the method response of that status.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_PutIntegrationResponse.html
 */
export function putIntegrationResponse(
  ctx: ControlContext,
  input: PutIntegrationResponseInput,
): IntegrationResponse {
  throwIfValidationErrors(statusCodeViolations(input.statusCode));
  const method = getMethodFor(ctx, input);
  const integration = getIntegrationOrThrow(method);
  for (const contentType of Object.keys(input.responseTemplates ?? {})) assertContentType(contentType);
  assertHeadersDeclared(method, input.statusCode, input.responseParameters);
  const response: IntegrationResponse = { statusCode: input.statusCode };
  // An empty selection pattern is kept and echoed: it marks the default response [REC test_lifecycle_integration_response].
  if (input.selectionPattern !== undefined) response.selectionPattern = input.selectionPattern;
  if (input.responseParameters) response.responseParameters = { ...input.responseParameters };
  if (input.responseTemplates) response.responseTemplates = { ...input.responseTemplates };
  if (input.contentHandling) response.contentHandling = input.contentHandling as ContentHandling;
  integration.integrationResponses = { ...integration.integrationResponses, [input.statusCode]: response };
  return structuredClone(response);
}

/** GetIntegrationResponse. */
export function getIntegrationResponse(ctx: ControlContext, input: StatusCodeInput): IntegrationResponse {
  throwIfValidationErrors(statusCodeViolations(input.statusCode));
  return structuredClone(getIntegrationResponseOrThrow(getIntegrationFor(ctx, input), input.statusCode));
}

/**
 * UpdateIntegrationResponse: `/selectionPattern`, `/contentHandling`, `/responseTemplates/{type}`,
 * `/responseParameters/{header}`.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateIntegrationResponse-Patch
 */
export function updateIntegrationResponse(
  ctx: ControlContext,
  input: StatusCodeInput & UpdateInput,
): IntegrationResponse {
  const operations = input.patchOperations ?? [];
  throwIfValidationErrors([
    ...patchOperationViolations("updateIntegrationResponseInput", operations),
    ...statusCodeViolations(input.statusCode),
  ]);
  const method = getMethodFor(ctx, input);
  const integration = getIntegrationOrThrow(method);
  const response = structuredClone(getIntegrationResponseOrThrow(integration, input.statusCode));
  for (const operation of operations) applyIntegrationResponsePatch(response, operation);
  assertHeadersDeclared(method, input.statusCode, response.responseParameters);
  integration.integrationResponses = { ...integration.integrationResponses, [input.statusCode]: response };
  return structuredClone(response);
}

/** DeleteIntegrationResponse. */
export function deleteIntegrationResponse(ctx: ControlContext, input: StatusCodeInput): void {
  throwIfValidationErrors(statusCodeViolations(input.statusCode));
  const integration = getIntegrationFor(ctx, input);
  getIntegrationResponseOrThrow(integration, input.statusCode);
  const { [input.statusCode]: _removed, ...remaining } = integration.integrationResponses ?? {};
  if (Object.keys(remaining).length > 0) integration.integrationResponses = remaining;
  else delete integration.integrationResponses;
}

function applyIntegrationResponsePatch(response: IntegrationResponse, operation: PatchOperation): void {
  const path = patchPathOf(operation);
  if (path.startsWith("/responseTemplates/")) {
    const toTemplate = (value: string | undefined) => value ?? "";
    const templates = patchMapEntry(
      response.responseTemplates,
      "/responseTemplates/",
      operation,
      toTemplate,
      "Content-Type specified was not found",
    );
    for (const contentType of Object.keys(templates ?? {})) assertContentType(contentType);
    return setOptional(response, "responseTemplates", templates);
  }
  if (path.startsWith("/responseParameters/")) {
    const toSource = (value: string | undefined) => value ?? "";
    const parameters = patchMapEntry(
      response.responseParameters,
      "/responseParameters/",
      operation,
      toSource,
      "Invalid parameter name specified",
    );
    return setOptional(response, "responseParameters", parameters);
  }
  if (operation.op !== "replace") throw invalidPatchOperation(["replace"]);
  if (path === "/selectionPattern") response.selectionPattern = operation.value ?? "";
  else if (path === "/contentHandling")
    setOptional(response, "contentHandling", (operation.value || undefined) as ContentHandling | undefined);
  else throw invalidPatchPath(path);
}

function getMethodFor(ctx: ControlContext, input: StatusCodeInput): Method {
  return getMethodOrThrow(getResourceOrThrow(ctx, input.restApiId, input.resourceId), input.httpMethod);
}

function getIntegrationFor(ctx: ControlContext, input: StatusCodeInput): Integration {
  return getIntegrationOrThrow(getMethodFor(ctx, input));
}

/**
 * A mapped `method.response.header.X` must be declared by the method response of the same status:
 * "Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping
 * expression parameter specified: method.response.header.Access-Control-Allow-Origin]" [3P verbatim].
 */
function assertHeadersDeclared(
  method: Method,
  statusCode: string,
  parameters: Readonly<Record<string, string>> = {},
): void {
  const declared = method.methodResponses?.[statusCode]?.responseParameters ?? {};
  const undeclared = Object.keys(parameters).find((header) => !(header in declared));
  if (undeclared) {
    throw new BadRequestException(
      `Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression parameter specified: ${undeclared}]`,
    );
  }
}

/** [REC test_delete_integration_response_errors "non-existent-status-code"]. */
function getIntegrationResponseOrThrow(integration: Integration, statusCode: string): IntegrationResponse {
  const response = integration.integrationResponses?.[statusCode];
  if (!response) throw new NotFoundException("Invalid Response status code specified");
  return response;
}
