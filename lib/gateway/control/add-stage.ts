import { BadRequestException, ConflictException, LimitExceededException } from "./api-gateway-error";
import { nowInSeconds, type ControlContext } from "./control-context";
import type { RestApiRecord } from "./control-state";
import type { CreateStageInput } from "./definition-inputs";
import { assertPercentTrafficValid, assertStageNameValid, assertStageVariablesValid } from "./stage-rules";
import type { CacheClusterSize, CanarySettings, Stage } from "./types";

/** Stages per API [DOC spec 7.3]. */
const MAX_STAGES = 10;

export type NewStage = Omit<CreateStageInput, "restApiId">;

/**
 * Everything that must hold before a stage is created, checked before anything changes so that
 * CreateDeployment with a bad stage leaves no deployment behind. The deployment itself is checked by
 * the caller (CreateDeployment is creating it).
 */
export function assertNewStageValid(record: RestApiRecord, stage: NewStage): void {
  assertStageNameValid(stage.stageName);
  if (record.stages.some((candidate) => candidate.stageName === stage.stageName)) {
    throw new ConflictException("Stage already exists");
  }
  if (record.stages.length >= MAX_STAGES) {
    // [UNVERIFIED] wording, modelled on the recorded resource quota message.
    throw new LimitExceededException(
      "Maximum number of Stages for this API has been reached.  Please contact AWS if you need additional Stages.",
    );
  }
  if (stage.variables) assertStageVariablesValid(stage.variables);
  const canary = stage.canarySettings;
  if (canary?.deploymentId !== undefined && !record.deployments.some((d) => d.id === canary.deploymentId)) {
    throw new BadRequestException("Deployment id does not exist"); // [LS, from its AWS-validated canary tests]
  }
  if (canary?.stageVariableOverrides) assertStageVariablesValid(canary.stageVariableOverrides);
  if (canary?.percentTraffic !== undefined) assertPercentTrafficValid(canary.percentTraffic);
}

/**
 * Adds a stage in AWS's shape: no cache cluster unless asked (`NOT_AVAILABLE`), empty method settings,
 * tracing off, and a canary defaulting to the stage's own deployment at 0 % [REC LS:test_apigateway_canary].
 * The cache is reported `AVAILABLE` at once, where AWS takes minutes to create it.
 */
export function addStage(ctx: ControlContext, record: RestApiRecord, input: NewStage): Stage {
  const now = nowInSeconds(ctx);
  const stage: Stage = {
    stageName: input.stageName,
    deploymentId: input.deploymentId,
    cacheClusterEnabled: input.cacheClusterEnabled ?? false,
    cacheClusterStatus: input.cacheClusterEnabled ? "AVAILABLE" : "NOT_AVAILABLE",
    methodSettings: {},
    tracingEnabled: input.tracingEnabled ?? false,
    createdDate: now,
    lastUpdatedDate: now,
  };
  if (input.description) stage.description = input.description;
  const size = input.cacheClusterSize ?? (input.cacheClusterEnabled ? "0.5" : undefined);
  if (size) stage.cacheClusterSize = size as CacheClusterSize;
  if (input.variables && Object.keys(input.variables).length > 0) stage.variables = { ...input.variables };
  if (input.documentationVersion) stage.documentationVersion = input.documentationVersion;
  if (input.tags && Object.keys(input.tags).length > 0) stage.tags = { ...input.tags };
  if (input.canarySettings) stage.canarySettings = toCanarySettings(input.canarySettings, input.deploymentId);
  record.stages = [...record.stages, stage];
  ctx.emit({ type: "StageChanged", restApiId: record.restApi.id, stageName: stage.stageName });
  return stage;
}

/** Canary settings with AWS's defaults filled in. */
export function toCanarySettings(
  input: NonNullable<NewStage["canarySettings"]>,
  deploymentId: string,
): CanarySettings {
  const canary: CanarySettings = {
    deploymentId: input.deploymentId ?? deploymentId,
    percentTraffic: input.percentTraffic ?? 0,
    useStageCache: input.useStageCache ?? false,
  };
  if (input.stageVariableOverrides && Object.keys(input.stageVariableOverrides).length > 0) {
    canary.stageVariableOverrides = { ...input.stageVariableOverrides };
  }
  return canary;
}
