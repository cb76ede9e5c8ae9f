"use client";
import type { PatchOperation, Stage } from "@/lib/gateway/control/types";
import { useAction } from "../use-async";
import { useWorkbench } from "../workbench-context";

/**
 * UpdateStage for one stage, with its own pending/error state so each stage panel shows its own failure.
 * A success bumps the workbench revision, which reloads the stage list.
 */
export function useStageUpdate(restApiId: string, stageName: string) {
  const { transport, changed } = useWorkbench();
  const action = useAction();
  const update = async (patchOperations: readonly PatchOperation[]): Promise<boolean> => {
    if (patchOperations.length === 0) return true;
    const stage = await action.run(() =>
      transport.call<Stage>("apigateway", "updateStage", { restApiId, stageName, patchOperations }),
    );
    if (!stage) return false;
    changed();
    return true;
  };
  return { update, pending: action.pending, error: action.error };
}
