import { BadRequestException } from "./api-gateway-error";
import type { MethodIdInput, UpdateInput } from "./api-inputs";
import type { ControlContext } from "./control-context";
import type { RestApiRecord } from "./control-state";
import { findRestApiRecord, getMethodOrThrow, getResourceOrThrow } from "./lookups";
import {
  assertAuthorizerValid,
  assertModelExists,
  assertRequestParametersValid,
  assertRequestValidatorValid,
  needsAuthorizer,
} from "./method-operations";
import {
  assertPatchOperationsValid,
  decodePatchSegment,
  invalidPatchOperation,
  invalidPatchPath,
  patchPathOf,
  toBooleanValue,
} from "./patch-operations";
import type { AuthorizationType, Method, PatchOperation } from "./types";

/** Which op each path accepts [LS, matching the recorded errors of test_update_method_validation]. */
const OPS_BY_PATH: Readonly<Record<string, readonly string[]>> = {
  "/authorizationScopes": ["add", "remove"],
  "/authorizationType": ["replace"],
  "/authorizerId": ["replace"],
  "/apiKeyRequired": ["replace"],
  "/operationName": ["replace"],
  "/requestParameters/": ["add", "remove", "replace"],
  "/requestModels/": ["add", "remove", "replace"],
  "/requestValidatorId": ["replace"],
};

/**
 * UpdateMethod. Setting CUSTOM or COGNITO_USER_POOLS needs a valid authorizer; an `/authorizerId`
 * replace on a method of another type is ignored [REC "skip-auth-id-with-wrong-type"].
 * @see https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateMethod-Patch
 */
export function updateMethod(ctx: ControlContext, input: MethodIdInput & UpdateInput): Method {
  const resource = getResourceOrThrow(ctx, input.restApiId, input.resourceId);
  const current = getMethodOrThrow(resource, input.httpMethod);
  const record = findRestApiRecord(ctx, input.restApiId) as RestApiRecord;
  const operations = input.patchOperations ?? [];
  assertPatchOperationsValid("updateMethodInput", operations);
  const method = structuredClone(current);
  for (const operation of operations) applyMethodPatch(record, method, operation);
  if (needsAuthorizer(method.authorizationType)) assertAuthorizerValid(record, method.authorizerId);
  else delete method.authorizerId;
  resource.resourceMethods = { ...resource.resourceMethods, [method.httpMethod]: method };
  return structuredClone(method);
}

function applyMethodPatch(record: RestApiRecord, method: Method, operation: PatchOperation): void {
  const path = patchPathOf(operation);
  const prefix = Object.keys(OPS_BY_PATH).find(
    (candidate) => path === candidate || isMapPath(path, candidate),
  );
  // A raw slash inside a key (`/requestModels/application/json`) makes the path invalid [REC].
  if (!prefix || path.split("/").length > 3) throw invalidPatchPath(path);
  const allowedOps = OPS_BY_PATH[prefix] ?? [];
  if (!allowedOps.includes(operation.op)) throw invalidPatchOperation(allowedOps);
  const key = decodePatchSegment(path.slice(prefix.length));
  const value = operation.value;
  switch (prefix) {
    case "/authorizationScopes":
      return patchScopes(method, operation.op, value);
    case "/authorizationType":
      method.authorizationType = (value ?? "").toUpperCase() as AuthorizationType;
      return;
    case "/authorizerId":
      if (value) method.authorizerId = value;
      return;
    case "/apiKeyRequired":
      method.apiKeyRequired = toBooleanValue(value);
      return;
    case "/operationName":
      method.operationName = value ?? "";
      return;
    case "/requestValidatorId":
      return patchRequestValidator(record, method, value);
    case "/requestParameters/":
      return patchMap(method, "requestParameters", key, operation.op, () => {
        assertRequestParametersValid([
          ...Object.keys(method.requestParameters ?? {}).filter((k) => k !== key),
          key,
        ]);
        return toBooleanValue(value);
      });
    default:
      return patchMap(method, "requestModels", key, operation.op, () => {
        assertModelExists(record, value ?? "");
        return value ?? "";
      });
  }
}

function isMapPath(path: string, prefix: string): boolean {
  return prefix.endsWith("/") && path.startsWith(prefix) && path.length > prefix.length;
}

function patchScopes(method: Method, op: string, value: string | undefined): void {
  const scopes = (method.authorizationScopes ?? []).filter(
    (scope) => op === "add" || (value && scope !== value),
  );
  if (op === "add" && value) scopes.push(value);
  if (scopes.length > 0) method.authorizationScopes = scopes;
  else delete method.authorizationScopes;
}

/** An empty value detaches the validator [LS, from AWS behaviour]. */
function patchRequestValidator(record: RestApiRecord, method: Method, value: string | undefined): void {
  if (!value) {
    delete method.requestValidatorId;
    return;
  }
  assertRequestValidatorValid(record, value);
  method.requestValidatorId = value;
}

/** Add/replace a map entry (the value is computed, and validated, only then) or remove it; an emptied map disappears [REC]. */
function patchMap<K extends "requestParameters" | "requestModels">(
  method: Method,
  field: K,
  key: string,
  op: string,
  toValue: () => NonNullable<Method[K]>[string],
): void {
  if (!key) throw new BadRequestException(`Invalid patch path /${field}/`);
  const map: Record<string, unknown> = { ...method[field] };
  if (op === "remove") delete map[key];
  else map[key] = toValue();
  if (Object.keys(map).length > 0) method[field] = map as Method[K];
  else delete method[field];
}
