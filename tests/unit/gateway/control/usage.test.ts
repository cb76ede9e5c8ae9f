import { describe, expect, it } from "vitest";
import { expectAwsError } from "./fixture";
import { createPlanSandbox } from "./usage-plan-fixture";

const DAY = 86_400_000;

/** A plan with a quota on `dev`, holding one enabled key; the clock at 2026-01-01 (a Thursday). */
function setup(quota: { limit: number; offset?: number; period: "DAY" | "WEEK" | "MONTH" }) {
  const sandbox = createPlanSandbox();
  const { cp, restApiId } = sandbox;
  const plan = cp.createUsagePlan({ name: "p", apiStages: [{ apiId: restApiId, stage: "dev" }], quota });
  const key = cp.createApiKey({ name: "k", enabled: true });
  cp.createUsagePlanKey({ usagePlanId: plan.id, keyId: key.id, keyType: "API_KEY" });
  const record = (count: number) => cp.recordQuotaUsage({ usagePlanId: plan.id, keyId: key.id, count });
  return { ...sandbox, plan, key, usagePlanId: plan.id, keyId: key.id, record };
}

describe("GetUsage", () => {
  it("answers one [used, remaining] entry per UTC day, keyed by API key id, days after today left out", () => {
    const { cp, clock, usagePlanId, keyId, record } = setup({ limit: 10, period: "DAY" });
    record(3);
    clock.advance(DAY);
    record(2);
    expect(cp.getUsage({ usagePlanId, startDate: "2026-01-01", endDate: "2026-01-03" })).toEqual({
      usagePlanId,
      startDate: "2026-01-01",
      endDate: "2026-01-03",
      items: {
        [keyId]: [
          [3, 7],
          [2, 8],
        ],
      },
    });
  });

  it("counts a WEEK quota across days from Monday, with the offset taken off the initial week only", () => {
    const { cp, clock, usagePlanId, keyId, record } = setup({ limit: 10, offset: 2, period: "WEEK" });
    record(3);
    clock.advance(DAY);
    record(1);
    clock.advance(3 * DAY);
    record(1);
    const usage = cp.getUsage({ usagePlanId, keyId, startDate: "2026-01-01", endDate: "2026-01-05" });
    expect(usage.items).toEqual({
      [keyId]: [
        [3, 5],
        [1, 4],
        [0, 4],
        [0, 4],
        [1, 9],
      ],
    });
  });

  it("lists every key of the plan, pages over keys, and filters by keyId", () => {
    const { cp, usagePlanId, keyId } = setup({ limit: 5, period: "DAY" });
    const other = cp.createApiKey({ name: "other" });
    cp.createUsagePlanKey({ usagePlanId, keyId: other.id, keyType: "API_KEY" });
    const all = cp.getUsage({ usagePlanId, startDate: "2026-01-01", endDate: "2026-01-01" });
    expect(all.items).toEqual({ [keyId]: [[0, 5]], [other.id]: [[0, 5]] });
    const page = cp.getUsage({ usagePlanId, startDate: "2026-01-01", endDate: "2026-01-01", limit: 1 });
    expect({ keys: Object.keys(page.items), position: page.position }).toEqual({
      keys: [keyId],
      position: "1",
    });
    const one = cp.getUsage({ usagePlanId, keyId: other.id, startDate: "2026-01-01", endDate: "2026-01-01" });
    expect(Object.keys(one.items)).toEqual([other.id]);
  });

  it("refuses malformed or reversed dates and an unknown plan", () => {
    const { cp, usagePlanId } = setup({ limit: 5, period: "DAY" });
    expectAwsError(
      () => cp.getUsage({ usagePlanId, startDate: "2026-02-30", endDate: "2026-03-01" }),
      "BadRequestException",
      "Invalid start date specified: 2026-02-30. Dates must be yyyy-MM-dd",
    );
    expectAwsError(
      () => cp.getUsage({ usagePlanId, startDate: "2026-01-02", endDate: "2026-01-01" }),
      "BadRequestException",
      "The end date must not be before the start date",
    );
    expectAwsError(
      () => cp.getUsage({ usagePlanId: "nope", startDate: "2026-01-01", endDate: "2026-01-01" }),
      "NotFoundException",
      "Invalid Usage Plan ID specified",
    );
  });
});

