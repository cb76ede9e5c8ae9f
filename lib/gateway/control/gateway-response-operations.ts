import { BadRequestException, NotFoundException } from "./api-gateway-error";
import type { PageInput, RestApiIdInput, UpdateInput } from "./api-inputs";
import type { ControlContext } from "./control-context";
import {
  DEFAULT_GATEWAY_RESPONSE_STATUS,
  DEFAULT_GATEWAY_RESPONSE_TEMPLATES,
  GATEWAY_RESPONSE_TYPE_ENUM_ORDER,
} from "./default-gateway-responses";
import type { PutGatewayResponseInput, ResponseTypeInput } from "./definition-inputs";
import { getRestApiRecordOrThrow } from "./lookups";
import { paginate } from "./paginate";
import {
  decodePatchSegment,
  invalidPatchOperation,
  invalidPatchPath,
  patchOperationViolations,
} from "./patch-operations";
import { resolveGatewayResponse, resolveGatewayResponses } from "./resolve-gateway-response";
import type { GatewayResponse, GatewayResponseType, PatchOperation } from "./types";
import { enumViolation, statusCodeViolations, throwIfValidationErrors } from "./validation-errors";

/**
 * PutGatewayResponse: customizes one response type. Omitted templates become the default template
 * [REC LS:test_apigateway_api::test_gateway_response_put].
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_PutGatewayResponse.html
 */
export function putGatewayResponse(ctx: ControlContext, input: PutGatewayResponseInput): GatewayResponse {
  const type = assertResponseType(
    input.responseType,
    input.statusCode === undefined ? [] : statusCodeViolations(input.statusCode),
  );
  const record = getRestApiRecordOrThrow(ctx, input.restApiId);
  const response: GatewayResponse = {
    responseType: type,
    defaultResponse: false,
    responseParameters: { ...input.responseParameters },
    responseTemplates: {
      ...(hasEntries(input.responseTemplates) ? input.responseTemplates : DEFAULT_GATEWAY_RESPONSE_TEMPLATES),
    },
  };
  if (input.statusCode !== undefined) response.statusCode = input.statusCode;
  record.gatewayResponses[type] = response;
  return resolveGatewayResponse(record, type);
}

/** GetGatewayResponse: the customized response, or the default (possibly inherited from DEFAULT_4XX/5XX). */
export function getGatewayResponse(ctx: ControlContext, input: ResponseTypeInput): GatewayResponse {
  const type = assertResponseType(input.responseType);
  return resolveGatewayResponse(getRestApiRecordOrThrow(ctx, input.restApiId), type);
}

/** GetGatewayResponses: all 21 types, customized or default. */
export function getGatewayResponses(
  ctx: ControlContext,
  input: RestApiIdInput & PageInput,
): { items: GatewayResponse[]; position?: string } {
  return paginate(
    resolveGatewayResponses(getRestApiRecordOrThrow(ctx, input.restApiId)),
    input.position,
    input.limit,
  );
}

/** DeleteGatewayResponse: back to the default; a type never put is a 404 [REC "delete-gateway-response-not-set"]. */
export function deleteGatewayResponse(ctx: ControlContext, input: ResponseTypeInput): void {
  const type = assertResponseType(input.responseType);
  const record = getRestApiRecordOrThrow(ctx, input.restApiId);
  if (!record.gatewayResponses[type]) throw new NotFoundException("Gateway response type not defined on api");
  delete record.gatewayResponses[type];
}

/**
 * UpdateGatewayResponse: `/statusCode` accepts only `replace`; `/responseParameters/{name}` and
 * `/responseTemplates/{type}` accept add, replace (existing keys only) and remove [REC test_update_gateway_response].
 * Updating a type never put customizes it, starting from its built-in default.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateGatewayResponse-Patch
 */
export function updateGatewayResponse(
  ctx: ControlContext,
  input: ResponseTypeInput & UpdateInput,
): GatewayResponse {
  const operations = input.patchOperations ?? [];
  const type = assertResponseType(
    input.responseType,
    patchOperationViolations("updateGatewayResponseInput", operations),
  );
  const record = getRestApiRecordOrThrow(ctx, input.restApiId);
  const response = structuredClone(record.gatewayResponses[type] ?? builtInResponse(type));
  for (const operation of operations) applyGatewayResponsePatch(response, operation);
  record.gatewayResponses[type] = response;
  return resolveGatewayResponse(record, type);
}

function builtInResponse(type: GatewayResponseType): GatewayResponse {
  const response: GatewayResponse = {
    responseType: type,
    defaultResponse: false,
    responseParameters: {},
    responseTemplates: { ...DEFAULT_GATEWAY_RESPONSE_TEMPLATES },
  };
  const statusCode = DEFAULT_GATEWAY_RESPONSE_STATUS[type];
  if (statusCode !== undefined) response.statusCode = statusCode;
  return response;
}

function applyGatewayResponsePatch(response: GatewayResponse, operation: PatchOperation): void {
  const path = operation.path ?? "null";
  if (path === "/statusCode") {
    if (operation.op !== "replace") throw invalidPatchPath(path);
    // [UNVERIFIED] wording; AWS requires a three-digit status.
    if (!/^[1-5]\d\d$/.test(operation.value ?? ""))
      throw new BadRequestException(`Invalid status code specified: ${operation.value ?? "null"}`);
    response.statusCode = operation.value;
    return;
  }
  const field = (["responseParameters", "responseTemplates"] as const).find((name) =>
    path.startsWith(`/${name}/`),
  );
  if (!field) throw invalidPatchPath(path);
  if (!["add", "replace", "remove"].includes(operation.op))
    throw invalidPatchOperation(["add", "remove", "replace"]);
  const key = decodePatchSegment(path.slice(field.length + 2));
  const map = { ...response[field] };
  if (operation.op === "replace" && !(key in map))
    throw new NotFoundException("Invalid parameter name specified");
  if (operation.op === "remove") delete map[key];
  else if (!operation.value) throw new BadRequestException(`Invalid null or empty value in ${field}`);
  else map[key] = operation.value;
  response[field] = map;
}

/** Smithy validation of the type (and any other member violation), in AWS's wording and enum order [REC]. */
function assertResponseType(responseType: string, otherViolations: string[] = []): GatewayResponseType {
  const known = (GATEWAY_RESPONSE_TYPE_ENUM_ORDER as readonly string[]).includes(responseType);
  throwIfValidationErrors([
    ...otherViolations,
    ...(known ? [] : [enumViolation(responseType, "responseType", GATEWAY_RESPONSE_TYPE_ENUM_ORDER)]),
  ]);
  return responseType as GatewayResponseType;
}

function hasEntries(map: Readonly<Record<string, string>> | undefined): map is Record<string, string> {
  return map !== undefined && Object.keys(map).length > 0;
}
