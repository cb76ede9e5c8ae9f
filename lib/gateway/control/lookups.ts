import { NotFoundException } from "./api-gateway-error";
import type { ControlContext } from "./control-context";
import type { RestApiRecord } from "./control-state";
import type {
  Authorizer,
  Deployment,
  Integration,
  Method,
  Model,
  RequestValidator,
  Resource,
  Stage,
} from "./types";

/**
 * The lookups every operation starts with, each throwing the NotFoundException AWS answers when the
 * entity is missing. Note the recorded quirk that resource-scoped operations on an unknown API report
 * the resource, not the API [REC LS:test_apigateway_api::test_put_method_validation "wrong-api"].
 */

export function getRestApiRecordOrThrow(ctx: ControlContext, restApiId: string): RestApiRecord {
  const record = findRestApiRecord(ctx, restApiId);
  if (!record) throw new NotFoundException(`Invalid API identifier specified ${ctx.accountId}:${restApiId}`);
  return record;
}

/** API ids are case-sensitive: an upper-cased id is unknown [REC test_get_api_case_insensitive]. */
export function findRestApiRecord(ctx: ControlContext, restApiId: string): RestApiRecord | undefined {
  return ctx.state.restApis.find((record) => record.restApi.id === restApiId);
}

export function getResourceOrThrow(ctx: ControlContext, restApiId: string, resourceId: string): Resource {
  const resource = findRestApiRecord(ctx, restApiId)?.resources.find(
    (candidate) => candidate.id === resourceId,
  );
  if (!resource) throw new NotFoundException("Invalid Resource identifier specified");
  return resource;
}

export function getMethodOrThrow(resource: Resource, httpMethod: string): Method {
  const method = resource.resourceMethods?.[httpMethod as keyof Resource["resourceMethods"]];
  if (!method) throw new NotFoundException("Invalid Method identifier specified");
  return method;
}

export function getIntegrationOrThrow(method: Method): Integration {
  if (!method.methodIntegration) throw new NotFoundException("Invalid Integration identifier specified");
  return method.methodIntegration;
}

export function getModelOrThrow(ctx: ControlContext, restApiId: string, modelName: string): Model {
  const model = findRestApiRecord(ctx, restApiId)?.models.find((candidate) => candidate.name === modelName);
  if (!model) throw new NotFoundException(`Invalid model name specified: ${modelName}`);
  return model;
}

export function getRequestValidatorOrThrow(
  ctx: ControlContext,
  restApiId: string,
  id: string,
): RequestValidator {
  const validator = findRestApiRecord(ctx, restApiId)?.requestValidators.find(
    (candidate) => candidate.id === id,
  );
  if (!validator) throw new NotFoundException("Invalid Request Validator identifier specified");
  return validator;
}

export function getAuthorizerOrThrow(
  ctx: ControlContext,
  restApiId: string,
  authorizerId: string,
): Authorizer {
  const authorizer = getRestApiRecordOrThrow(ctx, restApiId).authorizers.find((a) => a.id === authorizerId);
  if (!authorizer) throw new NotFoundException("Invalid Authorizer identifier specified");
  return authorizer;
}

export function getDeploymentOrThrow(record: RestApiRecord, deploymentId: string): Deployment {
  const deployment = record.deployments.find((candidate) => candidate.id === deploymentId);
  if (!deployment) throw new NotFoundException("Invalid Deployment identifier specified");
  return deployment;
}

export function getStageOrThrow(record: RestApiRecord, stageName: string): Stage {
  const stage = record.stages.find((candidate) => candidate.stageName === stageName);
  if (!stage) throw new NotFoundException("Invalid Stage identifier specified");
  return stage;
}

/** Every method of the API with the path AWS prints for it in messages: `//GET` for the root, `/pets/GET` otherwise. */
export function listMethods(record: RestApiRecord): { resource: Resource; method: Method; label: string }[] {
  return record.resources.flatMap((resource) =>
    Object.values(resource.resourceMethods ?? {}).map((method) => ({
      resource,
      method,
      label: `${resource.path}/${method.httpMethod}`,
    })),
  );
}
