"use client";
/**
 * The API stages of a plan and their per-method throttles, edited with UpdateUsagePlan: `add`/`remove`
 * `/apiStages`, `replace`/`remove` `/apiStages/<apiId>:<stage>/throttle/<resourcePath>/<METHOD>[/rateLimit|burstLimit]`.
 */
import type { PatchOperation, UsagePlan } from "@/lib/gateway/control/types";
import { ErrorNote, SmallButton } from "../controls";
import { useAction } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { ApiStagePicker } from "./api-stage-picker";
import { ConfirmDelete } from "./confirm-delete";
import { MethodThrottleForm } from "./method-throttle-form";
import { apiLabel, useApiStages } from "./use-api-stages";
import { toApiStageValue, toMethodThrottlePatch, toRemoveMethodThrottlePatch } from "./usage-plan-patch";

export function UsagePlanStages({ plan }: { plan: UsagePlan }) {
  const { transport, changed } = useWorkbench();
  const apis = useApiStages();
  const action = useAction();
  const patch = (patchOperations: PatchOperation[]) =>
    action.run(async () => {
      await transport.call("apigateway", "updateUsagePlan", { usagePlanId: plan.id, patchOperations });
      changed();
    });

  return (
    <section aria-labelledby="plan-stages-heading" className="space-y-3">
      <h4 id="plan-stages-heading" className="text-sm font-semibold text-slate-800 dark:text-slate-200">
        API stages
      </h4>
      {plan.apiStages.length === 0 ? (
        <p className="text-sm text-slate-500 dark:text-slate-400">
          This plan meters no stage yet: keys in it are not accepted anywhere until you add one.
        </p>
      ) : (
        <ul aria-label="API stages of the plan" className="space-y-3">
          {plan.apiStages.map(({ apiId, stage, throttle }) => {
            const label = `${apiLabel(apis.data, apiId)} / ${stage}`;
            return (
              <li
                key={`${apiId}:${stage}`}
                className="space-y-2 rounded-md bg-slate-50 p-3 dark:bg-slate-950"
              >
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="text-sm font-medium">{label}</span>
                  <ConfirmDelete
                    label="Remove"
                    what={`stage ${label}`}
                    disabled={action.pending}
                    onConfirm={() =>
                      patch([{ op: "remove", path: "/apiStages", value: toApiStageValue(apiId, stage) }])
                    }
                  />
                </div>
                {Object.entries(throttle ?? {}).map(([key, limits]) => (
                  <div key={key} className="flex flex-wrap items-center gap-2 text-xs">
                    <code className="font-mono">{key}</code>
                    <span>
                      rate {limits.rateLimit ?? "–"}/s, burst {limits.burstLimit ?? "–"}
                    </span>
                    <SmallButton
                      variant="danger"
                      aria-label={`Remove throttle ${key} of ${label}`}
                      disabled={action.pending}
                      onClick={() => patch([toRemoveMethodThrottlePatch(apiId, stage, key)])}
                    >
                      Remove
                    </SmallButton>
                  </div>
                ))}
                <MethodThrottleForm
                  stageLabel={label}
                  disabled={action.pending}
                  onAdd={({ key, ...limits }) => patch(toMethodThrottlePatch(apiId, stage, key, limits))}
                />
              </li>
            );
          })}
        </ul>
      )}
      <ApiStagePicker
        apis={apis}
        disabled={action.pending}
        exclude={plan.apiStages.map((s) => toApiStageValue(s.apiId, s.stage))}
        onAdd={(apiId, stage) =>
          patch([{ op: "add", path: "/apiStages", value: toApiStageValue(apiId, stage) }])
        }
      />
      <ErrorNote error={action.error} />
    </section>
  );
}
