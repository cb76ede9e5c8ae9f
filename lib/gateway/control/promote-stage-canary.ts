import type { ControlContext } from "./control-context";
import type { StageNameInput } from "./definition-inputs";
import type { Stage } from "./types";
import { updateStage } from "./update-stage";

/**
 * Promotes a stage's canary the way the console's "Promote canary" does: the stage serves the canary's
 * deployment, the canary's variable overrides are merged into the stage variables, and the canary is
 * removed. Expressed as the documented UpdateStage patch, so it follows the same rules and messages
 * ("Promotion not available. Canary does not exist.").
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/canary-release-cli.html#canary-release-cli-promote
 */
export function promoteStageCanary(ctx: ControlContext, input: StageNameInput): Stage {
  return updateStage(ctx, {
    ...input,
    patchOperations: [
      { op: "copy", from: "/canarySettings/deploymentId", path: "/deploymentId" },
      { op: "copy", from: "/canarySettings/stageVariableOverrides", path: "/variables" },
      { op: "remove", path: "/canarySettings" },
    ],
  });
}
