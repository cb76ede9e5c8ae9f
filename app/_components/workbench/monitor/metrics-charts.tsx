"use client";
/** The API Gateway metrics of the chosen dimension, one chart per CloudWatch metric. */
import { useMemo } from "react";
import {
  CHART_COLORS,
  formatMs,
  type ChartRow,
  type ChartSeries,
} from "@/app/_components/charts/chart-series";
import { formatClock } from "@/app/_components/charts/format-time";
import { TimeSeriesChart } from "@/app/_components/charts/time-series-chart";
import type { MetricTotals } from "./metric-rows";

const bar = (key: string, label: string, color: string): ChartSeries => ({ key, label, color, kind: "bar" });
const line = (key: string, label: string, color: string): ChartSeries => ({
  key,
  label,
  color,
  summary: "range",
});

const COUNT = [bar("count", "Count (Sum)", CHART_COLORS.blue)];
const ERRORS_4XX = [bar("errors4xx", "4XXError (Sum)", CHART_COLORS.amber)];
const ERRORS_5XX = [bar("errors5xx", "5XXError (Sum)", CHART_COLORS.red)];
const LATENCY = [
  line("latencyAverage", "Average", CHART_COLORS.green),
  line("latencyMaximum", "Maximum", CHART_COLORS.red),
];
const INTEGRATION_LATENCY = [
  line("integrationLatencyAverage", "Average", CHART_COLORS.sky),
  line("integrationLatencyMaximum", "Maximum", CHART_COLORS.violet),
];
const CACHE = [
  { ...bar("cacheHits", "CacheHitCount", CHART_COLORS.green), stackId: "cache" },
  { ...bar("cacheMisses", "CacheMissCount", CHART_COLORS.slate), stackId: "cache" },
];

export function MetricsCharts({ rows, totals }: { rows: readonly ChartRow[]; totals: MetricTotals }) {
  const common = useMemo(() => ({ rows, formatX: formatClock, xLabel: "Minute", height: 180 }), [rows]);
  return (
    <div className="grid gap-3 lg:grid-cols-2">
      <TimeSeriesChart
        {...common}
        title="Count"
        series={COUNT}
        note="Requests API Gateway received each minute."
      />
      <TimeSeriesChart
        {...common}
        title="4XXError"
        series={ERRORS_4XX}
        note="Client-side errors: missing keys, failed authorization, validation and throttling (429)."
      />
      <TimeSeriesChart
        {...common}
        title="5XXError"
        series={ERRORS_5XX}
        note="Server-side errors: a failing or timing-out integration (502, 504) or a misconfigured mapping."
      />
      <TimeSeriesChart
        {...common}
        title="Latency"
        series={LATENCY}
        formatValue={formatMs}
        note="From API Gateway receiving the request to returning the response, integration included."
      />
      {totals.hasIntegrationLatency ? (
        <TimeSeriesChart
          {...common}
          title="IntegrationLatency"
          series={INTEGRATION_LATENCY}
          formatValue={formatMs}
          note="From relaying the request to the backend to receiving its response: Latency minus this is API Gateway's own overhead."
        />
      ) : null}
      {totals.hasCache ? (
        <TimeSeriesChart
          {...common}
          title="CacheHitCount and CacheMissCount"
          series={CACHE}
          note="Requests served from the stage cache, and those the cache sent on to the integration."
        />
      ) : null}
    </div>
  );
}
