import { addStage, assertNewStageValid } from "./add-stage";
import { nowInSeconds, type ControlContext } from "./control-context";
import type { RestApiRecord } from "./control-state";
import type { CreateStageInput, GetStagesInput, StageNameInput } from "./definition-inputs";
import { getDeploymentOrThrow, getRestApiRecordOrThrow, getStageOrThrow } from "./lookups";
import { cacheClusterSizeViolations } from "./stage-rules";
import type { Stage } from "./types";
import { throwIfValidationErrors } from "./validation-errors";

/**
 * CreateStage: a named stage pointing at an existing deployment.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_CreateStage.html
 */
export function createStage(ctx: ControlContext, input: CreateStageInput): Stage {
  throwIfValidationErrors(cacheClusterSizeViolations("createStageInput", input.cacheClusterSize));
  const record = getRestApiRecordOrThrow(ctx, input.restApiId);
  getDeploymentOrThrow(record, input.deploymentId);
  const { restApiId: _restApiId, ...stage } = input;
  assertNewStageValid(record, stage);
  return toStageOutput(addStage(ctx, record, stage));
}

/** GetStage. @see https://docs.aws.amazon.com/apigateway/latest/api/API_GetStage.html */
export function getStage(ctx: ControlContext, input: StageNameInput): Stage {
  return toStageOutput(getStageOrThrow(getRestApiRecordOrThrow(ctx, input.restApiId), input.stageName));
}

/**
 * GetStages, optionally only those serving one deployment. Note the list key is `item`, not `items`
 * [REC test_get_stages_filters_by_deployment_id].
 */
export function getStages(ctx: ControlContext, input: GetStagesInput): { item: Stage[] } {
  const stages = getRestApiRecordOrThrow(ctx, input.restApiId).stages;
  const matching = input.deploymentId
    ? stages.filter((stage) => stage.deploymentId === input.deploymentId)
    : stages;
  return { item: matching.map(toStageOutput) };
}

/** DeleteStage. @see https://docs.aws.amazon.com/apigateway/latest/api/API_DeleteStage.html */
export function deleteStage(ctx: ControlContext, input: StageNameInput): void {
  const record = getRestApiRecordOrThrow(ctx, input.restApiId);
  const stage = getStageOrThrow(record, input.stageName);
  record.stages = record.stages.filter((candidate) => candidate !== stage);
  ctx.emit({ type: "StageDeleted", restApiId: input.restApiId, stageName: input.stageName });
}

/**
 * FlushStageCache: the cache lives in the data plane, which drops it on the event.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_FlushStageCache.html
 */
export function flushStageCache(ctx: ControlContext, input: StageNameInput): void {
  getStageOrThrow(getRestApiRecordOrThrow(ctx, input.restApiId), input.stageName);
  ctx.emit({ type: "StageCacheFlushed", restApiId: input.restApiId, stageName: input.stageName });
}

/** FlushStageAuthorizersCache: drops the cached authorizer results of the stage. */
export function flushStageAuthorizersCache(ctx: ControlContext, input: StageNameInput): void {
  getStageOrThrow(getRestApiRecordOrThrow(ctx, input.restApiId), input.stageName);
  ctx.emit({ type: "StageAuthorizersCacheFlushed", restApiId: input.restApiId, stageName: input.stageName });
}

/**
 * Stores a changed stage as a new object (the previous one may be held, frozen, by the data plane),
 * stamps `lastUpdatedDate` and tells subscribers.
 */
export function replaceStage(
  ctx: ControlContext,
  record: RestApiRecord,
  previous: Stage,
  next: Stage,
): Stage {
  next.lastUpdatedDate = nowInSeconds(ctx);
  record.stages = record.stages.map((candidate) => (candidate === previous ? next : candidate));
  ctx.emit({ type: "StageChanged", restApiId: record.restApi.id, stageName: next.stageName });
  return next;
}

/** A stage as AWS returns it: a copy, `variables` only when there are some. */
export function toStageOutput(stage: Stage): Stage {
  const output = structuredClone(stage);
  if (output.variables && Object.keys(output.variables).length === 0) delete output.variables;
  return output;
}
