"use client";
/**
 * The traffic generator: fire up to 20,000 requests at a deployed stage over simulated time, with a pattern
 * and a credentials mix, and see what throttling, caching and the integration made of them.
 */
import { useMemo, useState } from "react";
import { Alert } from "@/app/_components/ui/alert";
import { Empty, ErrorNote, Loading, Panel } from "../controls";
import { useAsync } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { loadApiTargets, toResourcePaths } from "./api-targets";
import {
  buildTrafficPlan,
  initialTrafficForm,
  type TrafficFormErrors,
  type TrafficFormState,
} from "./build-traffic-plan";
import { RunProgress } from "./run-progress";
import { TrafficForm } from "./traffic-form";
import { TrafficResults } from "./traffic-results";
import { toFormErrors } from "./to-form-errors";
import { useTrafficRun } from "./use-traffic-run";
import { WorkbenchError } from "../transport";

export function TrafficSection() {
  const { restApiId } = useWorkbench();
  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <h2 className="text-lg font-semibold">Traffic</h2>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          Send many requests at once to a deployed stage and watch throttling (429), caching and latency over
          time.
        </p>
      </header>
      {restApiId ? (
        <TrafficWorkspace key={restApiId} restApiId={restApiId} />
      ) : (
        <Empty>
          No API selected. Pick one in the APIs section, deploy it to a stage, then come back to send traffic.
        </Empty>
      )}
    </div>
  );
}

/** What the polite live region says, so screen-reader users hear a run start, end or get cancelled. */
function announcement(traffic: ReturnType<typeof useTrafficRun>): string {
  if (traffic.runningSince !== undefined)
    return `Sending ${traffic.requests.toLocaleString("en-US")} requests…`;
  if (traffic.cancelled) return "Run cancelled.";
  if (traffic.error) return "";
  const totals = traffic.result?.report.totals;
  if (!totals) return "";
  return `Run finished: ${totals.requests.toLocaleString("en-US")} requests, ${totals.throttled.toLocaleString("en-US")} throttled. Results below.`;
}

function TrafficWorkspace({ restApiId }: { restApiId: string }) {
  const { transport, revision } = useWorkbench();
  const targets = useAsync(
    () => loadApiTargets(transport, restApiId, { apiKeys: true }),
    `${restApiId}:${revision}`,
  );
  const [form, setForm] = useState<TrafficFormState>(initialTrafficForm);
  const [errors, setErrors] = useState<TrafficFormErrors>({});
  const traffic = useTrafficRun();
  const stages = useMemo(() => targets.data?.stages ?? [], [targets.data]);
  const paths = useMemo(() => toResourcePaths(targets.data?.resources ?? []), [targets.data]);
  // The chosen stage, or the first one once they load (and again if the chosen one is deleted).
  const stageName = stages.some((s) => s.stageName === form.stageName)
    ? form.stageName
    : (stages[0]?.stageName ?? "");
  const effective = stageName === form.stageName ? form : { ...form, stageName };

  // A plan the server refused shows its reasons by the fields, as the form's own checks do.
  const serverErrors = useMemo(
    () =>
      traffic.error instanceof WorkbenchError ? toFormErrors(traffic.error.fields, form.credentials) : {},
    [traffic.error, form.credentials],
  );

  const update = (patch: Partial<TrafficFormState>) => setForm((f) => ({ ...f, ...patch }));
  const run = () => {
    const built = buildTrafficPlan(restApiId, effective);
    setErrors(built.errors ?? {});
    if (built.plan)
      void traffic.run(
        built.plan,
        stages.find((s) => s.stageName === stageName),
      );
  };

  if (!targets.data)
    return targets.error ? <ErrorNote error={targets.error} /> : <Loading label="Loading stages…" />;
  return (
    <div className="space-y-4">
      <Panel title="Traffic plan">
        {stages.length === 0 ? (
          <div className="mb-3">
            <Alert>
              This API has no stage yet. Deploy it in the APIs section: traffic goes to a deployed stage.
            </Alert>
          </div>
        ) : null}
        <TrafficForm
          form={effective}
          update={update}
          errors={{ ...serverErrors, ...errors }}
          stages={stages}
          apiKeys={targets.data.apiKeys}
          resourcePaths={paths}
          running={traffic.runningSince !== undefined}
          onRun={run}
        />
      </Panel>
      {traffic.runningSince !== undefined ? (
        <RunProgress since={traffic.runningSince} requests={traffic.requests} onCancel={traffic.cancel} />
      ) : null}
      <p role="status" className="sr-only">
        {announcement(traffic)}
      </p>
      {traffic.cancelled ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          Run cancelled: its results will be ignored.
        </p>
      ) : null}
      <ErrorNote error={traffic.error} />
      {traffic.result ? <TrafficResults result={traffic.result} /> : null}
    </div>
  );
}
