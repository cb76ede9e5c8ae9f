"use client";
/** Access logs (one line per request, in your format), execution logs and metrics, X-Ray tracing. */
import { useState, type FormEvent } from "react";
import type { Stage } from "@/lib/gateway/control/types";
import { Checkbox, ErrorNote, inputClass, Labelled, SmallButton, TextInput } from "../controls";
import { ACCESS_LOG_PRESETS } from "./access-log-presets";
import { ExecutionLogging } from "./execution-logging";
import { replaceOp } from "./patch-path";
import { toAccessLogPatch } from "./stage-patch";
import { useStageUpdate } from "./use-stage-update";

export function StageLogsTracing({ restApiId, stage }: { restApiId: string; stage: Stage }) {
  const { update, pending, error } = useStageUpdate(restApiId, stage.stageName);
  const [format, setFormat] = useState(stage.accessLogSettings?.format ?? "");
  const [destinationArn, setDestinationArn] = useState(stage.accessLogSettings?.destinationArn ?? "");
  // Shown at once and put back if UpdateStage refuses it.
  const [tracing, setTracing] = useState(stage.tracingEnabled);
  const toggleTracing = async (enabled: boolean) => {
    setTracing(enabled);
    if (!(await update([replaceOp("/tracingEnabled", String(enabled))]))) setTracing(!enabled);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await update(toAccessLogPatch(format, destinationArn));
  };
  const turnOff = () => void update(toAccessLogPatch("", ""));
  return (
    <div className="space-y-5">
      <ErrorNote error={error} />
      <form onSubmit={submit} aria-label="Access logging" className="space-y-3">
        <h4 className="text-sm font-semibold">Access logging</h4>
        <p className="text-xs text-slate-500 dark:text-slate-400">
          One line per request, built from <code>$context</code> variables, sent to a CloudWatch Logs group
          (or Firehose stream). The format must be a single line and include <code>$context.requestId</code>{" "}
          or <code>$context.extendedRequestId</code>. Lines appear under Metrics &amp; logs.
        </p>
        <TextInput
          label="Log destination ARN"
          value={destinationArn}
          onChange={(event) => setDestinationArn(event.target.value)}
          placeholder={`arn:aws:logs:us-east-1:123456789012:log-group:${restApiId}-${stage.stageName}-access`}
        />
        <div className="flex flex-wrap items-center gap-1" role="group" aria-label="Log format presets">
          <span className="mr-1 text-xs text-slate-500 dark:text-slate-400">Presets:</span>
          {ACCESS_LOG_PRESETS.map((preset) => (
            <SmallButton
              key={preset.name}
              onClick={() => setFormat(preset.format)}
              aria-label={`Use ${preset.name} format`}
            >
              {preset.name}
            </SmallButton>
          ))}
        </div>
        <Labelled label="Log format">
          <textarea
            className={`${inputClass} font-mono text-xs`}
            rows={4}
            value={format}
            onChange={(event) => setFormat(event.target.value.replace(/\r?\n/g, " "))}
            placeholder="$context.requestId $context.httpMethod $context.resourcePath $context.status"
          />
        </Labelled>
        <div className="flex flex-wrap gap-2">
          <SmallButton type="submit" variant="primary" disabled={pending}>
            Save access logging
          </SmallButton>
          {stage.accessLogSettings ? (
            <SmallButton variant="danger" onClick={turnOff} disabled={pending}>
              Turn off access logging
            </SmallButton>
          ) : null}
        </div>
      </form>
      <ExecutionLogging restApiId={restApiId} stage={stage} />
      <section className="space-y-2" aria-label="X-Ray tracing">
        <h4 className="text-sm font-semibold">X-Ray tracing</h4>
        <Checkbox
          label="Enable X-Ray tracing"
          checked={tracing}
          disabled={pending}
          onChange={(event) => void toggleTracing(event.target.checked)}
        />
        <p className="text-xs text-slate-500 dark:text-slate-400">
          Samples requests and records a trace of each: time spent in API Gateway, the authorizer and the
          integration.
        </p>
      </section>
    </div>
  );
}
