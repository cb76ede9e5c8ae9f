"use client";
/** CreateUsagePlan: name, throttle, quota and the API stages it meters, each with optional method throttles. */
import { useState, type FormEvent } from "react";
import { ErrorNote, SmallButton, TextInput } from "../controls";
import { useAction } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { ApiStagePicker } from "./api-stage-picker";
import { LimitFields } from "./limit-fields";
import { MethodThrottleForm, type MethodThrottle } from "./method-throttle-form";
import { apiLabel, useApiStages } from "./use-api-stages";
import { EMPTY_LIMITS, toLimits, type LimitsDraft } from "./usage-plan-draft";

interface StageDraft {
  apiId: string;
  stage: string;
  throttles: MethodThrottle[];
}

function toApiStageInput({ apiId, stage, throttles }: StageDraft) {
  if (throttles.length === 0) return { apiId, stage };
  const throttle = Object.fromEntries(
    throttles.map(({ key, rateLimit, burstLimit }) => [key, { rateLimit, burstLimit }]),
  );
  return { apiId, stage, throttle };
}

export function CreateUsagePlanForm() {
  const { transport, changed } = useWorkbench();
  const apis = useApiStages();
  const action = useAction();
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [limits, setLimits] = useState<LimitsDraft>(EMPTY_LIMITS);
  const [stages, setStages] = useState<StageDraft[]>([]);

  const updateStage = (index: number, next: StageDraft | undefined) =>
    setStages((all) => all.flatMap((stage, i) => (i !== index ? [stage] : next ? [next] : [])));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      await transport.call("apigateway", "createUsagePlan", {
        name: name.trim(),
        ...(description.trim() ? { description: description.trim() } : {}),
        ...toLimits(limits),
        apiStages: stages.map(toApiStageInput),
      });
      setName("");
      setDescription("");
      setStages([]);
      changed();
    });
  };

  return (
    <form onSubmit={submit} aria-labelledby="create-usage-plan-heading" className="space-y-3">
      <h4 id="create-usage-plan-heading" className="text-sm font-semibold text-slate-800 dark:text-slate-200">
        Create a usage plan
      </h4>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextInput label="Plan name" value={name} onChange={(e) => setName(e.target.value)} required />
        <TextInput
          label="Plan description"
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </div>
      <LimitFields draft={limits} onChange={(patch) => setLimits((draft) => ({ ...draft, ...patch }))} />
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-3 dark:border-slate-800">
        <legend className="px-1 text-sm font-medium text-slate-700 dark:text-slate-300">API stages</legend>
        {stages.length > 0 ? (
          <ul aria-label="Chosen API stages" className="space-y-3">
            {stages.map((stage, index) => {
              const label = `${apiLabel(apis.data, stage.apiId)} / ${stage.stage}`;
              return (
                <li
                  key={`${stage.apiId}:${stage.stage}`}
                  className="space-y-2 rounded bg-slate-50 p-2 dark:bg-slate-950"
                >
                  <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
                    <span className="font-medium">{label}</span>
                    <SmallButton
                      variant="danger"
                      aria-label={`Remove stage ${label}`}
                      onClick={() => updateStage(index, undefined)}
                    >
                      Remove
                    </SmallButton>
                  </div>
                  {stage.throttles.map((t) => (
                    <p key={t.key} className="font-mono text-xs">
                      {t.key}: rate {t.rateLimit}/s, burst {t.burstLimit}
                    </p>
                  ))}
                  <MethodThrottleForm
                    stageLabel={label}
                    onAdd={(throttle) =>
                      updateStage(index, {
                        ...stage,
                        throttles: [...stage.throttles.filter((t) => t.key !== throttle.key), throttle],
                      })
                    }
                  />
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="text-xs text-slate-500 dark:text-slate-400">
            A plan meters only the API stages it lists. Optional per-method throttles override the plan&apos;s
            rate and burst for one method.
          </p>
        )}
        <ApiStagePicker
          apis={apis}
          exclude={stages.map((s) => `${s.apiId}:${s.stage}`)}
          onAdd={(apiId, stage) => setStages((all) => [...all, { apiId, stage, throttles: [] }])}
        />
      </fieldset>
      <ErrorNote error={action.error} />
      <SmallButton type="submit" variant="primary" disabled={action.pending || !name.trim()}>
        {action.pending ? "Creating…" : "Create usage plan"}
      </SmallButton>
    </form>
  );
}
