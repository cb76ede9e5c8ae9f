import { describe, expect, it } from "vitest";
import {
  toMethodThrottleKey,
  toMethodThrottlePatch,
  toRemoveMethodThrottlePatch,
  toUsagePlanPatch,
} from "@/app/_components/workbench/keys/usage-plan-patch";
import { toLimits, toLimitsDraft, EMPTY_LIMITS } from "@/app/_components/workbench/keys/usage-plan-draft";
import type { UsagePlan } from "@/lib/gateway/control/types";

const plan: UsagePlan = {
  id: "p1",
  name: "gold",
  apiStages: [],
  throttle: { rateLimit: 10, burstLimit: 20 },
  quota: { limit: 1000, offset: 0, period: "DAY" },
};

describe("toUsagePlanPatch", () => {
  it("sends no operation when nothing changed", () => {
    const same = {
      throttle: { rateLimit: 10, burstLimit: 20 },
      quota: { limit: 1000, offset: 0, period: "DAY" as const },
    };
    expect(toUsagePlanPatch(plan, { name: "gold", description: "", ...same })).toEqual([]);
  });

  it("replaces only the fields that changed, with string values", () => {
    expect(
      toUsagePlanPatch(plan, {
        name: "platinum",
        description: "for partners",
        throttle: { rateLimit: 2.5, burstLimit: 20 },
        quota: { limit: 1000, offset: 0, period: "WEEK" },
      }),
    ).toEqual([
      { op: "replace", path: "/name", value: "platinum" },
      { op: "replace", path: "/description", value: "for partners" },
      { op: "replace", path: "/throttle/rateLimit", value: "2.5" },
      { op: "replace", path: "/quota/period", value: "WEEK" },
    ]);
  });

  it("removes the throttle and the quota when they are switched off", () => {
    expect(toUsagePlanPatch(plan, { name: "gold", description: "" })).toEqual([
      { op: "remove", path: "/throttle" },
      { op: "remove", path: "/quota" },
    ]);
  });

  it("sets every quota field when a plan without a quota gets one", () => {
    const bare: UsagePlan = { id: "p2", name: "free", apiStages: [] };
    expect(
      toUsagePlanPatch(bare, {
        name: "free",
        description: "",
        quota: { limit: 5, offset: 1, period: "MONTH" },
      }),
    ).toEqual([
      { op: "replace", path: "/quota/limit", value: "5" },
      { op: "replace", path: "/quota/offset", value: "1" },
      { op: "replace", path: "/quota/period", value: "MONTH" },
    ]);
  });
});

describe("method throttles", () => {
  it("keys a method by its resource path then method, the root as //GET", () => {
    expect(toMethodThrottleKey("/pets", "get")).toBe("/pets/GET");
    expect(toMethodThrottleKey("pets/{id}/", "DELETE")).toBe("/pets/{id}/DELETE");
    expect(toMethodThrottleKey("/", "GET")).toBe("//GET");
  });

  it("writes the method key unescaped after /throttle/", () => {
    expect(toMethodThrottlePatch("a1", "dev", "/pets/GET", { rateLimit: 1, burstLimit: 2 })).toEqual([
      { op: "replace", path: "/apiStages/a1:dev/throttle//pets/GET/rateLimit", value: "1" },
      { op: "replace", path: "/apiStages/a1:dev/throttle//pets/GET/burstLimit", value: "2" },
    ]);
    expect(toRemoveMethodThrottlePatch("a1", "dev", "//GET")).toEqual({
      op: "remove",
      path: "/apiStages/a1:dev/throttle///GET",
    });
  });
});

describe("usage plan limits as form text", () => {
  it("round-trips a plan's throttle and quota", () => {
    expect(toLimits(toLimitsDraft(plan))).toEqual({ throttle: plan.throttle, quota: plan.quota });
  });

  it("refuses a fractional burst and an offset that is not below the limit", () => {
    expect(() => toLimits({ ...EMPTY_LIMITS, burstLimit: "1.5" })).toThrow(/Burst/);
    expect(() => toLimits({ ...EMPTY_LIMITS, quotaOn: true, limit: "10", offset: "10" })).toThrow(/offset/);
  });

  it("leaves out what is switched off", () => {
    expect(toLimits({ ...EMPTY_LIMITS, throttleOn: false, quotaOn: false })).toEqual({});
  });
});
