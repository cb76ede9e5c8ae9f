"use client";
/** The API keys of a plan: CreateUsagePlanKey (keyType API_KEY) to add one, DeleteUsagePlanKey to take it out. */
import { useState, type FormEvent } from "react";
import type { ApiKey, UsagePlan, UsagePlanKey } from "@/lib/gateway/control/types";
import { Empty, ErrorNote, SelectInput, SmallButton } from "../controls";
import { useAction } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { ConfirmDelete } from "./confirm-delete";

export function PlanKeysPanel({
  plan,
  planKeys,
  apiKeys,
}: {
  plan: UsagePlan;
  planKeys: readonly UsagePlanKey[];
  apiKeys: readonly ApiKey[];
}) {
  const { transport, changed } = useWorkbench();
  const action = useAction();
  const candidates = apiKeys.filter((key) => !planKeys.some((member) => member.id === key.id));
  const [keyId, setKeyId] = useState("");
  const chosen = candidates.some((key) => key.id === keyId) ? keyId : (candidates[0]?.id ?? "");

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    void action.run(async () => {
      await transport.call("apigateway", "createUsagePlanKey", {
        usagePlanId: plan.id,
        keyId: chosen,
        keyType: "API_KEY",
      });
      changed();
    });
  };
  const remove = (member: UsagePlanKey) =>
    action.run(async () => {
      await transport.call("apigateway", "deleteUsagePlanKey", { usagePlanId: plan.id, keyId: member.id });
      changed();
    });

  return (
    <section aria-labelledby="plan-keys-heading" className="space-y-3">
      <h4 id="plan-keys-heading" className="text-sm font-semibold text-slate-800 dark:text-slate-200">
        API keys in this plan
      </h4>
      {planKeys.length === 0 ? (
        <Empty>No key in this plan yet.</Empty>
      ) : (
        <ul aria-label="API keys in the plan" className="divide-y divide-slate-200 dark:divide-slate-800">
          {planKeys.map((member) => {
            const name = member.name ?? member.id;
            return (
              <li key={member.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                <span>
                  <span className="font-medium">{name}</span>{" "}
                  <span className="font-mono text-xs text-slate-500 dark:text-slate-400">{member.id}</span>
                </span>
                <ConfirmDelete
                  label="Remove"
                  what={`key ${name} from the plan`}
                  disabled={action.pending}
                  onConfirm={() => remove(member)}
                />
              </li>
            );
          })}
        </ul>
      )}
      {candidates.length > 0 ? (
        <form onSubmit={add} className="flex flex-wrap items-end gap-2">
          <div className="min-w-48 flex-1">
            <SelectInput
              label="API key to add"
              value={chosen}
              onChange={(e) => setKeyId(e.target.value)}
              options={candidates.map((key) => ({
                value: key.id,
                label: `${key.name ?? key.id} (${key.id})`,
              }))}
            />
          </div>
          <SmallButton type="submit" variant="primary" disabled={action.pending} className="mb-0.5">
            Add key to plan
          </SmallButton>
        </form>
      ) : (
        <p className="text-xs text-slate-500 dark:text-slate-400">
          {apiKeys.length === 0 ? "Create an API key first." : "Every API key is already in this plan."}
        </p>
      )}
      <ErrorNote error={action.error} />
    </section>
  );
}
