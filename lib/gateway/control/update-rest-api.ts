import { BadRequestException } from "./api-gateway-error";
import type { RestApiIdInput, UpdateInput } from "./api-inputs";
import type { ControlContext } from "./control-context";
import { getRestApiRecordOrThrow } from "./lookups";
import {
  assertPatchOperationsValid,
  decodePatchSegment,
  invalidPatchOperation,
  invalidPatchPath,
  patchPathOf,
  toBooleanValue,
} from "./patch-operations";
import { assertCompressionSizeValid } from "./rest-api-operations";
import { assertIpAddressTypeAllowed, ENDPOINT_TYPES, IP_ADDRESS_TYPES } from "./to-endpoint-configuration";
import type { ApiKeySource, EndpointType, IpAddressType, PatchOperation, RestApi } from "./types";

const OPTIONAL_STRINGS = ["/description", "/version", "/policy"];

/**
 * UpdateRestApi. Changes are applied to a copy and stored only if every operation succeeds.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateRestApi-Patch
 */
export function updateRestApi(ctx: ControlContext, input: RestApiIdInput & UpdateInput): RestApi {
  const record = getRestApiRecordOrThrow(ctx, input.restApiId);
  const operations = input.patchOperations ?? [];
  assertPatchOperationsValid("updateRestApiInput", operations);
  const restApi = structuredClone(record.restApi);
  for (const operation of operations) applyRestApiPatch(restApi, operation);
  record.restApi = restApi;
  // UpdateRestApi echoes an empty tag map when the API has none [REC test_update_rest_api_operation_add_remove].
  return { ...structuredClone(restApi), tags: { ...restApi.tags } };
}

function applyRestApiPatch(restApi: RestApi, operation: PatchOperation): void {
  const path = patchPathOf(operation);
  // The list itself cannot be patched, only `/binaryMediaTypes/{type}` [REC test_update_rest_api_behaviour].
  if (path === "/binaryMediaTypes") throw invalidPatchPath(path);
  if (path.startsWith("/binaryMediaTypes/")) return patchBinaryMediaTypes(restApi, operation);
  if (path.startsWith("/endpointConfiguration/types/")) return patchEndpointType(restApi, operation);
  if (path === "/endpointConfiguration/ipAddressType") return patchIpAddressType(restApi, operation);
  if (path === "/endpointConfiguration/vpcEndpointIds") return patchVpcEndpointIds(restApi, operation);
  // Optional strings can also be removed [REC test_update_rest_api_operation_add_remove].
  if (operation.op === "remove" && OPTIONAL_STRINGS.includes(path))
    return replaceOptionalString(restApi, toKey(path));
  if (operation.op !== "replace") throw invalidPatchOperation(["replace"]);
  switch (path) {
    case "/name":
      if (!operation.value) throw new BadRequestException("Invalid REST API name specified"); // [UNVERIFIED] wording
      restApi.name = operation.value;
      return;
    case "/description":
    case "/version":
    case "/policy":
      return replaceOptionalString(
        restApi,
        path.slice(1) as "description" | "version" | "policy",
        operation.value,
      );
    case "/apiKeySource":
      return replaceApiKeySource(restApi, operation.value);
    case "/minimumCompressionSize":
      return replaceCompressionSize(restApi, operation.value);
    case "/disableExecuteApiEndpoint":
      restApi.disableExecuteApiEndpoint = toBooleanValue(operation.value);
      return;
    default:
      throw invalidPatchPath(path);
  }
}

function toKey(path: string): "description" | "version" | "policy" {
  return path.slice(1) as "description" | "version" | "policy";
}

function replaceOptionalString(
  restApi: RestApi,
  key: "description" | "version" | "policy",
  value?: string,
): void {
  if (value) restApi[key] = value;
  else delete restApi[key];
}

function replaceApiKeySource(restApi: RestApi, value: string | undefined): void {
  if (value !== "HEADER" && value !== "AUTHORIZER") {
    // [UNVERIFIED] wording, modelled on the recorded endpoint type message.
    throw new BadRequestException("Invalid apiKeySource specified. Valid options are HEADER,AUTHORIZER");
  }
  restApi.apiKeySource = value as ApiKeySource;
}

