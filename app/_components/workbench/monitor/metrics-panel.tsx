"use client";
/** Loads the metrics of one dimension and period, and shows their totals and charts. */
import { useMemo } from "react";
import { formatCount, formatMs } from "@/app/_components/charts/chart-series";
import { Empty, ErrorNote, Loading } from "../controls";
import { useAsync } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { readLastMinute, readMetricSeries, toMetricRows, toMetricTotals } from "./metric-rows";
import { MetricsCharts } from "./metrics-charts";
import { toMetricsRequest, type MetricsQuery } from "./metrics-request";

export function MetricsPanel({ query, refreshKey }: { query: MetricsQuery; refreshKey: string }) {
  const { transport } = useWorkbench();
  const request = toMetricsRequest(query);
  const answer = useAsync(
    async () => {
      const body = await transport.metrics(request);
      return { at: readLastMinute(body) ?? Date.now(), series: readMetricSeries(body) };
    },
    `${JSON.stringify(request)}:${refreshKey}`,
  );
  const data = answer.data;
  const rows = useMemo(
    () => (data ? toMetricRows(data.series, { minutes: query.minutes, nowMs: data.at }) : []),
    [data, query.minutes],
  );
  const totals = useMemo(() => (data ? toMetricTotals(data.series) : undefined), [data]);

  if (!data || !totals)
    return answer.error ? <ErrorNote error={answer.error} /> : <Loading label="Loading metrics…" />;
  return (
    <div className="space-y-3" aria-busy={answer.loading}>
      <ErrorNote error={answer.error} />
      <p className="text-sm text-slate-700 dark:text-slate-200">
        {formatCount(totals.requests)} requests, {formatCount(totals.errors4xx)} 4XX errors,{" "}
        {formatCount(totals.errors5xx)} 5XX errors
        {totals.latencyAverage !== null
          ? `, average latency ${formatMs(totals.latencyAverage)} (max ${formatMs(totals.latencyMaximum ?? Number.NaN)})`
          : ""}{" "}
        in the last {query.minutes} minutes.
      </p>
      {totals.requests === 0 ? (
        <Empty>
          No requests in this period. Metrics count requests to a deployed stage, from the Test section or the
          stage&apos;s invoke URL. Traffic runs use a throwaway copy of the sandbox, so they appear only in
          the Traffic section&apos;s own charts.
        </Empty>
      ) : (
        <>
          <MetricsCharts rows={rows} totals={totals} />
          {!totals.hasIntegrationLatency || !totals.hasCache ? (
            <p className="text-xs text-slate-500 dark:text-slate-400">
              {!totals.hasIntegrationLatency
                ? "IntegrationLatency appears once requests reach an integration. "
                : ""}
              {!totals.hasCache
                ? "CacheHitCount and CacheMissCount appear once the stage has a cache and a method caches responses."
                : ""}
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}
