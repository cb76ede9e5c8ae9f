"use client";
/** Execution logs and detailed metrics: the stage-wide `*\/*` logging and metrics method settings. */
import { useState, type FormEvent } from "react";
import type { Stage } from "@/lib/gateway/control/types";
import { Checkbox, ErrorNote, SelectInput, SmallButton } from "../controls";
import { replaceOp } from "./patch-path";
import { STAGE_DEFAULT_KEY } from "./stage-patch";
import { useStageUpdate } from "./use-stage-update";

export function ExecutionLogging({ restApiId, stage }: { restApiId: string; stage: Stage }) {
  const { update, pending, error } = useStageUpdate(restApiId, stage.stageName);
  const current = stage.methodSettings[STAGE_DEFAULT_KEY];
  const [level, setLevel] = useState<string>(current?.loggingLevel ?? "OFF");
  const [dataTrace, setDataTrace] = useState(current?.dataTraceEnabled ?? false);
  const [metrics, setMetrics] = useState(current?.metricsEnabled ?? false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await update([
      replaceOp("/*/*/logging/loglevel", level),
      replaceOp("/*/*/logging/dataTrace", String(dataTrace)),
      replaceOp("/*/*/metrics/enabled", String(metrics)),
    ]);
  };
  return (
    <form onSubmit={submit} aria-label="Execution logging" className="space-y-3">
      <h4 className="text-sm font-semibold">Execution logging and metrics</h4>
      <p className="text-xs text-slate-500 dark:text-slate-400">
        Execution logs show API Gateway&apos;s own steps for each request (ERROR: failed requests only; INFO:
        all). Full request/response logging adds bodies and headers, which may contain secrets. Detailed
        metrics add per-method CloudWatch metrics.
      </p>
      <div className="grid items-end gap-3 sm:grid-cols-3">
        <SelectInput
          label="Execution log level"
          value={level}
          onChange={(event) => setLevel(event.target.value)}
          options={["OFF", "ERROR", "INFO"]}
        />
        <Checkbox
          label="Log full requests and responses"
          checked={dataTrace}
          onChange={(event) => setDataTrace(event.target.checked)}
        />
        <Checkbox
          label="Detailed CloudWatch metrics"
          checked={metrics}
          onChange={(event) => setMetrics(event.target.checked)}
        />
      </div>
      <ErrorNote error={error} />
      <SmallButton type="submit" variant="primary" disabled={pending}>
        Save logging settings
      </SmallButton>
    </form>
  );
}
