import { describe, expect, it } from "vitest";
import {
  readLastMinute,
  readMetricSeries,
  toMetricRows,
  toMetricTotals,
} from "@/app/_components/workbench/monitor/metric-rows";
import { toMetricsRequest } from "@/app/_components/workbench/monitor/metrics-request";
import type { MetricPoint } from "@/lib/gateway/metrics/metric-store";

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 0, 1, 12, 0, 0);
const point = (minute: number, values: number[]): MetricPoint => ({
  Timestamp: T0 + minute * MINUTE,
  SampleCount: values.length,
  Sum: values.reduce((a, b) => a + b, 0),
  Minimum: Math.min(...values),
  Maximum: Math.max(...values),
  Average: values.reduce((a, b) => a + b, 0) / values.length,
});

const answer = {
  metrics: {
    Count: [point(1, [1, 1, 1]), point(3, [1])],
    "4XXError": [point(1, [0, 1, 0]), point(3, [0])],
    "5XXError": [point(1, [0, 0, 0]), point(3, [1])],
    Latency: [point(1, [10, 20, 30]), point(3, [100])],
    IntegrationLatency: [point(1, [8])],
    Unknown: [point(1, [1])],
  },
};

describe("readMetricSeries", () => {
  it("reads the per-metric datapoints and drops unknown metrics and malformed points", () => {
    const series = readMetricSeries({
      metrics: { ...answer.metrics, Count: [point(1, [1]), { Timestamp: "x" }] },
    });
    expect(Object.keys(series).sort()).toEqual([
      "4XXError",
      "5XXError",
      "Count",
      "IntegrationLatency",
      "Latency",
    ]);
    expect(series.Count).toHaveLength(1);
  });

  it("also reads a list of { MetricName, Datapoints }", () => {
    const series = readMetricSeries({ metrics: [{ MetricName: "Count", Datapoints: [point(0, [1])] }] });
    expect(series.Count?.[0]?.Sum).toBe(1);
    expect(readMetricSeries(null)).toEqual({});
  });
});

describe("toMetricRows", () => {
  it("fills every minute of the window: counts with 0, latencies with gaps", () => {
    const rows = toMetricRows(readMetricSeries(answer), { minutes: 5, nowMs: T0 + 4 * MINUTE + 30_000 });
    expect(rows.map((r) => (r.x - T0) / MINUTE)).toEqual([0, 1, 2, 3, 4]);
    expect(rows.map((r) => r.count)).toEqual([0, 3, 0, 1, 0]);
    expect(rows.map((r) => r.errors4xx)).toEqual([0, 1, 0, 0, 0]);
    expect(rows.map((r) => r.latencyAverage)).toEqual([null, 20, null, 100, null]);
    expect(rows[1]?.latencyMaximum).toBe(30);
    expect(rows[1]?.integrationLatencyAverage).toBe(8);
    expect(rows[0]?.cacheHits).toBe(0);
  });

  it("widens the window to points outside it, such as a sandbox clock ahead of the browser", () => {
    const rows = toMetricRows(readMetricSeries(answer), { minutes: 2, nowMs: T0 });
    expect(rows.map((r) => (r.x - T0) / MINUTE)).toEqual([-1, 0, 1, 2, 3]);
  });

  it("draws points one by one when they lie too far apart to fill", () => {
    const far = { metrics: { Count: [point(0, [1]), point(5000, [1])] } };
    expect(toMetricRows(readMetricSeries(far), { minutes: 15, nowMs: T0 })).toHaveLength(2);
  });
});

describe("readLastMinute", () => {
  it("is the start of the last minute of the route's window, by the sandbox's clock", () => {
    expect(readLastMinute({ start: T0, end: T0 + 15 * MINUTE, metrics: {} })).toBe(T0 + 14 * MINUTE);
    expect(readLastMinute({ metrics: {} })).toBeUndefined();
  });

  it("makes the rows cover exactly the route's window", () => {
    const end = T0 + 5 * MINUTE;
    const rows = toMetricRows(readMetricSeries(answer), { minutes: 5, nowMs: readLastMinute({ end })! });
    expect(rows.map((r) => (r.x - T0) / MINUTE)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe("toMetricTotals", () => {
  it("sums counts and weights the average latency by samples", () => {
    const totals = toMetricTotals(readMetricSeries(answer));
    expect(totals).toMatchObject({
      requests: 4,
      errors4xx: 1,
      errors5xx: 1,
      latencyAverage: 40,
      latencyMaximum: 100,
      hasIntegrationLatency: true,
      hasCache: false,
    });
    expect(toMetricTotals({}).latencyAverage).toBeNull();
  });
});

describe("toMetricsRequest", () => {
  it("asks at API, stage or method level, method and resource only with a stage", () => {
    expect(toMetricsRequest({ restApiId: "a1", stage: "", methodKey: "GET /pets", minutes: 15 })).toEqual({
      restApiId: "a1",
      minutes: "15",
    });
    expect(
      toMetricsRequest({ restApiId: "a1", stage: "dev", methodKey: "GET /pets/{id}", minutes: 60 }),
    ).toEqual({
      restApiId: "a1",
      stage: "dev",
      method: "GET",
      resource: "/pets/{id}",
      minutes: "60",
    });
  });
});
