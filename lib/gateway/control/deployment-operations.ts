import { addStage, assertNewStageValid, toCanarySettings } from "./add-stage";
import { BadRequestException } from "./api-gateway-error";
import type { UpdateInput } from "./api-inputs";
import { nowInSeconds, type ControlContext } from "./control-context";
import type { RestApiRecord } from "./control-state";
import { createId } from "./create-id";
import type { CreateDeploymentInput, DeploymentIdInput, GetDeploymentsInput } from "./definition-inputs";
import { assertDeployable, freezeApiSnapshot } from "./freeze-api-snapshot";
import { getDeploymentOrThrow, getRestApiRecordOrThrow } from "./lookups";
import { paginate } from "./paginate";
import { assertPatchOperationsValid, invalidPatchOperation, invalidPatchPath } from "./patch-operations";
import { replaceStage } from "./stage-operations";
import {
  assertPercentTrafficValid,
  assertStageVariablesValid,
  cacheClusterSizeViolations,
} from "./stage-rules";
import type { ApiSnapshot, CacheClusterSize, Deployment, Stage } from "./types";
import { throwIfValidationErrors } from "./validation-errors";

/** A deployment as AWS returns it; the frozen snapshot stays inside the engine. */
export type DeploymentOutput = Omit<Deployment, "snapshot">;

/**
 * CreateDeployment: freezes the API and, with `stageName`, points that stage at it (creating the stage
 * if needed). With `canarySettings` the existing stage keeps its deployment and the new one becomes its
 * canary [REC LS:test_apigateway_canary::test_create_canary_deployment_with_stage].
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_CreateDeployment.html
 */
export function createDeployment(ctx: ControlContext, input: CreateDeploymentInput): DeploymentOutput {
  throwIfValidationErrors(cacheClusterSizeViolations("createDeploymentInput", input.cacheClusterSize));
  const record = getRestApiRecordOrThrow(ctx, input.restApiId);
  const existing = record.stages.find((stage) => input.stageName && stage.stageName === input.stageName);
  assertStageChangeValid(record, input, existing);
  assertDeployable(record);

  const deployment: Deployment = {
    id: createId(ctx.random, 6, (id) => record.deployments.some((candidate) => candidate.id === id)),
    createdDate: nowInSeconds(ctx),
    snapshot: freezeApiSnapshot(record) as ApiSnapshot,
  };
  if (input.description) deployment.description = input.description;
  record.deployments.push(deployment);
  ctx.emit({ type: "DeploymentCreated", restApiId: record.restApi.id, deploymentId: deployment.id });

  if (existing) replaceStage(ctx, record, existing, toRedeployedStage(existing, input, deployment.id));
  else if (input.stageName) addStage(ctx, record, { ...toNewStage(input), deploymentId: deployment.id });
  return toDeploymentOutput(deployment);
}

function assertStageChangeValid(
  record: RestApiRecord,
  input: CreateDeploymentInput,
  existing: Stage | undefined,
): void {
  if (input.canarySettings) {
    if (!input.stageName) {
      throw new BadRequestException(
        `Invalid deployment content specified.Non null and non empty stageName must be provided for canary deployment. Provided value is ${input.stageName ?? "null"}`,
      );
    }
    if (!existing) {
      throw new BadRequestException(
        `Invalid deployment content specified.Stage ${input.stageName} must already be created before making a canary release deployment`,
      );
    }
    if (input.canarySettings.percentTraffic !== undefined)
      assertPercentTrafficValid(input.canarySettings.percentTraffic);
    if (input.canarySettings.stageVariableOverrides)
      assertStageVariablesValid(input.canarySettings.stageVariableOverrides);
  }
  if (existing && input.variables) assertStageVariablesValid(input.variables);
  if (input.stageName && !existing) assertNewStageValid(record, { ...toNewStage(input), deploymentId: "" });
}

