"use client";
/** One usage plan in full: its settings, API stages, member keys and usage. */
import type { ApiKey, UsagePlan, UsagePlanKey } from "@/lib/gateway/control/types";
import { ErrorNote, Loading, Panel } from "../controls";
import { useAsync } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { PlanKeysPanel } from "./plan-keys-panel";
import { UsagePanel } from "./usage-panel";
import { UsagePlanSettingsForm } from "./usage-plan-settings-form";
import { UsagePlanStages } from "./usage-plan-stages";

interface PlanData {
  plan: UsagePlan;
  planKeys: UsagePlanKey[];
  apiKeys: ApiKey[];
}

export function UsagePlanDetail({ usagePlanId }: { usagePlanId: string }) {
  const { transport, revision } = useWorkbench();
  const data = useAsync<PlanData>(async () => {
    const [plan, planKeys, apiKeys] = await Promise.all([
      transport.call<UsagePlan>("apigateway", "getUsagePlan", { usagePlanId }),
      transport.call<{ items: UsagePlanKey[] }>("apigateway", "getUsagePlanKeys", {
        usagePlanId,
        limit: 500,
      }),
      transport.call<{ items: ApiKey[] }>("apigateway", "getApiKeys", { limit: 500 }),
    ]);
    return { plan, planKeys: planKeys.items, apiKeys: apiKeys.items };
  }, `usage-plan:${usagePlanId}:${revision}`);

  if (data.loading && !data.data) return <Loading label="Loading the usage plan…" />;
  if (data.error) return <ErrorNote error={data.error} />;
  if (!data.data) return null;
  const { plan, planKeys, apiKeys } = data.data;
  const keyNames = new Map(planKeys.map((key) => [key.id, key.name ?? key.id]));
  return (
    <Panel nameTitle title={`Usage plan ${plan.name ?? plan.id}`}>
      <div className="space-y-6">
        {/* Only this form edits these settings, so its draft stays in step after a save without a remount. */}
        <UsagePlanSettingsForm key={plan.id} plan={plan} />
        <div className="border-t border-slate-200 pt-4 dark:border-slate-800">
          <UsagePlanStages plan={plan} />
        </div>
        <div className="border-t border-slate-200 pt-4 dark:border-slate-800">
          <PlanKeysPanel plan={plan} planKeys={planKeys} apiKeys={apiKeys} />
        </div>
        <div className="border-t border-slate-200 pt-4 dark:border-slate-800">
          <UsagePanel plan={plan} keyNames={keyNames} />
        </div>
      </div>
    </Panel>
  );
}
