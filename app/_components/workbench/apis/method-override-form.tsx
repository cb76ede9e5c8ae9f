"use client";
import { useState, type FormEvent } from "react";
import type { PatchOperation, Stage } from "@/lib/gateway/control/types";
import { SelectInput, SmallButton, TextInput } from "../controls";
import { CachingFields } from "./caching-fields";
import { toCachingDraft } from "./stage-cache-settings";
import {
  STAGE_DEFAULT_KEY,
  toCachingPatch,
  toMethodSettingKey,
  toMethodSettingPath,
  toThrottlePatch,
  type MethodRoute,
} from "./stage-patch";

const toOptionValue = (route: MethodRoute) => toMethodSettingKey(route);

/** Throttling and caching of one method; the form starts from the method's override, if it has one. */
export function MethodOverrideForm({
  routes,
  initialKey,
  stage,
  pending,
  onSave,
}: {
  routes: readonly MethodRoute[];
  initialKey: string | undefined;
  stage: Stage;
  pending: boolean;
  onSave: (ops: PatchOperation[], key: string) => Promise<boolean>;
}) {
  const first = routes.find((route) => toOptionValue(route) === initialKey) ?? routes[0];
  const [key, setKey] = useState(first ? toOptionValue(first) : "");
  // A new override starts as a copy of the stage defaults, so the form does too.
  const startingPoint = (candidate: string) =>
    stage.methodSettings[candidate] ?? stage.methodSettings[STAGE_DEFAULT_KEY];
  const setting = startingPoint(key);
  const [rateLimit, setRateLimit] = useState(String(setting?.throttlingRateLimit ?? ""));
  const [burstLimit, setBurstLimit] = useState(String(setting?.throttlingBurstLimit ?? ""));
  const [caching, setCaching] = useState(toCachingDraft(setting));
  const route = routes.find((candidate) => toOptionValue(candidate) === key);
  const pick = (next: string) => {
    const existing = startingPoint(next);
    setKey(next);
    setRateLimit(String(existing?.throttlingRateLimit ?? ""));
    setBurstLimit(String(existing?.throttlingBurstLimit ?? ""));
    setCaching(toCachingDraft(existing));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!route) return;
    const prefix = toMethodSettingPath(route);
    await onSave(
      [...toThrottlePatch(prefix, { rateLimit, burstLimit }), ...toCachingPatch(prefix, caching)],
      key,
    );
  };
  return (
    <form
      onSubmit={submit}
      className="space-y-3 rounded-md border border-slate-200 p-3 dark:border-slate-800"
    >
      <SelectInput
        label="Method"
        value={key}
        onChange={(event) => pick(event.target.value)}
        options={routes.map((candidate) => ({
          value: toOptionValue(candidate),
          label: `${candidate.httpMethod} ${candidate.resourcePath}${stage.methodSettings[toOptionValue(candidate)] ? " (overridden)" : ""}`,
        }))}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextInput
          label="Method rate (requests per second)"
          type="number"
          min={0}
          step="any"
          value={rateLimit}
          onChange={(event) => setRateLimit(event.target.value)}
        />
        <TextInput
          label="Method burst (requests)"
          type="number"
          min={0}
          step={1}
          value={burstLimit}
          onChange={(event) => setBurstLimit(event.target.value)}
        />
      </div>
      <CachingFields scope="this method" draft={caching} onChange={setCaching} />
      <SmallButton type="submit" variant="primary" disabled={pending || !route}>
        Save method override
      </SmallButton>
    </form>
  );
}
