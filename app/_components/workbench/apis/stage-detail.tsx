"use client";
/** One stage: what it serves and where, its flush and delete actions, and its settings as tabs. */
import { useState } from "react";
import type { DeploymentOutput } from "@/lib/gateway/control/deployment-operations";
import type { Stage } from "@/lib/gateway/control/types";
import { Badge } from "../../ui/card";
import { ErrorNote, Panel, SmallButton } from "../controls";
import { TabPanel, Tabs } from "../tabs";
import { useAction } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { formatEpoch } from "./format-epoch";
import { StageSettingsTab, STAGE_TABS, type StageTab } from "./stage-settings-tab";

export function StageDetail({
  restApiId,
  stage,
  deployments,
  onDeleted,
}: {
  restApiId: string;
  stage: Stage;
  deployments: readonly DeploymentOutput[];
  onDeleted: () => void;
}) {
  const { transport, changed } = useWorkbench();
  const [tab, setTab] = useState<StageTab>("overview");
  const [notice, setNotice] = useState<string>();
  const action = useAction();
  const { stageName } = stage;
  const run = async (operation: string, message: string) => {
    setNotice(undefined);
    const done = await action.run(() => transport.call("apigateway", operation, { restApiId, stageName }));
    if (done === undefined) return false;
    setNotice(message);
    return true;
  };
  const remove = async () => {
    if (!window.confirm(`Delete stage ${stageName}? Its invoke URL stops working at once.`)) return;
    if (!(await run("deleteStage", `Stage ${stageName} deleted.`))) return;
    changed();
    onDeleted();
  };
  return (
    <Panel
      title={`Stage ${stageName}`}
      actions={
        <div className="flex flex-wrap gap-1">
          <SmallButton
            onClick={() => run("flushStageCache", "The stage cache was flushed.")}
            disabled={action.pending || !stage.cacheClusterEnabled}
            title={stage.cacheClusterEnabled ? undefined : "Enable the API cache first"}
          >
            Flush cache
          </SmallButton>
          <SmallButton
            onClick={() => run("flushStageAuthorizersCache", "Cached authorizer results were flushed.")}
            disabled={action.pending}
          >
            Flush authorizer cache
          </SmallButton>
          <SmallButton variant="danger" onClick={remove} disabled={action.pending}>
            Delete stage
          </SmallButton>
        </div>
      }
    >
      <p className="mb-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-500 dark:text-slate-400">
        <span>
          Deployment <code className="font-mono">{stage.deploymentId}</code>
        </span>
        {stage.canarySettings ? <Badge>Canary {stage.canarySettings.percentTraffic}%</Badge> : null}
        {stage.cacheClusterEnabled ? <Badge>Cache {stage.cacheClusterSize} GB</Badge> : null}
        {stage.tracingEnabled ? <Badge>X-Ray</Badge> : null}
        <span>Updated {formatEpoch(stage.lastUpdatedDate)}</span>
        {stage.description ? <span>{stage.description}</span> : null}
      </p>
      <ErrorNote error={action.error} />
      {notice ? (
        <p role="status" className="mb-2 text-sm text-emerald-700 dark:text-emerald-300">
          {notice}
        </p>
      ) : null}
      <div className="space-y-3">
        <Tabs
          id="stage"
          label={`Stage ${stageName} settings`}
          items={STAGE_TABS}
          selected={tab}
          onSelect={setTab}
        />
        <TabPanel id="stage" selected={tab}>
          <StageSettingsTab tab={tab} restApiId={restApiId} stage={stage} deployments={deployments} />
        </TabPanel>
      </div>
    </Panel>
  );
}
