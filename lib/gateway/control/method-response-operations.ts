import { NotFoundException } from "./api-gateway-error";
import type { PutMethodResponseInput, StatusCodeInput, UpdateInput } from "./api-inputs";
import type { ControlContext } from "./control-context";
import type { RestApiRecord } from "./control-state";
import { findRestApiRecord, getMethodOrThrow, getResourceOrThrow } from "./lookups";
import { assertModelExists } from "./method-operations";
import { patchMapEntry, setOptional } from "./patch-map-entry";
import { invalidPatchPath, patchOperationViolations, patchPathOf, toBooleanValue } from "./patch-operations";
import type { Method, MethodResponse } from "./types";
import { statusCodeViolations, throwIfValidationErrors } from "./validation-errors";

/**
 * PutMethodResponse: creates or replaces the method response for a status code.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_PutMethodResponse.html
 */
export function putMethodResponse(ctx: ControlContext, input: PutMethodResponseInput): MethodResponse {
  throwIfValidationErrors(statusCodeViolations(input.statusCode));
  const method = getMethodFor(ctx, input);
  const record = findRestApiRecord(ctx, input.restApiId) as RestApiRecord;
  for (const modelName of Object.values(input.responseModels ?? {})) assertModelExists(record, modelName);
  const response: MethodResponse = { statusCode: input.statusCode };
  if (input.responseParameters) response.responseParameters = { ...input.responseParameters };
  if (input.responseModels) response.responseModels = { ...input.responseModels };
  method.methodResponses = { ...method.methodResponses, [input.statusCode]: response };
  return structuredClone(response);
}

/** GetMethodResponse. */
export function getMethodResponse(ctx: ControlContext, input: StatusCodeInput): MethodResponse {
  throwIfValidationErrors(statusCodeViolations(input.statusCode));
  return structuredClone(getMethodResponseOrThrow(getMethodFor(ctx, input), input.statusCode));
}

/**
 * UpdateMethodResponse: `/responseParameters/method.response.header.X` and `/responseModels/application~1json`.
 * Unknown ops and a malformed status code are reported together [REC test_update_method_response_negative_tests].
 * @see https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateMethodResponse-Patch
 */
export function updateMethodResponse(
  ctx: ControlContext,
  input: StatusCodeInput & UpdateInput,
): MethodResponse {
  const operations = input.patchOperations ?? [];
  throwIfValidationErrors([
    ...patchOperationViolations("updateMethodResponseInput", operations),
    ...statusCodeViolations(input.statusCode),
  ]);
  const method = getMethodFor(ctx, input);
  const record = findRestApiRecord(ctx, input.restApiId) as RestApiRecord;
  const response = structuredClone(getMethodResponseOrThrow(method, input.statusCode));
  for (const operation of operations) {
    const path = patchPathOf(operation);
    if (path.startsWith("/responseParameters/")) {
      const parameters = patchMapEntry(
        response.responseParameters,
        "/responseParameters/",
        operation,
        toBooleanValue,
        "Invalid parameter name specified",
      );
      setOptional(response, "responseParameters", parameters);
    } else if (path.startsWith("/responseModels/")) {
      const toModel = (value: string | undefined) => (assertModelExists(record, value ?? ""), value ?? "");
      const models = patchMapEntry(
        response.responseModels,
        "/responseModels/",
        operation,
        toModel,
        "Content-Type specified was not found",
      );
      setOptional(response, "responseModels", models);
    } else {
      throw invalidPatchPath(path);
    }
  }
  method.methodResponses = { ...method.methodResponses, [input.statusCode]: response };
  return structuredClone(response);
}

/** DeleteMethodResponse. */
export function deleteMethodResponse(ctx: ControlContext, input: StatusCodeInput): void {
  throwIfValidationErrors(statusCodeViolations(input.statusCode));
  const method = getMethodFor(ctx, input);
  getMethodResponseOrThrow(method, input.statusCode);
  const { [input.statusCode]: _removed, ...remaining } = method.methodResponses ?? {};
  if (Object.keys(remaining).length > 0) method.methodResponses = remaining;
  else delete method.methodResponses;
}

function getMethodFor(ctx: ControlContext, input: StatusCodeInput): Method {
  return getMethodOrThrow(getResourceOrThrow(ctx, input.restApiId, input.resourceId), input.httpMethod);
}

function getMethodResponseOrThrow(method: Method, statusCode: string): MethodResponse {
  const response = method.methodResponses?.[statusCode];
  if (!response) throw new NotFoundException("Invalid Response status code specified");
  return response;
}
