import type { MethodIdInput, UpdateInput } from "./api-inputs";
import { assertIntegrationValid } from "./assert-integration-valid";
import type { ControlContext } from "./control-context";
import { getIntegrationOrThrow, getMethodOrThrow, getResourceOrThrow } from "./lookups";
import { patchMapEntry, setOptional } from "./patch-map-entry";
import {
  assertPatchOperationsValid,
  decodePatchSegment,
  invalidPatchOperation,
  invalidPatchPath,
  patchPathOf,
  toBooleanValue,
} from "./patch-operations";
import { toPassthroughBehavior } from "./put-integration";
import type {
  ConnectionType,
  ContentHandling,
  Integration,
  Method,
  MethodVerb,
  PatchOperation,
} from "./types";

/** GetIntegration. @see https://docs.aws.amazon.com/apigateway/latest/api/API_GetIntegration.html */
export function getIntegration(ctx: ControlContext, input: MethodIdInput): Integration {
  return structuredClone(getIntegrationOrThrow(getMethodFor(ctx, input)));
}

/** DeleteIntegration: the integration and its integration responses. */
export function deleteIntegration(ctx: ControlContext, input: MethodIdInput): void {
  const method = getMethodFor(ctx, input);
  getIntegrationOrThrow(method);
  delete method.methodIntegration;
}

/**
 * UpdateIntegration. The result must still satisfy the PutIntegration rules of its type.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateIntegration-Patch
 */
export function updateIntegration(ctx: ControlContext, input: MethodIdInput & UpdateInput): Integration {
  const method = getMethodFor(ctx, input);
  const integration = structuredClone(getIntegrationOrThrow(method));
  const operations = input.patchOperations ?? [];
  assertPatchOperationsValid("updateIntegrationInput", operations);
  for (const operation of operations) applyIntegrationPatch(integration, operation);
  assertIntegrationValid(integration, method);
  method.methodIntegration = integration;
  return structuredClone(integration);
}

function getMethodFor(ctx: ControlContext, input: MethodIdInput): Method {
  return getMethodOrThrow(getResourceOrThrow(ctx, input.restApiId, input.resourceId), input.httpMethod);
}

function applyIntegrationPatch(integration: Integration, operation: PatchOperation): void {
  const path = patchPathOf(operation);
  const mapField = (["requestParameters", "requestTemplates"] as const).find((f) =>
    path.startsWith(`/${f}/`),
  );
  if (mapField) return patchIntegrationMap(integration, mapField, operation);
  if (path.startsWith("/cacheKeyParameters/")) return patchCacheKeyParameters(integration, operation);
  if (operation.op !== "replace") throw invalidPatchOperation(["replace"]);
  const value = operation.value;
  switch (path) {
    case "/timeoutInMillis":
      integration.timeoutInMillis = /^\d+$/.test(value ?? "") ? Number(value) : Number.NaN;
      return;
    case "/passthroughBehavior":
      integration.passthroughBehavior = toPassthroughBehavior(value);
      return;
    case "/httpMethod":
      return setOptional(integration, "httpMethod", (value || undefined) as MethodVerb | undefined);
    case "/contentHandling":
      return setOptional(integration, "contentHandling", (value || undefined) as ContentHandling | undefined);
    case "/connectionType":
      return setOptional(integration, "connectionType", (value || undefined) as ConnectionType | undefined);
    case "/uri":
    case "/credentials":
    case "/connectionId":
    case "/cacheNamespace":
      return setOptional(
        integration,
        path.slice(1) as "uri" | "credentials" | "connectionId" | "cacheNamespace",
        value || undefined,
      );
    case "/tlsConfig/insecureSkipVerification":
      integration.tlsConfig = { ...integration.tlsConfig, insecureSkipVerification: toBooleanValue(value) };
      return;
    default:
      throw invalidPatchPath(path);
  }
}

/** `/requestParameters/{target}` and `/requestTemplates/{content type}`: add, replace or remove one entry. */
function patchIntegrationMap(
  integration: Integration,
  field: "requestParameters" | "requestTemplates",
  operation: PatchOperation,
): void {
  const notFound =
    field === "requestParameters"
      ? "Invalid parameter name specified"
      : "Content-Type specified was not found";
  const map = patchMapEntry(integration[field], `/${field}/`, operation, (value) => value ?? "", notFound);
  setOptional(integration, field, map);
}

/** `/cacheKeyParameters/method.request.querystring.type`: add or remove one key. */
function patchCacheKeyParameters(integration: Integration, operation: PatchOperation): void {
  const parameter = decodePatchSegment(patchPathOf(operation).slice("/cacheKeyParameters/".length));
  const others = integration.cacheKeyParameters.filter((candidate) => candidate !== parameter);
  if (operation.op === "add") integration.cacheKeyParameters = [...others, parameter];
  else if (operation.op === "remove") integration.cacheKeyParameters = others;
  else throw invalidPatchOperation(["add", "remove"]);
}
