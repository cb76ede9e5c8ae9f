"use client";
/** Roll a stage forward or back: point it at another deployment (UpdateStage `/deploymentId`). */
import type { DeploymentOutput } from "@/lib/gateway/control/deployment-operations";
import type { Stage } from "@/lib/gateway/control/types";
import { Badge } from "../../ui/card";
import { Empty, ErrorNote, SmallButton } from "../controls";
import { formatEpoch } from "./format-epoch";
import { replaceOp } from "./patch-path";
import { useStageUpdate } from "./use-stage-update";

export function StageDeploymentHistory({
  restApiId,
  stage,
  deployments,
}: {
  restApiId: string;
  stage: Stage;
  deployments: readonly DeploymentOutput[];
}) {
  const { update, pending, error } = useStageUpdate(restApiId, stage.stageName);
  const newestFirst = [...deployments].sort((a, b) => b.createdDate - a.createdDate);
  return (
    <section aria-labelledby={`history-${stage.stageName}`} className="space-y-2">
      <h4 id={`history-${stage.stageName}`} className="text-sm font-semibold">
        Deployment history
      </h4>
      <p className="text-xs text-slate-500 dark:text-slate-400">
        Switching deployments is an instant rollback (or roll-forward): the stage keeps its settings and
        serves the other snapshot.
      </p>
      <ErrorNote error={error} />
      {newestFirst.length === 0 ? <Empty>No deployments yet.</Empty> : null}
      <ul className="divide-y divide-slate-100 text-sm dark:divide-slate-800">
        {newestFirst.map((deployment) => {
          const active = deployment.id === stage.deploymentId;
          return (
            <li key={deployment.id} className="flex flex-wrap items-center justify-between gap-2 py-1.5">
              <span className="flex flex-wrap items-center gap-2">
                <code className="font-mono">{deployment.id}</code>
                {active ? <Badge>Active</Badge> : null}
                {stage.canarySettings?.deploymentId === deployment.id ? <Badge>Canary</Badge> : null}
                <span className="text-xs text-slate-500 dark:text-slate-400">
                  {formatEpoch(deployment.createdDate)}
                  {deployment.description ? ` · ${deployment.description}` : ""}
                </span>
              </span>
              {active ? null : (
                <SmallButton
                  disabled={pending}
                  onClick={() => update([replaceOp("/deploymentId", deployment.id)])}
                  aria-label={`Switch ${stage.stageName} to deployment ${deployment.id}`}
                >
                  Switch to this deployment
                </SmallButton>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