function toNewStage(input: CreateDeploymentInput) {
  return {
    stageName: input.stageName as string,
    description: input.stageDescription,
    cacheClusterEnabled: input.cacheClusterEnabled,
    cacheClusterSize: input.cacheClusterSize,
    variables: input.variables,
    tracingEnabled: input.tracingEnabled,
  };
}

/**
 * The stage after a deployment to it. Without canary settings it serves the new deployment and loses
 * any canary [UNVERIFIED; LocalStack's choice]; given variables replace the stage's.
 */
function toRedeployedStage(stage: Stage, input: CreateDeploymentInput, deploymentId: string): Stage {
  const next = structuredClone(stage);
  if (input.canarySettings) {
    next.canarySettings = toCanarySettings({ ...input.canarySettings, deploymentId }, deploymentId);
  } else {
    next.deploymentId = deploymentId;
    delete next.canarySettings;
  }
  if (input.stageDescription) next.description = input.stageDescription;
  if (input.variables) next.variables = { ...input.variables };
  if (input.tracingEnabled !== undefined) next.tracingEnabled = input.tracingEnabled;
  if (input.cacheClusterSize) next.cacheClusterSize = input.cacheClusterSize as CacheClusterSize;
  if (input.cacheClusterEnabled !== undefined) {
    next.cacheClusterEnabled = input.cacheClusterEnabled;
    next.cacheClusterStatus = input.cacheClusterEnabled ? "AVAILABLE" : "NOT_AVAILABLE";
    if (input.cacheClusterEnabled && !next.cacheClusterSize) next.cacheClusterSize = "0.5";
  }
  return next;
}

/** GetDeployment. */
export function getDeployment(ctx: ControlContext, input: DeploymentIdInput): DeploymentOutput {
  return toDeploymentOutput(
    getDeploymentOrThrow(getRestApiRecordOrThrow(ctx, input.restApiId), input.deploymentId),
  );
}

/** GetDeployments, in creation order. */
export function getDeployments(
  ctx: ControlContext,
  input: GetDeploymentsInput,
): { items: DeploymentOutput[]; position?: string } {
  const page = paginate(
    getRestApiRecordOrThrow(ctx, input.restApiId).deployments,
    input.position,
    input.limit,
  );
  return { ...page, items: page.items.map(toDeploymentOutput) };
}

/** UpdateDeployment: only `/description` can change; what was deployed cannot. */
export function updateDeployment(
  ctx: ControlContext,
  input: DeploymentIdInput & UpdateInput,
): DeploymentOutput {
  const deployment = getDeploymentOrThrow(getRestApiRecordOrThrow(ctx, input.restApiId), input.deploymentId);
  const operations = input.patchOperations ?? [];
  assertPatchOperationsValid("updateDeploymentInput", operations);
  for (const operation of operations) {
    if (operation.path !== "/description") throw invalidPatchPath(operation.path);
    if (operation.op !== "replace") throw invalidPatchOperation(["replace"]);
  }
  for (const operation of operations) {
    if (operation.value) deployment.description = operation.value;
    else delete deployment.description;
  }
  return toDeploymentOutput(deployment);
}

/**
 * DeleteDeployment, refused while a stage (or a stage's canary) serves it
 * [REC LS:test_apigateway_common::TestDeployments].
 */
export function deleteDeployment(ctx: ControlContext, input: DeploymentIdInput): void {
  const record = getRestApiRecordOrThrow(ctx, input.restApiId);
  const deployment = getDeploymentOrThrow(record, input.deploymentId);
  const inUse = record.stages.some(
    (stage) => stage.deploymentId === deployment.id || stage.canarySettings?.deploymentId === deployment.id,
  );
  if (inUse)
    throw new BadRequestException("Active stages pointing to this deployment must be moved or deleted");
  record.deployments = record.deployments.filter((candidate) => candidate !== deployment);
  ctx.emit({ type: "DeploymentDeleted", restApiId: record.restApi.id, deploymentId: deployment.id });
}

function toDeploymentOutput(deployment: Deployment): DeploymentOutput {
  const { snapshot: _snapshot, ...output } = deployment;
  return structuredClone(output);
}
