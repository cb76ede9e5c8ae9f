import { describe, expect, it } from "vitest";
import type { InvocationResult } from "@/lib/gateway/create-rest-data-plane";
import {
  chooseBucketMs,
  createProgressReporter,
  nearestRankPercentile,
  summarizeLatencies,
  toTrafficSample,
  TrafficRecorder,
} from "@/lib/gateway/traffic";

function result(
  statusCode: number,
  latencyMs: number,
  extra: Partial<InvocationResult> = {},
): InvocationResult {
  return { response: { statusCode, headers: [], body: "" }, trace: [], requestId: "r", latencyMs, ...extra };
}

describe("nearest-rank percentiles", () => {
  it("takes the value of rank ceil(P·n/100) of ten sorted latencies", () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 100];
    // p50: rank 5 -> 5; p90: rank 9 -> 9; p99: rank ceil(9.9) = 10 -> 100.
    expect(summarizeLatencies(sorted)).toEqual({ p50: 5, p90: 9, p99: 100, max: 100, mean: 14.5 });
  });

  it("answers the only value for one sample and the lowest rank that covers P for uneven counts", () => {
    expect(summarizeLatencies([42])).toEqual({ p50: 42, p90: 42, p99: 42, max: 42, mean: 42 });
    // n = 7: p50 rank ceil(3.5) = 4, p90 rank ceil(6.3) = 7.
    const seven = [10, 20, 30, 40, 50, 60, 70];
    expect(nearestRankPercentile(seven, 50)).toBe(40);
    expect(nearestRankPercentile(seven, 90)).toBe(70);
    // n = 200: p99 rank 198, p90 rank 180 (exact products, no float rounding up).
    const ranks = Array.from({ length: 200 }, (_, i) => i + 1);
    expect(nearestRankPercentile(ranks, 99)).toBe(198);
    expect(nearestRankPercentile(ranks, 90)).toBe(180);
    expect(nearestRankPercentile([], 50)).toBeNaN();
  });
});

describe("chooseBucketMs", () => {
  it("picks the smallest 1-2-5 width giving at most 60 buckets", () => {
    expect(chooseBucketMs(9_980)).toBe(200); // 50 buckets for 50 r/s over 10 s
    expect(chooseBucketMs(59_900)).toBe(1_000); // 60 buckets for 10 r/s over 60 s
    expect(chooseBucketMs(60_000)).toBe(2_000); // 60,000/1,000 + 1 would be 61
    expect(chooseBucketMs(0)).toBe(1);
  });

  it("keeps an asked width unless it would make more than 1,000 buckets", () => {
    expect(chooseBucketMs(59_900, 0.5)).toBe(500);
    expect(chooseBucketMs(3_600_000, 0.001)).toBe(5_000);
  });
});

describe("TrafficRecorder", () => {
  it("counts statuses, throttling, cache hits and misses per bucket, with each bucket's percentiles", () => {
    const recorder = new TrafficRecorder(6, 1000, 2500);
    recorder.record(0, 0, result(200, 10, { cacheHit: false }));
    recorder.record(1, 400, result(200, 0, { cacheHit: true }));
    recorder.record(2, 900, result(429, 0, { errorType: "THROTTLED" }));
    recorder.record(3, 2100, result(429, 0, { errorType: "QUOTA_EXCEEDED" }));
    recorder.record(4, 2200, result(502, 30));
    recorder.record(5, 2500, result(429, 5));
    const report = recorder.toReport({ startedAtEpochMs: 7, wallMs: 3 });
    expect(report.totals).toEqual({
      requests: 6,
      byStatus: { "200": 2, "429": 3, "502": 1 },
      throttled: 2,
      quotaExceeded: 1,
      cacheHits: 1,
      cacheMisses: 1,
      errors4xx: 3,
      errors5xx: 1,
    });
    expect(report.latency).toEqual({ p50: 0, p90: 30, p99: 30, max: 30, mean: 45 / 6 });
    expect(report.buckets.map((b) => [b.startMs, b.count, b.throttled, b.p50, b.p90])).toEqual([
      [0, 3, 1, 0, 10],
      [1000, 0, 0, null, null],
      [2000, 3, 1, 5, 30],
    ]);
    expect(report.buckets[2]!.byStatusClass).toEqual({ "2xx": 0, "3xx": 0, "4xx": 2, "5xx": 1 });
    expect(report.durationSimulatedMs).toBe(2505);
    expect(report.samples.map((s) => s.statusCode)).toEqual([200, 200, 429, 429, 502, 429]);
  });
});

describe("toTrafficSample", () => {
  it("cuts a text body to 1,024 UTF-8 bytes without splitting a character", () => {
    const body = "a" + "é".repeat(600); // 1 + 1,200 bytes
    const sample = toTrafficSample(0, 0, {
      ...result(200, 0),
      response: { statusCode: 200, headers: [["A", "b"]], body },
    });
    expect(sample.body).toBe("a" + "é".repeat(511)); // 1 + 1,022 bytes; the next é would straddle 1,024
    expect(sample.bodyTruncated).toBe(true);
    expect(sample.bodyEncoding).toBe("text");
  });

  it("shows a byte body as base64 of its first 1,024 bytes", () => {
    const bytes = new Uint8Array(2000).fill(255);
    const sample = toTrafficSample(3, 12, {
      ...result(200, 0),
      response: { statusCode: 200, headers: [], body: bytes },
    });
    expect(sample.bodyEncoding).toBe("base64");
    expect(sample.body).toBe("/".repeat(1364) + "/w==");
    expect(sample.bodyTruncated).toBe(true);
  });
});

describe("createProgressReporter", () => {
  it("reports at most 50 times, the last at the total", () => {
    const calls: number[] = [];
    const report = createProgressReporter(10_001, (done) => {
      calls.push(done);
    });
    for (let done = 1; done <= 10_001; done++) report(done);
    expect(calls.length).toBe(50);
    expect(calls[0]).toBe(201);
    expect(calls[calls.length - 1]).toBe(10_001);
  });

  it("reports every request when there are fewer than 50", () => {
    const calls: number[] = [];
    const report = createProgressReporter(3, (done) => {
      calls.push(done);
    });
    for (let done = 1; done <= 3; done++) report(done);
    expect(calls).toEqual([1, 2, 3]);
  });
});
