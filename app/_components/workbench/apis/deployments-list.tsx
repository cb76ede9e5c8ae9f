"use client";
/** Every deployment of the API, newest first, with the stages serving it; unused ones can be deleted. */
import type { DeploymentOutput } from "@/lib/gateway/control/deployment-operations";
import type { Stage } from "@/lib/gateway/control/types";
import { Empty, ErrorNote, Panel, SmallButton } from "../controls";
import { useAction } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { formatEpoch } from "./format-epoch";

/** Which stages (or stage canaries) serve a deployment. */
export function servingStages(deploymentId: string, stages: readonly Stage[]): string[] {
  return stages.flatMap((stage) => [
    ...(stage.deploymentId === deploymentId ? [stage.stageName] : []),
    ...(stage.canarySettings?.deploymentId === deploymentId ? [`${stage.stageName} (canary)`] : []),
  ]);
}

export function DeploymentsList({
  restApiId,
  deployments,
  stages,
}: {
  restApiId: string;
  deployments: readonly DeploymentOutput[];
  stages: readonly Stage[];
}) {
  const { transport, changed } = useWorkbench();
  const action = useAction();
  const remove = async (deploymentId: string) => {
    if (!window.confirm(`Delete deployment ${deploymentId}? It cannot be restored.`)) return;
    const done = await action.run(() =>
      transport.call("apigateway", "deleteDeployment", { restApiId, deploymentId }),
    );
    if (done !== undefined) changed();
  };
  const newestFirst = [...deployments].sort((a, b) => b.createdDate - a.createdDate);
  return (
    <Panel title="Deployments">
      <p className="mb-2 text-xs text-slate-500 dark:text-slate-400">
        A deployment can be deleted only when no stage (and no canary) serves it.
      </p>
      <ErrorNote error={action.error} />
      {newestFirst.length === 0 ? (
        <Empty>No deployments yet.</Empty>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="text-xs uppercase text-slate-500 dark:text-slate-400">
              <tr>
                <th className="py-1 pr-3 font-medium">Deployment</th>
                <th className="py-1 pr-3 font-medium">Description</th>
                <th className="py-1 pr-3 font-medium">Created</th>
                <th className="py-1 pr-3 font-medium">Serving</th>
                <th className="py-1 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {newestFirst.map((deployment) => {
                const serving = servingStages(deployment.id, stages);
                return (
                  <tr key={deployment.id}>
                    <td className="py-1.5 pr-3 font-mono">{deployment.id}</td>
                    <td className="py-1.5 pr-3">{deployment.description ?? "—"}</td>
                    <td className="whitespace-nowrap py-1.5 pr-3">{formatEpoch(deployment.createdDate)}</td>
                    <td className="py-1.5 pr-3 font-mono text-xs">{serving.join(", ") || "—"}</td>
                    <td className="py-1.5 text-right">
                      <SmallButton
                        variant="danger"
                        aria-label={`Delete deployment ${deployment.id}`}
                        disabled={action.pending || serving.length > 0}
                        onClick={() => remove(deployment.id)}
                      >
                        Delete
                      </SmallButton>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
