"use client";
/** Which metrics to show: the dimension (API, stage, or one method of a stage), the period and refreshing. */
import type { Stage } from "@/lib/gateway/control/types";
import { Checkbox, SelectInput, SmallButton } from "../controls";
import type { MethodTarget } from "../traffic/api-targets";

export const PERIODS = [
  { value: "15", label: "Last 15 minutes" },
  { value: "60", label: "Last hour" },
  { value: "180", label: "Last 3 hours" },
] as const;

export interface MonitorFilterState {
  stage: string;
  methodKey: string;
  minutes: number;
  autoRefresh: boolean;
}

export function MetricsFilters({
  filters,
  update,
  stages,
  methods,
  onRefresh,
}: {
  filters: MonitorFilterState;
  update: (patch: Partial<MonitorFilterState>) => void;
  stages: readonly Stage[];
  methods: readonly MethodTarget[];
  onRefresh: () => void;
}) {
  return (
    <div className="space-y-2">
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectInput
          label="Stage"
          options={[{ value: "", label: "All stages (API level)" }, ...stages.map((s) => s.stageName)]}
          value={filters.stage}
          onChange={(e) =>
            update({ stage: e.target.value, methodKey: e.target.value ? filters.methodKey : "" })
          }
        />
        <SelectInput
          label="Method and resource"
          hint={filters.stage ? undefined : "Pick a stage to filter by method."}
          disabled={!filters.stage}
          options={[
            { value: "", label: "All methods" },
            ...methods.map((m) => ({
              value: `${m.method} ${m.resource}`,
              label: `${m.method} ${m.resource}`,
            })),
          ]}
          value={filters.methodKey}
          onChange={(e) => update({ methodKey: e.target.value })}
        />
        <SelectInput
          label="Period"
          options={PERIODS}
          value={String(filters.minutes)}
          onChange={(e) => update({ minutes: Number(e.target.value) })}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <SmallButton onClick={onRefresh}>Refresh</SmallButton>
        <Checkbox
          label="Auto-refresh every 10 s"
          checked={filters.autoRefresh}
          onChange={(e) => update({ autoRefresh: e.target.checked })}
        />
        <span className="text-xs text-slate-500 dark:text-slate-400">
          One-minute datapoints, as CloudWatch keeps for API Gateway. In AWS, per-method metrics need detailed
          CloudWatch metrics enabled on the stage.
        </span>
      </div>
    </div>
  );
}
