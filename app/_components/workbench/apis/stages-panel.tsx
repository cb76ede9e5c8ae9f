"use client";
/** Stages & deploy: deploy the API, pick a stage and manage it, and review every deployment. */
import { useState } from "react";
import type { DeploymentOutput } from "@/lib/gateway/control/deployment-operations";
import type { Stage } from "@/lib/gateway/control/types";
import { Empty, ErrorNote, Loading, Panel } from "../controls";
import { useAsync } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { DeployApiForm } from "./deploy-api-form";
import { DeploymentsList } from "./deployments-list";
import { StageDetail } from "./stage-detail";

export interface StagesData {
  stages: Stage[];
  deployments: DeploymentOutput[];
}

/** Keyed on the API, so switching APIs starts from a clean state instead of the previous API's data. */
export function StagesPanel({ restApiId }: { restApiId: string }) {
  return <StagesPanelBody key={restApiId} restApiId={restApiId} />;
}

function StagesPanelBody({ restApiId }: { restApiId: string }) {
  const { transport, revision } = useWorkbench();
  const [selected, setSelected] = useState<string>();
  const data = useAsync<StagesData>(async () => {
    const [stages, deployments] = await Promise.all([
      // GetStages lists under `item`, not `items`.
      transport.call<{ item?: Stage[] }>("apigateway", "getStages", { restApiId }),
      transport.call<{ items: DeploymentOutput[] }>("apigateway", "getDeployments", {
        restApiId,
        limit: 500,
      }),
    ]);
    return { stages: stages.item ?? [], deployments: deployments.items };
  }, `stages:${restApiId}:${revision}`);

  if (!data.data) {
    return data.error ? <ErrorNote error={data.error} /> : <Loading label="Loading stages…" />;
  }
  const { stages, deployments } = data.data;
  const current = stages.find((stage) => stage.stageName === selected) ?? stages[0];
  return (
    <div className="space-y-4">
      <ErrorNote error={data.error} />
      <DeployApiForm restApiId={restApiId} stages={stages} onDeployed={setSelected} />
      <div className="grid gap-4 lg:grid-cols-[12rem_minmax(0,1fr)]">
        <Panel title="Stages">
          {stages.length === 0 ? (
            <Empty>No stages yet. Deploy the API to a new stage to get an invoke URL.</Empty>
          ) : (
            <ul className="flex flex-wrap gap-1 lg:flex-col" aria-label="Stages">
              {stages.map((stage) => {
                const active = stage.stageName === current?.stageName;
                return (
                  <li key={stage.stageName}>
                    <button
                      type="button"
                      aria-pressed={active}
                      onClick={() => setSelected(stage.stageName)}
                      className={`w-full rounded-md px-3 py-1.5 text-left font-mono text-sm ${active ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"}`}
                    >
                      {stage.stageName}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </Panel>
        <div className="min-w-0">
          {current ? (
            <StageDetail
              key={current.stageName}
              restApiId={restApiId}
              stage={current}
              deployments={deployments}
              onDeleted={() => setSelected(undefined)}
            />
          ) : null}
        </div>
      </div>
      <DeploymentsList restApiId={restApiId} deployments={deployments} stages={stages} />
    </div>
  );
}
