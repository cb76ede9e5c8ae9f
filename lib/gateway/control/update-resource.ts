import { BadRequestException, NotFoundException } from "./api-gateway-error";
import type { ResourceIdInput, UpdateInput } from "./api-inputs";
import { assertPathPartAllowed, toChildPath } from "./assert-path-part-allowed";
import type { ControlContext } from "./control-context";
import type { RestApiRecord } from "./control-state";
import { getResourceOrThrow, getRestApiRecordOrThrow } from "./lookups";
import {
  assertPatchOperationsValid,
  patchPathOf,
  unsupportedOperationForPath,
  unsupportedPathForOperation,
} from "./patch-operations";
import { childrenOf, descendantIdsOf, toResourceOutput } from "./resource-operations";
import type { PatchOperation, Resource } from "./types";

const RESOURCE_PATHS = ["/parentId", "/pathPart"];

/**
 * UpdateResource: `replace` on `/pathPart` renames, on `/parentId` moves; the paths of the whole
 * subtree follow. Messages as recorded [REC LS:test_apigateway_api::test_update_resource_behaviour,
 * test_update_resource_on_root].
 * @see https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateResource-Patch
 */
export function updateResource(ctx: ControlContext, input: ResourceIdInput & UpdateInput): Resource {
  const resource = getResourceOrThrow(ctx, input.restApiId, input.resourceId);
  const record = getRestApiRecordOrThrow(ctx, input.restApiId);
  const operations = input.patchOperations ?? [];
  assertPatchOperationsValid("updateResourceInput", operations);
  const next = { parentId: resource.parentId, pathPart: resource.pathPart };
  for (const operation of operations) applyResourcePatch(record, resource, next, operation);
  resource.parentId = next.parentId;
  resource.pathPart = next.pathPart;
  refreshPaths(record, resource);
  return toResourceOutput(resource);
}

function applyResourcePatch(
  record: RestApiRecord,
  resource: Resource,
  next: { parentId?: string; pathPart?: string },
  operation: PatchOperation,
): void {
  const path = patchPathOf(operation);
  if (!RESOURCE_PATHS.includes(path)) throw unsupportedPathForOperation(path, operation.op, RESOURCE_PATHS);
  if (operation.op !== "replace") throw unsupportedOperationForPath(path, operation.op);
  const isRoot = resource.id === record.restApi.rootResourceId;
  if (isRoot) throw new BadRequestException(`Root resource cannot update its ${path.slice(1)}.`);
  if (path === "/parentId") {
    const parent = record.resources.find((candidate) => candidate.id === operation.value);
    if (!parent) throw new NotFoundException("Invalid Resource identifier specified");
    if (parent.id === resource.id || descendantIdsOf(record, resource.id).includes(parent.id)) {
      throw new BadRequestException("Resources cannot be cyclical.");
    }
    next.parentId = parent.id;
  } else {
    next.pathPart = operation.value ?? "";
  }
  const parent = record.resources.find((candidate) => candidate.id === next.parentId) as Resource;
  const siblings = childrenOf(record, parent.id).filter((sibling) => sibling.id !== resource.id);
  assertPathPartAllowed(parent, siblings, next.pathPart ?? "");
}

function refreshPaths(record: RestApiRecord, resource: Resource): void {
  const parent = record.resources.find((candidate) => candidate.id === resource.parentId) as Resource;
  resource.path = toChildPath(parent, resource.pathPart ?? "");
  for (const child of childrenOf(record, resource.id)) refreshPaths(record, child);
}
