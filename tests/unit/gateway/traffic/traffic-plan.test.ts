import { describe, expect, it } from "vitest";
import {
  createTrafficPlanSchema,
  DEFAULT_TRAFFIC_REQUEST_CAP,
  MAX_TRAFFIC_REQUESTS,
  TrafficPlanSchema,
} from "@/lib/gateway/traffic";

const valid = {
  method: "get",
  path: "/pets?type=dog",
  stageName: "dev",
  restApiId: "a1b2c3d4e5",
  requests: 500,
  pattern: { kind: "constant", ratePerSecond: 50 },
};

function fieldErrors(input: unknown, schema = TrafficPlanSchema): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("TrafficPlanSchema", () => {
  it("accepts a plan with a query string and upper-cases the method", () => {
    const plan = TrafficPlanSchema.parse(valid);
    expect(plan.method).toBe("GET");
    expect(plan.path).toBe("/pets?type=dog");
  });

  it("caps requests at 20,000 by default and at the app's own cap when it gives one", () => {
    expect(DEFAULT_TRAFFIC_REQUEST_CAP).toBe(20_000);
    expect(fieldErrors({ ...valid, requests: 20_001 })).toEqual({ requests: "must be at most 20000" });
    const raised = createTrafficPlanSchema({ maxRequests: 50_000 });
    expect(raised.parse({ ...valid, requests: 50_000 }).requests).toBe(50_000);
    const beyond = createTrafficPlanSchema({ maxRequests: 1_000_000 });
    expect(fieldErrors({ ...valid, requests: MAX_TRAFFIC_REQUESTS + 1 }, beyond)).toEqual({
      requests: "must be at most 100000",
    });
    expect(fieldErrors({ ...valid, requests: 0 })).toEqual({ requests: "must be at least 1" });
  });

  it("reports each bad field at its path", () => {
    expect(
      fieldErrors({
        ...valid,
        method: "FETCH",
        path: "pets",
        stageName: "dev stage",
        pattern: { kind: "constant", ratePerSecond: 0 },
        credentials: [{ weight: 0, headers: { "x-api-key": "k" } }],
      }),
    ).toEqual({
      method: "must be one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS",
      path: "must start with / (e.g. /pets?type=dog) and contain no spaces or #",
      stageName: "must be a stage name such as dev",
      "pattern.ratePerSecond": "must be at least 0.01 requests per second",
      "credentials.0.weight": "must be more than 0",
    });
  });

  it("checks each pattern's own fields", () => {
    expect(fieldErrors({ ...valid, pattern: { kind: "burst", burstSize: 2.5, everySeconds: 0 } })).toEqual({
      "pattern.burstSize": "must be a whole number of requests",
      "pattern.everySeconds": "must be more than 0 seconds",
    });
    expect(
      fieldErrors({ ...valid, pattern: { kind: "ramp", fromRatePerSecond: 0, toRatePerSecond: 0 } }),
    ).toEqual({
      "pattern.toRatePerSecond": "the average of the two rates must be at least 0.01 requests per second",
    });
    expect(
      TrafficPlanSchema.parse({
        ...valid,
        pattern: { kind: "ramp", fromRatePerSecond: 0, toRatePerSecond: 5 },
      }).pattern,
    ).toEqual({ kind: "ramp", fromRatePerSecond: 0, toRatePerSecond: 5 });
  });

  it("refuses header names that are not HTTP tokens and values with line breaks", () => {
    expect(fieldErrors({ ...valid, headers: { "bad name": "x", ok: "a\r\nInjected: 1" } })).toEqual({
      "headers.bad name": "must be an HTTP header name (letters, digits and !#$%&'*+.^_`|~-)",
      "headers.ok": "must not contain line breaks",
    });
  });
});
