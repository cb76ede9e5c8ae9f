"use client";
/** What to send: the request, how many times, how they arrive over time, and with which credentials. */
import { useId, type FormEvent } from "react";
import type { ApiKey, Stage } from "@/lib/gateway/control/types";
import { Button } from "@/app/_components/ui/button";
import { inputClass, Labelled, SelectInput } from "../controls";
import { MAX_REQUESTS, type TrafficFormErrors, type TrafficFormState } from "./build-traffic-plan";
import { CheckedInput } from "./checked-input";
import { CredentialsMix } from "./credentials-mix";
import { PatternFields } from "./pattern-fields";
import { StageLimitsHint } from "./stage-limits-hint";

/** The methods a REST API accepts from clients (TRAFFIC_HTTP_METHODS in lib/gateway/traffic). */
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;

export function TrafficForm({
  form,
  update,
  errors,
  stages,
  apiKeys,
  resourcePaths,
  running,
  onRun,
}: {
  form: TrafficFormState;
  update: (patch: Partial<TrafficFormState>) => void;
  errors: TrafficFormErrors;
  stages: readonly Stage[];
  apiKeys: readonly ApiKey[];
  resourcePaths: readonly string[];
  running: boolean;
  onRun: () => void;
}) {
  const pathsId = useId();
  const stage = stages.find((s) => s.stageName === form.stageName);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!running) onRun();
  };
  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label="Traffic plan">
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_7rem]">
        <SelectInput
          label="Stage"
          options={stages.length ? stages.map((s) => s.stageName) : [{ value: "", label: "No stages yet" }]}
          value={form.stageName}
          onChange={(e) => update({ stageName: e.target.value })}
          aria-invalid={errors.stageName ? true : undefined}
        />
        <SelectInput
          label="Method"
          options={METHODS}
          value={form.method}
          onChange={(e) => update({ method: e.target.value })}
        />
      </div>
      {errors.stageName ? <p className="text-xs text-red-700 dark:text-red-300">{errors.stageName}</p> : null}
      {stage ? <StageLimitsHint stage={stage} /> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <CheckedInput
          label="Path"
          hint="After the stage, e.g. /pets/1"
          list={pathsId}
          spellCheck={false}
          value={form.path}
          error={errors.path}
          onChange={(e) => update({ path: e.target.value })}
        />
        <datalist id={pathsId}>
          {resourcePaths.map((path) => (
            <option key={path} value={path} />
          ))}
        </datalist>
        <CheckedInput
          label="Query string (optional)"
          placeholder="type=dog&limit=5"
          spellCheck={false}
          value={form.query}
          error={errors.query}
          onChange={(e) => update({ query: e.target.value })}
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="space-y-1">
          <Labelled label="Headers (JSON, optional)">
            <textarea
              className={`${inputClass} h-20 font-mono text-xs`}
              spellCheck={false}
              placeholder='{"accept": "application/json"}'
              value={form.headers}
              aria-invalid={errors.headers ? true : undefined}
              onChange={(e) => update({ headers: e.target.value })}
            />
          </Labelled>
          {errors.headers ? <p className="text-xs text-red-700 dark:text-red-300">{errors.headers}</p> : null}
        </div>
        <Labelled label="Body (optional)">
          <textarea
            className={`${inputClass} h-20 font-mono text-xs`}
            spellCheck={false}
            value={form.body}
            onChange={(e) => update({ body: e.target.value })}
          />
        </Labelled>
      </div>
      <div className="grid gap-3 sm:grid-cols-[10rem_minmax(0,1fr)]">
        <CheckedInput
          label="Number of requests"
          hint={`1 to ${MAX_REQUESTS.toLocaleString("en-US")}`}
          type="number"
          min={1}
          max={MAX_REQUESTS}
          step={1}
          value={form.requests}
          error={errors.requests}
          onChange={(e) => update({ requests: e.target.value })}
        />
        <PatternFields form={form} errors={errors} update={update} />
      </div>
      <CredentialsMix
        rows={form.credentials}
        apiKeys={apiKeys}
        errors={errors}
        onChange={(credentials) => update({ credentials })}
      />
      {Object.keys(errors).length > 0 ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          Fix the highlighted {Object.keys(errors).length === 1 ? "field" : "fields"} before running.
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={running}>
          Run
        </Button>
        <span className="text-xs text-slate-500 dark:text-slate-400">
          Requests run on a simulated clock, so even a long run finishes in moments.
        </span>
      </div>
    </form>
  );
}
