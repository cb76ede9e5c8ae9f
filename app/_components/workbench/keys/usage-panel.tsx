"use client";
/** GetUsage for a plan over a date range: requests used and quota remaining per key per UTC day. */
import { useState, type FormEvent } from "react";
import type { UsagePlan } from "@/lib/gateway/control/types";
import type { UsageOutput } from "@/lib/gateway/control/usage-plan-inputs";
import { Empty, ErrorNote, SmallButton, TextInput } from "../controls";
import { useAction } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { addDays, toUsageRows, utcDate, type UsageRow } from "./usage-rows";

export function UsagePanel({ plan, keyNames }: { plan: UsagePlan; keyNames: ReadonlyMap<string, string> }) {
  const { transport } = useWorkbench();
  const action = useAction();
  const [endDate, setEndDate] = useState(() => utcDate(new Date()));
  const [startDate, setStartDate] = useState(() => addDays(utcDate(new Date()), -6));
  const [rows, setRows] = useState<UsageRow[]>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      const usage = await transport.call<UsageOutput>("apigateway", "getUsage", {
        usagePlanId: plan.id,
        startDate,
        endDate,
      });
      setRows(toUsageRows(usage, keyNames));
    });
  };

  return (
    <section aria-labelledby="plan-usage-heading" className="space-y-3">
      <h4 id="plan-usage-heading" className="text-sm font-semibold text-slate-800 dark:text-slate-200">
        Usage
      </h4>
      <form onSubmit={submit} className="flex flex-wrap items-end gap-2">
        <div className="w-40">
          <TextInput
            label="Start date"
            type="date"
            value={startDate}
            onChange={(e) => setStartDate(e.target.value)}
            required
          />
        </div>
        <div className="w-40">
          <TextInput
            label="End date"
            type="date"
            value={endDate}
            onChange={(e) => setEndDate(e.target.value)}
            required
          />
        </div>
        <SmallButton type="submit" variant="primary" disabled={action.pending} className="mb-0.5">
          {action.pending ? "Loading…" : "Get usage"}
        </SmallButton>
      </form>
      <ErrorNote error={action.error} />
      {rows && rows.length === 0 ? (
        <Empty>No usage recorded: the plan has no key, or no day in range.</Empty>
      ) : null}
      {rows && rows.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[22rem] text-left text-sm">
            <caption className="sr-only">Usage per API key per day</caption>
            <thead className="text-xs uppercase text-slate-500 dark:text-slate-400">
              <tr>
                <th scope="col" className="py-1 pr-3">
                  API key
                </th>
                <th scope="col" className="py-1 pr-3">
                  Day (UTC)
                </th>
                <th scope="col" className="py-1 pr-3 text-right">
                  Used
                </th>
                <th scope="col" className="py-1 text-right">
                  Remaining
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
              {rows.map((row) => (
                <tr key={`${row.keyId}:${row.date}`}>
                  <td className="py-1 pr-3">{row.keyName}</td>
                  <td className="py-1 pr-3 font-mono text-xs">{row.date}</td>
                  <td className="py-1 pr-3 text-right tabular-nums">{row.used}</td>
                  <td className="py-1 text-right tabular-nums">{row.remaining}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p className="text-xs text-slate-500 dark:text-slate-400">
        Dates are UTC days, as AWS counts them. &quot;Remaining&quot; is what is left of the key&apos;s quota
        for the period (0 when the plan has no quota).
      </p>
    </section>
  );
}
