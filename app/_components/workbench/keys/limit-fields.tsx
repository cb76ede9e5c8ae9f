"use client";
/** A usage plan's throttle (rate + burst) and quota (limit per period, offset) fields, each with an on switch. */
import { Checkbox, SelectInput, TextInput } from "../controls";
import { QUOTA_PERIODS, type LimitsDraft } from "./usage-plan-draft";

export function LimitFields({
  draft,
  onChange,
}: {
  draft: LimitsDraft;
  onChange: (patch: Partial<LimitsDraft>) => void;
}) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <fieldset className="space-y-2 rounded-md border border-slate-200 p-3 dark:border-slate-800">
        <legend className="px-1 text-sm font-medium text-slate-700 dark:text-slate-300">Throttling</legend>
        <Checkbox
          label="Enable throttling"
          checked={draft.throttleOn}
          onChange={(e) => onChange({ throttleOn: e.target.checked })}
        />
        {draft.throttleOn ? (
          <div className="grid grid-cols-2 gap-2">
            <TextInput
              label="Rate (requests per second)"
              inputMode="decimal"
              value={draft.rateLimit}
              onChange={(e) => onChange({ rateLimit: e.target.value })}
            />
            <TextInput
              label="Burst (requests)"
              inputMode="numeric"
              value={draft.burstLimit}
              onChange={(e) => onChange({ burstLimit: e.target.value })}
            />
          </div>
        ) : null}
        <p className="text-xs text-slate-500 dark:text-slate-400">
          A token bucket per API key: the rate refills it every second, the burst is its size (how many
          requests may arrive at once). Over the limit, callers get 429 Too Many Requests.
        </p>
      </fieldset>
      <fieldset className="space-y-2 rounded-md border border-slate-200 p-3 dark:border-slate-800">
        <legend className="px-1 text-sm font-medium text-slate-700 dark:text-slate-300">Quota</legend>
        <Checkbox
          label="Enable quota"
          checked={draft.quotaOn}
          onChange={(e) => onChange({ quotaOn: e.target.checked })}
        />
        {draft.quotaOn ? (
          <div className="grid grid-cols-3 gap-2">
            <TextInput
              label="Quota limit"
              inputMode="numeric"
              value={draft.limit}
              onChange={(e) => onChange({ limit: e.target.value })}
            />
            <SelectInput
              label="Quota period"
              options={QUOTA_PERIODS}
              value={draft.period}
              onChange={(e) => onChange({ period: e.target.value as LimitsDraft["period"] })}
            />
            <TextInput
              label="Quota offset"
              inputMode="numeric"
              value={draft.offset}
              onChange={(e) => onChange({ offset: e.target.value })}
            />
          </div>
        ) : null}
        <p className="text-xs text-slate-500 dark:text-slate-400">
          The most requests one API key may make per day, week or month (UTC); then 429 Limit Exceeded until
          the next period. The offset is subtracted from the limit in the first period only.
        </p>
      </fieldset>
    </div>
  );
}
