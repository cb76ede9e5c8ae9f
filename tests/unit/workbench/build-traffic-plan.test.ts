import { describe, expect, it } from "vitest";
import {
  buildTrafficPlan,
  initialTrafficForm,
  type TrafficFormState,
} from "@/app/_components/workbench/traffic/build-traffic-plan";
import { TrafficPlanSchema } from "@/lib/gateway/traffic";

const form = (patch: Partial<TrafficFormState>): TrafficFormState => ({
  ...initialTrafficForm,
  stageName: "dev",
  ...patch,
});

describe("buildTrafficPlan", () => {
  it("builds a constant-rate plan the generator's schema accepts", () => {
    const built = buildTrafficPlan(
      "a1b2c3",
      form({ path: "/pets", query: "?type=dog", headers: '{"accept":"application/json"}' }),
    );
    expect(built.plan).toEqual({
      restApiId: "a1b2c3",
      stageName: "dev",
      method: "GET",
      path: "/pets?type=dog",
      headers: { accept: "application/json" },
      requests: 1000,
      pattern: { kind: "constant", ratePerSecond: 100 },
    });
    expect(TrafficPlanSchema.safeParse(built.plan).success).toBe(true);
  });

  it("builds burst and ramp patterns and a weighted credentials mix", () => {
    const burst = buildTrafficPlan(
      "a1",
      form({
        pattern: "burst",
        burstSize: "50",
        everySeconds: "2",
        credentials: [
          { id: "1", weight: "3", header: "x-api-key", value: " key-one " },
          { id: "2", weight: "1", header: "Authorization", value: "Bearer t" },
        ],
      }),
    );
    expect(burst.plan?.pattern).toEqual({ kind: "burst", burstSize: 50, everySeconds: 2 });
    expect(burst.plan?.credentials).toEqual([
      { weight: 3, headers: { "x-api-key": "key-one" } },
      { weight: 1, headers: { Authorization: "Bearer t" } },
    ]);
    expect(TrafficPlanSchema.safeParse(burst.plan).success).toBe(true);
    const ramp = buildTrafficPlan(
      "a1",
      form({ pattern: "ramp", fromRatePerSecond: "0", toRatePerSecond: "500" }),
    );
    expect(ramp.plan?.pattern).toEqual({ kind: "ramp", fromRatePerSecond: 0, toRatePerSecond: 500 });
  });

  it("sends the body only when there is one", () => {
    expect(buildTrafficPlan("a1", form({ method: "POST", body: '{"a":1}' })).plan?.body).toBe('{"a":1}');
    expect(buildTrafficPlan("a1", form({})).plan).not.toHaveProperty("body");
  });

  it("names each field to fix", () => {
    const built = buildTrafficPlan(
      "a1",
      form({
        stageName: "",
        path: "pets",
        headers: "[1]",
        requests: "20001",
        ratePerSecond: "0",
        credentials: [{ id: "x", weight: "0", header: "x-api-key", value: "" }],
      }),
    );
    expect(Object.keys(built.errors ?? {}).sort()).toEqual(
      [
        "credential-x-value",
        "credential-x-weight",
        "headers",
        "path",
        "ratePerSecond",
        "requests",
        "stageName",
      ].sort(),
    );
  });

  it("refuses a fractional burst, non-string header values and a ramp from 0 to 0", () => {
    expect(
      buildTrafficPlan("a1", form({ pattern: "burst", burstSize: "2.5" })).errors?.burstSize,
    ).toBeDefined();
    expect(buildTrafficPlan("a1", form({ headers: '{"x": 1}' })).errors?.headers).toContain('"x"');
    const ramp = buildTrafficPlan(
      "a1",
      form({ pattern: "ramp", fromRatePerSecond: "0", toRatePerSecond: "0" }),
    );
    expect(ramp.errors?.toRatePerSecond).toBeDefined();
  });
});
