import { BadRequestException, LimitExceededException } from "./api-gateway-error";
import type { CreateResourceInput, GetResourceInput, GetResourcesInput, ResourceIdInput } from "./api-inputs";
import { assertPathPartAllowed, toChildPath } from "./assert-path-part-allowed";
import type { ControlContext } from "./control-context";
import type { RestApiRecord } from "./control-state";
import { createId } from "./create-id";
import { findRestApiRecord, getResourceOrThrow, getRestApiRecordOrThrow } from "./lookups";
import { paginate } from "./paginate";
import type { Resource } from "./types";

/**
 * CreateResource.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_CreateResource.html
 */
export function createResource(ctx: ControlContext, input: CreateResourceInput): Resource {
  const parent = getResourceOrThrow(ctx, input.restApiId, input.parentId);
  const record = getRestApiRecordOrThrow(ctx, input.restApiId);
  assertPathPartAllowed(parent, childrenOf(record, parent.id), input.pathPart);
  if (record.resources.length >= ctx.quotas.resourcesPerApi) {
    // [REC terraform-provider-aws#37605, a real 429 body].
    throw new LimitExceededException(
      "Maximum number of Resources for this API has been reached.  Please contact AWS if you need additional Resources.",
    );
  }
  const taken = (id: string) => record.resources.some((resource) => resource.id === id);
  const resource: Resource = {
    id: createId(ctx.random, 6, taken),
    parentId: parent.id,
    pathPart: input.pathPart,
    path: toChildPath(parent, input.pathPart),
  };
  record.resources.push(resource);
  return structuredClone(resource);
}

/**
 * GetResource. Methods appear as `{}` placeholders unless `embed` includes `methods`.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_GetResource.html
 */
export function getResource(ctx: ControlContext, input: GetResourceInput): Resource {
  return toResourceOutput(getResourceOrThrow(ctx, input.restApiId, input.resourceId), input.embed);
}

/**
 * GetResources, sorted by resource id: AWS Support describes the listing as alphabetical by id (a root id
 * starting with "u" was 317th of 372) [3P aws-cloudformation/cloudformation-coverage-roadmap#1364].
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_GetResources.html
 */
export function getResources(
  ctx: ControlContext,
  input: GetResourcesInput,
): { items: Resource[]; position?: string } {
  const record = getRestApiRecordOrThrow(ctx, input.restApiId);
  const sorted = [...record.resources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const page = paginate(sorted, input.position, input.limit);
  return { ...page, items: page.items.map((resource) => toResourceOutput(resource, input.embed)) };
}

/**
 * DeleteResource: the resource and every descendant, with their methods.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_DeleteResource.html
 */
export function deleteResource(ctx: ControlContext, input: ResourceIdInput): void {
  const resource = getResourceOrThrow(ctx, input.restApiId, input.resourceId);
  const record = findRestApiRecord(ctx, input.restApiId) as RestApiRecord;
  // [UNVERIFIED] wording: the root resource belongs to the API and goes only with it.
  if (resource.id === record.restApi.rootResourceId)
    throw new BadRequestException("Cannot delete root resource");
  const doomed = new Set([resource.id, ...descendantIdsOf(record, resource.id)]);
  record.resources = record.resources.filter((candidate) => !doomed.has(candidate.id));
}

/** The direct children of a resource. */
export function childrenOf(record: RestApiRecord, resourceId: string): Resource[] {
  return record.resources.filter((resource) => resource.parentId === resourceId);
}

/** Every resource below `resourceId`, depth first. */
export function descendantIdsOf(record: RestApiRecord, resourceId: string): string[] {
  return childrenOf(record, resourceId).flatMap((child) => [child.id, ...descendantIdsOf(record, child.id)]);
}

/** A resource as AWS returns it: no `resourceMethods` key when it has no method. */
export function toResourceOutput(resource: Resource, embed: readonly string[] = []): Resource {
  const { resourceMethods, ...rest } = structuredClone(resource);
  const verbs = Object.keys(resourceMethods ?? {});
  if (verbs.length === 0 || !resourceMethods) return rest;
  // Without embed=methods AWS lists each verb with an empty object.
  const embedded = embed.some((part) => part.split(",").includes("methods"));
  return {
    ...rest,
    resourceMethods: embedded ? resourceMethods : Object.fromEntries(verbs.map((verb) => [verb, {}])),
  };
}
