"use client";
/** UpdateUsagePlan for the plan's own name, description, throttle and quota, sending only what changed. */
import { useState, type FormEvent } from "react";
import type { UsagePlan } from "@/lib/gateway/control/types";
import { ErrorNote, SmallButton, TextInput } from "../controls";
import { useAction } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { LimitFields } from "./limit-fields";
import { toLimits, toLimitsDraft, type LimitsDraft } from "./usage-plan-draft";
import { toUsagePlanPatch } from "./usage-plan-patch";

export function UsagePlanSettingsForm({ plan }: { plan: UsagePlan }) {
  const { transport, changed } = useWorkbench();
  const action = useAction();
  const [name, setName] = useState(plan.name ?? "");
  const [description, setDescription] = useState(plan.description ?? "");
  const [limits, setLimits] = useState<LimitsDraft>(() => toLimitsDraft(plan));
  const [note, setNote] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNote(undefined);
    void action.run(async () => {
      const patchOperations = toUsagePlanPatch(plan, {
        name: name.trim(),
        description: description.trim(),
        ...toLimits(limits),
      });
      if (patchOperations.length === 0) {
        setNote("Nothing changed.");
        return;
      }
      await transport.call("apigateway", "updateUsagePlan", { usagePlanId: plan.id, patchOperations });
      setNote(`Saved (${patchOperations.length} patch operation${patchOperations.length === 1 ? "" : "s"}).`);
      changed();
    });
  };

  return (
    <form onSubmit={submit} aria-labelledby="plan-settings-heading" className="space-y-3">
      <h4 id="plan-settings-heading" className="text-sm font-semibold text-slate-800 dark:text-slate-200">
        Settings
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
      <ErrorNote error={action.error} />
      <div className="flex flex-wrap items-center gap-3">
        <SmallButton type="submit" variant="primary" disabled={action.pending || !name.trim()}>
          {action.pending ? "Saving…" : "Save plan settings"}
        </SmallButton>
        {note ? (
          <span role="status" className="text-xs text-slate-600 dark:text-slate-300">
            {note}
          </span>
        ) : null}
      </div>
    </form>
  );
}
