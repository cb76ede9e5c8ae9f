"use client";
/**
 * CloudWatch for the selected API: the AWS/ApiGateway metrics by API, stage or method, and the access,
 * execution and Lambda logs, refreshed on demand or every 10 seconds.
 */
import { useCallback, useMemo, useState } from "react";
import { Empty, ErrorNote, Loading, Panel } from "../controls";
import { loadApiTargets, toMethodTargets } from "../traffic/api-targets";
import { useAsync } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { LogViewer } from "./log-viewer";
import { MetricsFilters, type MonitorFilterState } from "./metrics-filters";
import { MetricsPanel } from "./metrics-panel";
import { useInterval } from "./use-interval";

const AUTO_REFRESH_MS = 10_000;

export function MonitorSection() {
  const { restApiId } = useWorkbench();
  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <h2 className="text-lg font-semibold">Metrics &amp; logs</h2>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          What CloudWatch would show for this API: request counts, errors, latency and cache use per minute,
          and its logs.
        </p>
      </header>
      {restApiId ? (
        <MonitorWorkspace key={restApiId} restApiId={restApiId} />
      ) : (
        <Empty>No API selected. Pick one in the APIs section to see its metrics and logs.</Empty>
      )}
    </div>
  );
}

function MonitorWorkspace({ restApiId }: { restApiId: string }) {
  const { transport, revision } = useWorkbench();
  const targets = useAsync(() => loadApiTargets(transport, restApiId), `${restApiId}:${revision}`);
  const [filters, setFilters] = useState<MonitorFilterState>({
    stage: "",
    methodKey: "",
    minutes: 60,
    autoRefresh: false,
  });
  const [stageChosen, setStageChosen] = useState(false);
  const [tick, setTick] = useState(0);
  const refresh = useCallback(() => setTick((t) => t + 1), []);
  useInterval(
    () => {
      if (!document.hidden) refresh();
    },
    AUTO_REFRESH_MS,
    filters.autoRefresh,
  );

  const stages = useMemo(() => targets.data?.stages ?? [], [targets.data]);
  const methods = useMemo(() => toMethodTargets(targets.data?.resources ?? []), [targets.data]);
  // Until the learner picks, show the first stage (its logs need one); a deleted stage falls back the same way.
  const known = stages.some((s) => s.stageName === filters.stage);
  const stageName =
    known || (stageChosen && filters.stage === "") ? filters.stage : (stages[0]?.stageName ?? "");
  const effective = {
    ...filters,
    stage: stageName,
    methodKey: stageName === filters.stage ? filters.methodKey : "",
  };
  const stage = stages.find((s) => s.stageName === stageName);
  const refreshKey = `${revision}:${tick}`;

  const update = (patch: Partial<MonitorFilterState>) => {
    if (patch.stage !== undefined) setStageChosen(true);
    setFilters((f) => ({ ...f, ...effective, ...patch }));
  };

  if (!targets.data)
    return targets.error ? <ErrorNote error={targets.error} /> : <Loading label="Loading stages…" />;
  return (
    <div className="space-y-4">
      <Panel title="Metrics">
        <div className="space-y-4">
          <MetricsFilters
            filters={effective}
            update={update}
            stages={stages}
            methods={methods}
            onRefresh={refresh}
          />
          <MetricsPanel
            query={{
              restApiId,
              stage: effective.stage,
              methodKey: effective.methodKey,
              minutes: effective.minutes,
            }}
            refreshKey={refreshKey}
          />
        </div>
      </Panel>
      <Panel title="Logs">
        <LogViewer restApiId={restApiId} stage={stage} refreshKey={refreshKey} />
      </Panel>
    </div>
  );
}
