import { describe, expect, it } from "vitest";
import { ThrottleRegistry } from "@/lib/gateway/throttling";
import golden from "./account-throttling.golden.json";

interface GoldenCase {
  id: string;
  bursts?: [number, number][];
  evenly?: { fromMs: number; toMs: number; perMs: number };
  expectThrottled: number;
}

const request = { apiId: "api", stageName: "dev", resourcePath: "/pets", httpMethod: "GET" };

function arrivals(testCase: GoldenCase): number[] {
  const times: number[] = [];
  for (const [atMs, count] of testCase.bursts ?? []) for (let i = 0; i < count; i++) times.push(atMs);
  const even = testCase.evenly;
  if (even)
    for (let ms = even.fromMs; ms <= even.toMs; ms++) for (let i = 0; i < even.perMs; i++) times.push(ms);
  return times.sort((a, b) => a - b);
}

describe("account-level throttling (10,000 rps, 5,000 burst), AWS's worked examples", () => {
  it.each(golden.cases as GoldenCase[])("$id throttles as many requests as AWS documents", (testCase) => {
    const start = Date.UTC(2026, 0, 1);
    const registry = new ThrottleRegistry(start);
    const decisions = arrivals(testCase).map((ms) => registry.throttleRequest(request, start + ms));
    const throttled = decisions.filter((decision) => !decision.allowed);
    expect(throttled.length).toBe(testCase.expectThrottled);
    for (const decision of throttled)
      expect(decision).toMatchObject({ error: "THROTTLED", limit: { scope: "ACCOUNT" } });
  });
});