describe("UpdateUsage", () => {
  it("sets what is left of the current period, answers today's usage and tells the data plane", () => {
    const { cp, events, usagePlanId, keyId, record, plan } = setup({ limit: 10, period: "DAY" });
    record(4);
    const usage = cp.updateUsage({
      usagePlanId,
      keyId,
      patchOperations: [{ op: "replace", path: `/keyId/${keyId}/remaining`, value: "25" }],
    });
    expect(usage).toEqual({
      usagePlanId,
      startDate: "2026-01-01",
      endDate: "2026-01-01",
      items: { [keyId]: [[4, 25]] },
    });
    expect(events.at(-1)).toEqual({
      type: "UsageUpdated",
      entry: {
        usagePlanId,
        keyId,
        quota: plan.quota,
        planStartMs: Date.UTC(2026, 0, 1),
        used: 4,
        remaining: 25,
      },
    });
    record(1);
    const later = cp.updateUsage({
      usagePlanId,
      keyId,
      patchOperations: [{ op: "replace", path: "/remaining", value: "3" }],
    });
    expect(later.items).toEqual({ [keyId]: [[5, 3]] });
  });

  it("refuses another path or op, a value that is not a count, a key outside the plan and a plan without quota", () => {
    const { cp, usagePlanId, keyId } = setup({ limit: 10, period: "DAY" });
    const update = (op: "add" | "replace", path: string, value: string) =>
      cp.updateUsage({ usagePlanId, keyId, patchOperations: [{ op, path, value }] });
    expectAwsError(() => update("replace", "/used", "1"), "BadRequestException", "Invalid patch path /used");
    expectAwsError(
      () => update("add", "/remaining", "1"),
      "BadRequestException",
      "Invalid patch operation specified. Must be one of: [replace]",
    );
    expectAwsError(
      () => update("replace", "/remaining", "-1"),
      "BadRequestException",
      "Invalid remaining quota specified: -1",
    );
    const outsider = cp.createApiKey({ name: "o" });
    expectAwsError(
      () => cp.updateUsage({ usagePlanId, keyId: outsider.id, patchOperations: [] }),
      "NotFoundException",
      "Invalid Usage Plan ID specified",
    );
    const free = cp.createUsagePlan({ name: "free" });
    cp.createUsagePlanKey({ usagePlanId: free.id, keyId: outsider.id, keyType: "API_KEY" });
    expectAwsError(
      () => cp.updateUsage({ usagePlanId: free.id, keyId: outsider.id, patchOperations: [] }),
      "BadRequestException",
      "The Usage Plan has no quota to extend",
    );
  });
});

describe("Quota usage log", () => {
  it("snapshots each key's current period for every plan with a quota", () => {
    const { cp, clock, usagePlanId, keyId, record } = setup({ limit: 100, offset: 10, period: "MONTH" });
    cp.createUsagePlan({ name: "no-quota" });
    record(5);
    clock.advance(DAY);
    record(7);
    expect(cp.quotaUsageSnapshot()).toEqual([
      {
        usagePlanId,
        keyId,
        quota: { limit: 100, offset: 10, period: "MONTH" },
        planStartMs: Date.UTC(2026, 0, 1),
        used: 12,
        remaining: 78,
      },
    ]);
    expect(cp.quotaUsageSnapshot({ nowMs: Date.UTC(2026, 1, 1) })[0]).toMatchObject({
      used: 0,
      remaining: 100,
    });
  });

  it("ignores usage for a deleted plan and drops a deleted key's counts", () => {
    const { cp, usagePlanId, keyId, record } = setup({ limit: 10, period: "DAY" });
    record(2);
    cp.deleteApiKey({ apiKey: keyId });
    expect(cp.exportState().quotaUsage).toEqual({ [usagePlanId]: {} });
    const plan = cp.createUsagePlan({ name: "gone" });
    cp.deleteUsagePlan({ usagePlanId: plan.id });
    cp.recordQuotaUsage({ usagePlanId: plan.id, keyId: "k" });
    expect(cp.exportState().quotaUsage).not.toHaveProperty(plan.id);
  });
});
