import { describe, expect, it } from "vitest";
import { SeededRandom, VirtualClock } from "@/lib/gateway/ports";
import { createControlPlane, type ControlPlaneState } from "@/lib/gateway/control";
import { ACCOUNT_ID } from "./fixture";
import { KEY_VALUE, createPlanSandbox } from "./usage-plan-fixture";

function setup() {
  const sandbox = createPlanSandbox();
  const { cp, clock, restApiId } = sandbox;
  clock.advance(60_000);
  const plan = cp.createUsagePlan({ name: "p", apiStages: [{ apiId: restApiId, stage: "dev" }] });
  const key = cp.createApiKey({ name: "k", value: KEY_VALUE, enabled: true });
  cp.createUsagePlanKey({ usagePlanId: plan.id, keyId: key.id, keyType: "API_KEY" });
  return { ...sandbox, plan, key, planCreatedAt: clock.now() };
}

describe("findApiKeyForRequest (the data plane's API key check)", () => {
  it("finds the key and the plan bound to this stage, with the plan's creation time for the quota offset", () => {
    const { cp, restApiId, plan, key, planCreatedAt } = setup();
    const found = cp.findApiKeyForRequest(KEY_VALUE, restApiId, "dev");
    expect(
      found.found && { key: found.apiKey.id, plan: found.usagePlan.id, start: found.planStartMs },
    ).toEqual({
      key: key.id,
      plan: plan.id,
      start: planCreatedAt,
    });
  });

  it("rejects, in AWS's order, a missing key, an unknown value, a disabled key and a key in no plan for this stage", () => {
    const { cp, restApiId, key } = setup();
    const reason = (value: string | undefined, stage = "dev") => {
      const result = cp.findApiKeyForRequest(value, restApiId, stage);
      return result.found ? "FOUND" : result.reason;
    };
    expect(reason(undefined)).toBe("MISSING_KEY");
    expect(reason("")).toBe("MISSING_KEY");
    expect(reason("x".repeat(20))).toBe("UNKNOWN_KEY");
    expect(reason(KEY_VALUE, "prod")).toBe("NOT_IN_USAGE_PLAN");
    cp.updateApiKey({
      apiKey: key.id,
      patchOperations: [{ op: "replace", path: "/enabled", value: "false" }],
    });
    expect(reason(KEY_VALUE)).toBe("DISABLED_KEY");
    expect(reason(KEY_VALUE, "prod")).toBe("DISABLED_KEY");
  });

  it("describes a key in no plan for the stage for the execution trace", () => {
    const { cp, restApiId, key } = setup();
    expect(cp.findApiKeyForRequest(KEY_VALUE, restApiId, "prod")).toEqual({
      found: false,
      reason: "NOT_IN_USAGE_PLAN",
      apiKey: expect.objectContaining({ id: key.id }),
      description: `API Key ${key.id} is not associated with a Usage Plan for API Stage ${restApiId}/prod`,
    });
  });

  it("follows plan changes at once: a stage added or removed, a key removed from the plan, a key deleted", () => {
    const { cp, restApiId, plan, key } = setup();
    const check = (stage: string) => cp.findApiKeyForRequest(KEY_VALUE, restApiId, stage).found;
    cp.updateUsagePlan({
      usagePlanId: plan.id,
      patchOperations: [{ op: "add", path: "/apiStages", value: `${restApiId}:prod` }],
    });
    expect(check("prod")).toBe(true);
    cp.updateUsagePlan({
      usagePlanId: plan.id,
      patchOperations: [{ op: "remove", path: "/apiStages", value: `${restApiId}:dev` }],
    });
    expect(check("dev")).toBe(false);
    cp.deleteUsagePlanKey({ usagePlanId: plan.id, keyId: key.id });
    expect(check("prod")).toBe(false);
    cp.createUsagePlanKey({ usagePlanId: plan.id, keyId: key.id, keyType: "API_KEY" });
    expect(check("prod")).toBe(true);
    cp.deleteApiKey({ apiKey: key.id });
    expect(cp.findApiKeyForRequest(KEY_VALUE, restApiId, "prod")).toMatchObject({ reason: "UNKNOWN_KEY" });
  });

  it("works on a sandbox rebuilt from stored JSON, and forgets keys when an older state is restored", () => {
    const { cp, restApiId } = setup();
    const stored = JSON.parse(JSON.stringify(cp.exportState())) as ControlPlaneState;
    const rebuilt = createControlPlane({
      clock: new VirtualClock(),
      random: new SeededRandom(3),
      accountId: ACCOUNT_ID,
      region: "us-east-1",
      state: stored,
    });
    expect(rebuilt.findApiKeyForRequest(KEY_VALUE, restApiId, "dev").found).toBe(true);
    rebuilt.restoreState({ version: 1, restApis: stored.restApis });
    expect(rebuilt.findApiKeyForRequest(KEY_VALUE, restApiId, "dev")).toMatchObject({
      reason: "UNKNOWN_KEY",
    });
  });
});
