import { BadRequestException } from "./api-gateway-error";
import type { RestApiRecord } from "./control-state";
import { decodePatchSegment, toBooleanValue } from "./patch-operations";
import { assertPercentTrafficValid, assertStageVariableValid } from "./stage-rules";
import type { CanarySettings, PatchOperation, Stage } from "./types";

const CANARY_PATHS = [
  /^\/canarySettings\/percentTraffic$/,
  /^\/canarySettings\/deploymentId$/,
  /^\/canarySettings\/stageVariableOverrides\/.+$/,
  /^\/canarySettings\/useStageCache$/,
];

/**
 * `/canarySettings/...` operations, as AWS applies them [REC LS:test_apigateway_canary]: only `replace`
 * (and `remove` of the whole `/canarySettings`); a replace on a stage without canary creates one on the
 * stage's own deployment at 0 %. Returns false for a path AWS does not know, so that the caller answers
 * the "Invalid method setting path" error.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/canary-release.html
 */
export function patchCanarySettings(record: RestApiRecord, stage: Stage, operation: PatchOperation): boolean {
  const { op, path } = operation;
  if (path === "/canarySettings" && op === "remove") {
    delete stage.canarySettings;
    return true;
  }
  const known = CANARY_PATHS.some((pattern) => pattern.test(path));
  if (op !== "replace") {
    if (known) throw new BadRequestException(`Invalid ${op} operation with path: ${path}`);
    throw new BadRequestException(
      `Cannot ${op} method setting ${path.slice(1)} because there is no method setting for this method `,
    );
  }
  if (!known) return false;
  const canary: CanarySettings = structuredClone(
    stage.canarySettings ?? { deploymentId: stage.deploymentId, percentTraffic: 0, useStageCache: false },
  );
  applyCanaryReplace(record, canary, path, operation.value);
  stage.canarySettings = canary;
  return true;
}

function applyCanaryReplace(
  record: RestApiRecord,
  canary: CanarySettings,
  path: string,
  value?: string,
): void {
  if (path === "/canarySettings/percentTraffic") {
    canary.percentTraffic = Number(value);
    assertPercentTrafficValid(canary.percentTraffic);
  } else if (path === "/canarySettings/deploymentId") {
    assertDeploymentExists(record, value);
    canary.deploymentId = value;
  } else if (path === "/canarySettings/useStageCache") {
    canary.useStageCache = toBooleanValue(value);
  } else {
    const name = decodePatchSegment(path.slice("/canarySettings/stageVariableOverrides/".length));
    assertStageVariableValid(name, value);
    canary.stageVariableOverrides = { ...canary.stageVariableOverrides, [name]: value ?? "" };
  }
}

/** [LS, from its AWS-validated tests] "Deployment id does not exist". */
export function assertDeploymentExists(record: RestApiRecord, deploymentId: string | undefined): void {
  if (!record.deployments.some((deployment) => deployment.id === deploymentId)) {
    throw new BadRequestException("Deployment id does not exist");
  }
}

/**
 * The documented promotion ops: `copy` from `/canarySettings/deploymentId` to `/deploymentId`, and from
 * `/canarySettings/stageVariableOverrides` to `/variables` (merged over the stage's own variables).
 * Any other copy is refused with AWS's message [LS test_update_stage_with_copy_ops].
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/canary-release-cli.html#canary-release-cli-promote
 */
export function copyFromCanary(stage: Stage, operation: PatchOperation): void {
  const { path, from } = operation;
  const promotion =
    (path === "/deploymentId" && from === "/canarySettings/deploymentId") ||
    (path === "/variables" && from === "/canarySettings/stageVariableOverrides");
  if (!promotion) {
    throw new BadRequestException(
      `Invalid copy operation with path: ${path} and from ${from ?? "null"}. Valid copy:path are [/deploymentId, /variables] ` +
        "and valid copy:from are [/canarySettings/deploymentId, /canarySettings/stageVariableOverrides]",
    );
  }
  const canary = stage.canarySettings;
  if (!canary) throw new BadRequestException("Promotion not available. Canary does not exist.");
  if (path === "/deploymentId") stage.deploymentId = canary.deploymentId ?? stage.deploymentId;
  else stage.variables = { ...stage.variables, ...canary.stageVariableOverrides };
}
