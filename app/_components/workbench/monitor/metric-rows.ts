/**
 * The metrics route's answer reshaped for charts: one row per minute with the statistic each chart plots
 * (Sum for counts, Average and Maximum for latencies), missing minutes filled in so time reads evenly.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-metrics-and-dimensions.html
 */
import type { ChartRow } from "@/app/_components/charts/chart-series";
import type { MetricName, MetricPoint } from "@/lib/gateway/metrics/metric-store";

export type MetricSeries = Partial<Record<MetricName, MetricPoint[]>>;

const MINUTE = 60_000;
/** Beyond this many minutes the answer is drawn point by point, not filled minute by minute. */
const MAX_FILLED_MINUTES = 1_500;

const METRIC_NAMES: readonly MetricName[] = [
  "Count",
  "4XXError",
  "5XXError",
  "Latency",
  "IntegrationLatency",
  "CacheHitCount",
  "CacheMissCount",
];

function isPoint(value: unknown): value is MetricPoint {
  if (typeof value !== "object" || value === null) return false;
  const p = value as Record<string, unknown>;
  return typeof p.Timestamp === "number" && typeof p.Sum === "number" && typeof p.SampleCount === "number";
}

/**
 * The per-metric datapoints of a metrics answer: `{ metrics: { Count: [...], ... } }`, or a list of
 * `{ MetricName, Datapoints }` as CloudWatch's own GetMetricData-like shapes have it.
 */
export function readMetricSeries(answer: unknown): MetricSeries {
  const metrics = (answer as { metrics?: unknown } | null)?.metrics;
  const series: MetricSeries = {};
  const put = (name: unknown, points: unknown) => {
    if (typeof name !== "string" || !METRIC_NAMES.includes(name as MetricName) || !Array.isArray(points))
      return;
    series[name as MetricName] = points.filter(isPoint);
  };
  if (Array.isArray(metrics)) {
    for (const entry of metrics as Array<Record<string, unknown>>)
      put(entry?.MetricName ?? entry?.name, entry?.Datapoints ?? entry?.points);
  } else if (typeof metrics === "object" && metrics !== null) {
    for (const [name, points] of Object.entries(metrics)) put(name, points);
  }
  return series;
}

/**
 * The start of the window's last minute by the sandbox's own clock: the route answers `end`, the exclusive
 * end of its window, which may differ from the browser's clock. Undefined when the answer has none.
 */
export function readLastMinute(answer: unknown): number | undefined {
  const end = (answer as { end?: unknown } | null)?.end;
  return typeof end === "number" && Number.isFinite(end) ? end - MINUTE : undefined;
}

/** The row columns: counts are Sums, latencies Average and Maximum, in milliseconds. */
export const METRIC_COLUMNS = {
  count: ["Count", "Sum"],
  errors4xx: ["4XXError", "Sum"],
  errors5xx: ["5XXError", "Sum"],
  latencyAverage: ["Latency", "Average"],
  latencyMaximum: ["Latency", "Maximum"],
  integrationLatencyAverage: ["IntegrationLatency", "Average"],
  integrationLatencyMaximum: ["IntegrationLatency", "Maximum"],
  cacheHits: ["CacheHitCount", "Sum"],
  cacheMisses: ["CacheMissCount", "Sum"],
} as const satisfies Record<string, readonly [MetricName, keyof MetricPoint]>;

type Column = keyof typeof METRIC_COLUMNS;
const COUNT_METRICS = new Set<MetricName>([
  "Count",
  "4XXError",
  "5XXError",
  "CacheHitCount",
  "CacheMissCount",
]);

function minutesToDraw(series: MetricSeries, window: { minutes: number; nowMs: number }): number[] {
  const stamps = new Set<number>();
  for (const points of Object.values(series)) for (const p of points ?? []) stamps.add(p.Timestamp);
  const end = Math.floor(window.nowMs / MINUTE) * MINUTE;
  let first = end - (window.minutes - 1) * MINUTE;
  let last = end;
  for (const stamp of stamps) {
    first = Math.min(first, stamp);
    last = Math.max(last, stamp);
  }
  if ((last - first) / MINUTE > MAX_FILLED_MINUTES) return [...stamps].sort((a, b) => a - b);
  const minutes: number[] = [];
  for (let t = first; t <= last; t += MINUTE) minutes.push(t);
  return minutes;
}

/**
 * One row per minute of the window ending at `nowMs` (widened to any point outside it, e.g. a sandbox clock
 * ahead of the browser's). Counts with no datapoint are 0 (no request that minute); latencies are null, a gap.
 */
export function toMetricRows(series: MetricSeries, window: { minutes: number; nowMs: number }): ChartRow[] {
  const byMetric = new Map<MetricName, Map<number, MetricPoint>>();
  for (const name of METRIC_NAMES)
    byMetric.set(name, new Map((series[name] ?? []).map((p) => [p.Timestamp, p])));
  return minutesToDraw(series, window).map((x) => {
    const row: ChartRow = { x };
    for (const [column, [metric, statistic]] of Object.entries(METRIC_COLUMNS) as Array<
      [Column, readonly [MetricName, keyof MetricPoint]]
    >) {
      const point = byMetric.get(metric)?.get(x);
      row[column] = point ? point[statistic] : COUNT_METRICS.has(metric) ? 0 : null;
    }
    return row;
  });
}

export interface MetricTotals {
  requests: number;
  errors4xx: number;
  errors5xx: number;
  cacheHits: number;
  cacheMisses: number;
  /** Sample-weighted mean latency over the window, null without requests. */
  latencyAverage: number | null;
  latencyMaximum: number | null;
  hasIntegrationLatency: boolean;
  hasCache: boolean;
}

function sumOf(points: readonly MetricPoint[] | undefined): number {
  return (points ?? []).reduce((sum, p) => sum + p.Sum, 0);
}

export function toMetricTotals(series: MetricSeries): MetricTotals {
  const latency = series.Latency ?? [];
  const samples = latency.reduce((n, p) => n + p.SampleCount, 0);
  const cacheHits = sumOf(series.CacheHitCount);
  const cacheMisses = sumOf(series.CacheMissCount);
  return {
    requests: sumOf(series.Count),
    errors4xx: sumOf(series["4XXError"]),
    errors5xx: sumOf(series["5XXError"]),
    cacheHits,
    cacheMisses,
    latencyAverage: samples > 0 ? sumOf(latency) / samples : null,
    latencyMaximum: latency.length > 0 ? Math.max(...latency.map((p) => p.Maximum)) : null,
    hasIntegrationLatency: (series.IntegrationLatency ?? []).length > 0,
    hasCache: (series.CacheHitCount ?? []).length + (series.CacheMissCount ?? []).length > 0,
  };
}
