"use client";
/** The account's usage plans (GetUsagePlans): pick one to manage, delete one, or create one. */
import type { UsagePlan } from "@/lib/gateway/control/types";
import { Empty, ErrorNote, Loading, Panel, SmallButton } from "../controls";
import { useAction, useAsync } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { ConfirmDelete } from "./confirm-delete";
import { CreateUsagePlanForm } from "./create-usage-plan-form";

export function describeLimits(plan: UsagePlan): string {
  const parts: string[] = [];
  if (plan.throttle)
    parts.push(`rate ${plan.throttle.rateLimit ?? "–"}/s, burst ${plan.throttle.burstLimit ?? "–"}`);
  if (plan.quota)
    parts.push(`quota ${plan.quota.limit ?? "–"} per ${(plan.quota.period ?? "").toLowerCase()}`);
  return parts.length ? parts.join(" · ") : "no throttle, no quota";
}

export function UsagePlansPanel({
  selectedId,
  onSelect,
}: {
  selectedId: string | undefined;
  onSelect: (usagePlanId: string | undefined) => void;
}) {
  const { transport, revision, changed } = useWorkbench();
  const action = useAction();
  const plans = useAsync(
    () => transport.call<{ items: UsagePlan[] }>("apigateway", "getUsagePlans", { limit: 500 }),
    `usage-plans:${revision}`,
  );
  const remove = (plan: UsagePlan) =>
    action.run(async () => {
      await transport.call("apigateway", "deleteUsagePlan", { usagePlanId: plan.id });
      if (selectedId === plan.id) onSelect(undefined);
      changed();
    });
  const items = plans.data?.items ?? [];
  return (
    <Panel title="Usage plans">
      <div className="space-y-4">
        {plans.loading && !plans.data ? <Loading label="Loading usage plans…" /> : null}
        <ErrorNote error={plans.error} />
        {plans.data && items.length === 0 ? <Empty>No usage plans yet.</Empty> : null}
        {items.length > 0 ? (
          <ul aria-label="Usage plans" className="divide-y divide-slate-200 dark:divide-slate-800">
            {items.map((plan) => {
              const name = plan.name ?? plan.id;
              const selected = plan.id === selectedId;
              return (
                <li key={plan.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                  <div className="min-w-0">
                    <p className="text-sm font-semibold text-slate-900 dark:text-slate-100">{name}</p>
                    <p className="text-xs text-slate-600 dark:text-slate-300">
                      <span className="font-mono">id {plan.id}</span> · {describeLimits(plan)} ·{" "}
                      {plan.apiStages.length === 0
                        ? "no API stage"
                        : plan.apiStages.map((s) => `${s.apiId}/${s.stage}`).join(", ")}
                    </p>
                  </div>
                  <div className="flex flex-wrap gap-1.5">
                    <SmallButton
                      variant={selected ? "primary" : "secondary"}
                      aria-pressed={selected}
                      aria-label={`Manage usage plan ${name}`}
                      onClick={() => onSelect(selected ? undefined : plan.id)}
                    >
                      Manage
                    </SmallButton>
                    <ConfirmDelete
                      what={`usage plan ${name}`}
                      onConfirm={() => remove(plan)}
                      disabled={action.pending}
                    />
                  </div>
                </li>
              );
            })}
          </ul>
        ) : null}
        <ErrorNote error={action.error} />
        {items.some((plan) => plan.apiStages.length > 0) ? (
          <p className="text-xs text-slate-500 dark:text-slate-400">
            As in AWS, a plan still bound to API stages cannot be deleted: remove its stages first.
          </p>
        ) : null}
        <div className="border-t border-slate-200 pt-4 dark:border-slate-800">
          <CreateUsagePlanForm />
        </div>
      </div>
    </Panel>
  );
}
