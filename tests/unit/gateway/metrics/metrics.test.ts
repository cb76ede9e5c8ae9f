import { describe, expect, it } from "vitest";
import { CLF_ACCESS_LOG_FORMAT, renderAccessLogLine } from "@/lib/gateway/metrics/access-log";
import { LogStore, executionLogGroup, truncateLogMessage } from "@/lib/gateway/metrics/log-store";
import { MetricStore } from "@/lib/gateway/metrics/metric-store";

const T0 = Date.UTC(2026, 0, 1, 12, 0, 0);
const dims = { ApiName: "pets", Stage: "dev", Method: "GET", Resource: "/pets" };

describe("MetricStore", () => {
  it("counts requests, 4XX and 5XX per one-minute bucket at every dimension level", () => {
    const store = new MetricStore();
    store.record(T0 + 1_000, dims, { status: 200, latencyMs: 10, integrationLatencyMs: 8 });
    store.record(T0 + 2_000, dims, { status: 404, latencyMs: 2 });
    store.record(T0 + 61_000, dims, { status: 502, latencyMs: 30, integrationLatencyMs: 29 });
    const count = store.getStatistics("Count", dims, T0, T0 + 120_000);
    expect(count.map((p) => [p.Timestamp - T0, p.Sum])).toEqual([
      [0, 2],
      [60_000, 1],
    ]);
    expect(store.getStatistics("4XXError", { ApiName: "pets" }, T0, T0 + 120_000).map((p) => p.Sum)).toEqual([
      1, 0,
    ]);
    expect(
      store.getStatistics("5XXError", { ApiName: "pets", Stage: "dev" }, T0, T0 + 120_000).map((p) => p.Sum),
    ).toEqual([0, 1]);
    const latency = store.getStatistics("Latency", dims, T0, T0 + 60_000)[0];
    expect(latency).toMatchObject({ SampleCount: 2, Sum: 12, Minimum: 2, Maximum: 10, Average: 6 });
    expect(
      store.getStatistics("IntegrationLatency", dims, T0, T0 + 120_000).map((p) => p.SampleCount),
    ).toEqual([1, 1]);
  });

  it("counts cache hits and misses only for requests on a cached method", () => {
    const store = new MetricStore();
    store.record(T0, dims, { status: 200, latencyMs: 1, cacheHit: true });
    store.record(T0, dims, { status: 200, latencyMs: 1, cacheHit: false });
    store.record(T0, dims, { status: 200, latencyMs: 1 });
    expect(store.getStatistics("CacheHitCount", dims, T0, T0 + 60_000)[0]?.Sum).toBe(1);
    expect(store.getStatistics("CacheMissCount", dims, T0, T0 + 60_000)[0]).toMatchObject({
      Sum: 1,
      SampleCount: 2,
    });
  });

  it("aggregates minutes into longer periods and forgets buckets past retention", () => {
    const store = new MetricStore(5);
    for (let m = 0; m < 10; m++) store.record(T0 + m * 60_000, dims, { status: 200, latencyMs: 1 });
    const five = store.getStatistics("Count", dims, T0, T0 + 600_000, 5);
    // Retention 5: after minute 9, minutes 4..9 remain; periods [0,5) and [5,10) hold 1 and 5 of them.
    expect(five.map((p) => p.Sum)).toEqual([1, 5]);
    expect(five.map((p) => p.Timestamp - T0)).toEqual([0, 300_000]);
  });
});

describe("access logs", () => {
  it("renders the CLF preset with '-' for variables that have no value", () => {
    const line = renderAccessLogLine(CLF_ACCESS_LOG_FORMAT, {
      identity: { sourceIp: "203.0.113.7", caller: null },
      requestTime: "01/Jan/2026:12:00:00 +0000",
      httpMethod: "GET",
      resourcePath: "/pets",
      protocol: "HTTP/1.1",
      status: 200,
      responseLength: 17,
      requestId: "abc",
    });
    expect(line).toBe('203.0.113.7 - - [01/Jan/2026:12:00:00 +0000] "GET /pets HTTP/1.1" 200 17 abc');
  });

  it("renders JSON formats", () => {
    const line = renderAccessLogLine('{ "requestId":"$context.requestId", "status":"$context.status" }', {
      requestId: "r1",
      status: 429,
    });
    expect(JSON.parse(line)).toEqual({ requestId: "r1", status: "429" });
  });
});

describe("log store", () => {
  it("keeps the newest events per group and filters them", () => {
    const logs = new LogStore(3);
    const group = executionLogGroup("abc", "dev");
    for (let i = 0; i < 5; i++) logs.put(group, T0 + i, `line ${i}`);
    expect(logs.get(group).map((e) => e.message)).toEqual(["line 2", "line 3", "line 4"]);
    expect(logs.get(group, { filter: "3" }).map((e) => e.message)).toEqual(["line 3"]);
    expect(logs.groupNames()).toEqual(["API-Gateway-Execution-Logs_abc/dev"]);
  });

  it("cuts execution log events at 1,024 bytes", () => {
    const cut = truncateLogMessage("x".repeat(2000));
    expect(cut.endsWith(" [TRUNCATED]")).toBe(true);
    expect(cut.length).toBe(1024 + " [TRUNCATED]".length);
    expect(truncateLogMessage("short")).toBe("short");
  });
});
