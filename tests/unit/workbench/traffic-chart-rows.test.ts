import { describe, expect, it } from "vitest";
import {
  cacheHitRatio,
  isTrafficReport,
  toCacheRows,
  toLatencyRows,
  toStatusRows,
  toTrafficSummary,
} from "@/app/_components/workbench/traffic/traffic-chart-rows";
import type { TrafficBucket, TrafficReport } from "@/lib/gateway/traffic";

function bucket(startMs: number, patch: Partial<TrafficBucket> = {}): TrafficBucket {
  return {
    startMs,
    count: 0,
    byStatusClass: { "2xx": 0, "3xx": 0, "4xx": 0, "5xx": 0 },
    byStatus: {},
    throttled: 0,
    cacheHits: 0,
    cacheMisses: 0,
    p50: null,
    p90: null,
    p99: null,
    ...patch,
  };
}

const report: TrafficReport = {
  totals: {
    requests: 10,
    byStatus: { "200": 6, "403": 1, "429": 2, "502": 1 },
    throttled: 2,
    quotaExceeded: 0,
    cacheHits: 3,
    cacheMisses: 1,
    errors4xx: 3,
    errors5xx: 1,
  },
  latency: { p50: 5, p90: 20, p99: 30, max: 31, mean: 9 },
  buckets: [
    bucket(0, {
      count: 7,
      byStatusClass: { "2xx": 4, "3xx": 0, "4xx": 3, "5xx": 0 },
      throttled: 2,
      cacheHits: 3,
      cacheMisses: 1,
      p50: 5,
      p90: 20,
      p99: 30,
    }),
    bucket(500),
    bucket(1000, {
      count: 3,
      byStatusClass: { "2xx": 2, "3xx": 0, "4xx": 0, "5xx": 1 },
      p50: 8,
      p90: 9,
      p99: 9,
    }),
  ],
  bucketMs: 500,
  startedAtEpochMs: 0,
  durationSimulatedMs: 2000,
  wallMs: 12.5,
  samples: [],
};

describe("toStatusRows", () => {
  it("takes throttled requests out of 4xx so that the stack adds up to the bucket's count", () => {
    const rows = toStatusRows(report);
    expect(rows[0]).toEqual({ x: 0, "2xx": 4, "3xx": 0, "4xx": 1, throttled: 2, "5xx": 0 });
    expect(rows.map((r) => r["2xx"]! + r["3xx"]! + r["4xx"]! + r.throttled! + r["5xx"]!)).toEqual([7, 0, 3]);
  });

  it("never shows a negative 4xx when a customised THROTTLED response is not a 4xx", () => {
    const odd = {
      ...report,
      buckets: [bucket(0, { throttled: 2, byStatusClass: { "2xx": 0, "3xx": 0, "4xx": 0, "5xx": 2 } })],
    };
    expect(toStatusRows(odd)[0]?.["4xx"]).toBe(0);
  });
});

describe("toLatencyRows and toCacheRows", () => {
  it("keep empty buckets as gaps (null), not as zero latency or zero hit ratio", () => {
    expect(toLatencyRows(report)[1]).toEqual({ x: 500, p50: null, p90: null, p99: null });
    const cache = toCacheRows(report);
    expect(cache[0]).toEqual({ x: 0, hitRatio: 75, cacheHits: 3, cacheMisses: 1 });
    expect(cache[1]?.hitRatio).toBeNull();
  });
});

describe("cacheHitRatio", () => {
  it("is hits over lookups in percent, null without lookups", () => {
    expect(cacheHitRatio(1, 3)).toBe(25);
    expect(cacheHitRatio(0, 0)).toBeNull();
  });
});

describe("toTrafficSummary", () => {
  it("counts status classes from the status codes and works out the average simulated rate", () => {
    const summary = toTrafficSummary(report);
    expect(summary).toMatchObject({
      requests: 10,
      status2xx: 6,
      status4xx: 3,
      status5xx: 1,
      throttled: 2,
      cacheHitRatio: 75,
      p99: 30,
      wallMs: 12.5,
      averageRatePerSecond: 5,
    });
  });

  it("has no average rate for a run that took no simulated time", () => {
    expect(toTrafficSummary({ ...report, durationSimulatedMs: 0 }).averageRatePerSecond).toBeNull();
  });
});

describe("isTrafficReport", () => {
  it("accepts a report and refuses anything else", () => {
    expect(isTrafficReport(report)).toBe(true);
    expect(isTrafficReport({ totals: {} })).toBe(false);
    expect(isTrafficReport(null)).toBe(false);
  });
});