/** An empty value removes the setting (compression off) [REC test_update_rest_api_compression]. */
function replaceCompressionSize(restApi: RestApi, value: string | undefined): void {
  if (!value) {
    delete restApi.minimumCompressionSize;
    return;
  }
  const size = /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
  assertCompressionSizeValid(Number.isNaN(size) ? -1 : size);
  restApi.minimumCompressionSize = size;
}

/**
 * `/binaryMediaTypes/image~1png`: add appends, remove drops, and replace drops the named type and appends
 * the new value at the end [REC test_update_rest_api_operation_add_remove]. The bare path is refused.
 */
function patchBinaryMediaTypes(restApi: RestApi, operation: PatchOperation): void {
  const mediaType = decodePatchSegment(patchPathOf(operation).slice("/binaryMediaTypes/".length));
  const current = (restApi.binaryMediaTypes ?? []).filter((type) => type !== mediaType);
  if (operation.op === "add") current.push(mediaType);
  else if (operation.op === "replace") current.push(operation.value ?? mediaType);
  else if (operation.op !== "remove") throw invalidPatchOperation(["add", "remove", "replace"]);
  if (current.length > 0) restApi.binaryMediaTypes = current;
  else delete restApi.binaryMediaTypes;
}

/** `/endpointConfiguration/types/EDGE` with value `REGIONAL` converts the API [DOC, REC error messages]. */
function patchEndpointType(restApi: RestApi, operation: PatchOperation): void {
  if (!["add", "remove", "replace"].includes(operation.op)) {
    throw new BadRequestException("Invalid patch operation specified. Must be 'add'|'remove'|'replace'");
  }
  const named = decodePatchSegment(patchPathOf(operation).slice("/endpointConfiguration/types/".length));
  const value = operation.op === "remove" ? named : (operation.value ?? "");
  if (!(ENDPOINT_TYPES as readonly string[]).includes(value)) {
    throw new BadRequestException("Invalid EndpointTypes specified. Valid options are REGIONAL,EDGE,PRIVATE");
  }
  const types = restApi.endpointConfiguration.types.filter(
    (type) => operation.op === "add" || type !== named,
  );
  if (operation.op !== "remove") types.push(value as EndpointType);
  if (types.length === 0) {
    throw new BadRequestException("REGIONAL Configuration and EDGE Configuration cannot be both DISABLED.");
  }
  if (types.length > 1) throw new BadRequestException("Cannot create an api with multiple Endpoint Types.");
  restApi.endpointConfiguration.types = types;
  // Becoming PRIVATE switches the API to dual-stack, the only type private APIs accept [REC update-rest-api-replace-type].
  if (types[0] === "PRIVATE") restApi.endpointConfiguration.ipAddressType = "dualstack";
}

function patchIpAddressType(restApi: RestApi, operation: PatchOperation): void {
  if (operation.op !== "replace") throw invalidPatchOperation(["replace"]);
  if (!(IP_ADDRESS_TYPES as readonly string[]).includes(operation.value ?? "")) {
    throw new BadRequestException("ipAddressType must be either ipv4 or dualstack.");
  }
  const ipAddressType = operation.value as IpAddressType;
  assertIpAddressTypeAllowed(restApi.endpointConfiguration.types, ipAddressType);
  restApi.endpointConfiguration.ipAddressType = ipAddressType;
}

function patchVpcEndpointIds(restApi: RestApi, operation: PatchOperation): void {
  const ids = restApi.endpointConfiguration.vpcEndpointIds ?? [];
  const value = operation.value ?? "";
  if (operation.op === "add") ids.push(value);
  else if (operation.op === "remove")
    ids.splice(0, ids.length, ...ids.filter((id) => value !== "" && id !== value));
  else if (operation.op === "replace") ids.splice(0, ids.length, ...value.split(",").filter(Boolean));
  else throw invalidPatchOperation(["add", "remove", "replace"]);
  if (ids.length > 0) restApi.endpointConfiguration.vpcEndpointIds = ids;
  else delete restApi.endpointConfiguration.vpcEndpointIds;
}
