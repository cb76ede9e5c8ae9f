import { ApiGatewayError } from "./api-gateway-error";
import type { ControlContext } from "./control-context";
import { deepFreeze } from "./deep-freeze";
import { getDeploymentOrThrow, getRestApiRecordOrThrow, getStageOrThrow } from "./lookups";
import type { ApiSnapshot, CanarySettings, Stage } from "./types";

/**
 * What the data plane serves a stage from, everything frozen. Structurally the pipeline's `DeployedStage`,
 * so a control plane can be handed to the engine as its `StageDirectory`.
 */
export interface StageDeployment {
  apiId: string;
  /** The stage's current settings (variables, method settings, cache, canary): they apply without redeploying. */
  stage: Readonly<Stage>;
  deploymentId: string;
  /** The configuration the stage's deployment froze. */
  snapshot: Readonly<ApiSnapshot>;
  /** Present when the stage has canary settings: what the canary share is served from, and the settings. */
  canary?: { deploymentId: string; snapshot: Readonly<ApiSnapshot>; settings: Readonly<CanarySettings> };
}

/** Stages are replaced, never mutated, so a stage object is a valid cache key for its frozen view. */
const frozenViews = new WeakMap<Stage, StageDeployment>();

/**
 * The lookup the data plane makes for every request: the stage and the frozen deployment(s) it serves.
 * Throws NotFoundException for an unknown API or stage.
 */
export function getStageDeploymentOrThrow(
  ctx: ControlContext,
  restApiId: string,
  stageName: string,
): StageDeployment {
  const record = getRestApiRecordOrThrow(ctx, restApiId);
  const stage = getStageOrThrow(record, stageName);
  const cached = frozenViews.get(stage);
  if (cached) return cached;
  const view: StageDeployment = {
    apiId: restApiId,
    stage: structuredClone(stage),
    deploymentId: stage.deploymentId,
    snapshot: getDeploymentOrThrow(record, stage.deploymentId).snapshot,
  };
  if (stage.canarySettings) {
    // A canary without its own deployment serves the stage's (its settings can still override variables).
    const deploymentId = stage.canarySettings.deploymentId ?? stage.deploymentId;
    const settings = { ...structuredClone(stage.canarySettings), deploymentId };
    view.canary = { deploymentId, snapshot: getDeploymentOrThrow(record, deploymentId).snapshot, settings };
  }
  deepFreeze(view);
  frozenViews.set(stage, view);
  return view;
}

/** The same lookup for callers that treat "no such stage" as a routing miss (403 Missing Authentication Token). */
export function findStageDeployment(
  ctx: ControlContext,
  restApiId: string,
  stageName: string,
): StageDeployment | undefined {
  try {
    return getStageDeploymentOrThrow(ctx, restApiId, stageName);
  } catch (error) {
    if (error instanceof ApiGatewayError && error.name === "NotFoundException") return undefined;
    throw error;
  }
}
