"use client";
/** The run over simulated time: status codes with throttling, latency percentiles and the cache hit ratio. */
import { useMemo } from "react";
import {
  CHART_COLORS,
  formatMs,
  formatPercent,
  type ChartSeries,
} from "@/app/_components/charts/chart-series";
import { formatDuration } from "@/app/_components/charts/format-time";
import { TimeSeriesChart } from "@/app/_components/charts/time-series-chart";
import type { TrafficReport } from "@/lib/gateway/traffic";
import { TokenBucketNote } from "./token-bucket-note";
import { toCacheRows, toLatencyRows, toStatusRows } from "./traffic-chart-rows";

const STATUS_SERIES: readonly ChartSeries[] = [
  { key: "2xx", label: "2xx", color: CHART_COLORS.green, kind: "bar", stackId: "status" },
  { key: "3xx", label: "3xx", color: CHART_COLORS.sky, kind: "bar", stackId: "status" },
  { key: "4xx", label: "4xx (not throttled)", color: CHART_COLORS.amber, kind: "bar", stackId: "status" },
  { key: "throttled", label: "Throttled (429)", color: CHART_COLORS.orange, kind: "bar", stackId: "status" },
  { key: "5xx", label: "5xx", color: CHART_COLORS.red, kind: "bar", stackId: "status" },
];

const LATENCY_SERIES: readonly ChartSeries[] = [
  { key: "p50", label: "p50", color: CHART_COLORS.green, summary: "range" },
  { key: "p90", label: "p90", color: CHART_COLORS.amber, summary: "range" },
  { key: "p99", label: "p99", color: CHART_COLORS.red, summary: "range" },
];

const CACHE_SERIES: readonly ChartSeries[] = [
  { key: "hitRatio", label: "Cache hit ratio", color: CHART_COLORS.violet, kind: "area", summary: "range" },
];

export function TrafficCharts({ report, showCache }: { report: TrafficReport; showCache: boolean }) {
  const statusRows = useMemo(() => toStatusRows(report), [report]);
  const latencyRows = useMemo(() => toLatencyRows(report), [report]);
  const cacheRows = useMemo(() => (showCache ? toCacheRows(report) : []), [report, showCache]);
  const hasRedirects = Object.keys(report.totals.byStatus).some((status) => status.startsWith("3"));
  const statusSeries = useMemo(
    () => (hasRedirects ? STATUS_SERIES : STATUS_SERIES.filter((s) => s.key !== "3xx")),
    [hasRedirects],
  );
  const bucket = `Each point is ${formatDuration(report.bucketMs)} of simulated time.`;
  return (
    <div className="grid gap-3 xl:grid-cols-2">
      <div className="xl:col-span-2">
        <TimeSeriesChart
          title="Status codes over time"
          xLabel="Time since start"
          rows={statusRows}
          series={statusSeries}
          formatX={formatDuration}
          note={<TokenBucketNote bucketNote={bucket} />}
        />
      </div>
      <TimeSeriesChart
        title="Latency percentiles"
        xLabel="Time since start"
        rows={latencyRows}
        series={LATENCY_SERIES}
        formatX={formatDuration}
        formatValue={formatMs}
        note="Nearest-rank percentiles of the requests in each interval, throttled requests included."
      />
      {showCache ? (
        <TimeSeriesChart
          title="Cache hit ratio"
          xLabel="Time since start"
          rows={cacheRows}
          series={CACHE_SERIES}
          formatX={formatDuration}
          formatValue={formatPercent}
          yDomain={[0, 100]}
          note="CacheHitCount ÷ (CacheHitCount + CacheMissCount). The first request for each cache key misses; the rest hit until the entry's TTL runs out."
        />
      ) : null}
    </div>
  );
}
