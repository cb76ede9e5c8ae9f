"use client";
import { useState, type FormEvent } from "react";
import type { CanarySettings } from "@/lib/gateway/control/types";
import { Checkbox, SmallButton, TextInput } from "../controls";
import { toRecord, toRows } from "./key-value-rows";
import { KeyValueRowsEditor } from "./key-value-rows-editor";
import type { CanaryDraft } from "./stage-patch";

/** Traffic share, variable overrides and cache use of a canary, for creating or changing one. */
export function CanaryForm({
  canary,
  pending,
  submitLabel,
  onSubmit,
}: {
  canary: CanarySettings | undefined;
  pending: boolean;
  submitLabel: string;
  onSubmit: (draft: CanaryDraft) => void;
}) {
  const [percentTraffic, setPercentTraffic] = useState(String(canary?.percentTraffic ?? 10));
  const [useStageCache, setUseStageCache] = useState(canary?.useStageCache ?? false);
  const [overrides, setOverrides] = useState(toRows(canary?.stageVariableOverrides));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ percentTraffic, useStageCache, stageVariableOverrides: toRecord(overrides) });
  };
  return (
    <form onSubmit={submit} aria-label={submitLabel} className="space-y-3">
      <div className="grid items-end gap-3 sm:grid-cols-2">
        <TextInput
          label="Canary traffic (%)"
          type="number"
          min={0}
          max={100}
          step="any"
          required
          value={percentTraffic}
          onChange={(event) => setPercentTraffic(event.target.value)}
          hint="The share of requests the canary serves; the rest go to the stage's own deployment."
        />
        <Checkbox
          label="Canary uses the stage cache"
          checked={useStageCache}
          onChange={(event) => setUseStageCache(event.target.checked)}
        />
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700 dark:text-slate-300">
          Stage variable overrides
        </legend>
        <p className="text-xs text-slate-500 dark:text-slate-400">
          Values the canary sees instead of the stage&apos;s, e.g. a <code>lambdaAlias</code> pointing at the
          new version. Overrides can be added or changed here, not removed one by one.
        </p>
        <KeyValueRowsEditor
          rows={overrides}
          onChange={setOverrides}
          keyLabel="Override name"
          valueLabel="Override value"
          addLabel="Add override"
        />
      </fieldset>
      <SmallButton type="submit" variant="primary" disabled={pending}>
        {submitLabel}
      </SmallButton>
    </form>
  );
}
