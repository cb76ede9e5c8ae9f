import { describe, expect, it } from "vitest";
import { MAX_USAGE_PLANS_PER_KEY } from "@/lib/gateway/control";
import { expectAwsError } from "./fixture";
import { KEY_VALUE, createPlanSandbox } from "./usage-plan-fixture";

function setup() {
  const sandbox = createPlanSandbox();
  const plan = sandbox.cp.createUsagePlan({
    name: "p",
    apiStages: [{ apiId: sandbox.restApiId, stage: "dev" }],
  });
  return { ...sandbox, plan, usagePlanId: plan.id };
}

describe("CreateUsagePlanKey", () => {
  it("answers the recorded shape: id, name, type API_KEY and value", () => {
    const { cp, usagePlanId } = setup();
    const key = cp.createApiKey({ name: "test-key-1", value: KEY_VALUE });
    expect(cp.createUsagePlanKey({ usagePlanId, keyId: key.id, keyType: "API_KEY" })).toEqual({
      id: key.id,
      name: "test-key-1",
      type: "API_KEY",
      value: KEY_VALUE,
    });
  });

  it("refuses a key already in another plan for the same stage (409), but allows one for another stage", () => {
    const { cp, restApiId, usagePlanId } = setup();
    const key = cp.createApiKey({ name: "k" });
    cp.createUsagePlanKey({ usagePlanId, keyId: key.id, keyType: "API_KEY" });
    const same = cp.createUsagePlan({ name: "same", apiStages: [{ apiId: restApiId, stage: "dev" }] });
    expectAwsError(
      () => cp.createUsagePlanKey({ usagePlanId: same.id, keyId: key.id, keyType: "API_KEY" }),
      "ConflictException",
      `Usage Plan ${same.id} cannot be added because API Key ${key.id} cannot reference multiple Usage Plans with the same API Stage: ${restApiId}:dev`,
    );
    const other = cp.createUsagePlan({ name: "other", apiStages: [{ apiId: restApiId, stage: "prod" }] });
    expect(cp.createUsagePlanKey({ usagePlanId: other.id, keyId: key.id, keyType: "API_KEY" }).id).toBe(
      key.id,
    );
  });

  it("refuses a key already in the plan, an unknown plan or key, and a key type other than API_KEY", () => {
    const { cp, usagePlanId } = setup();
    const key = cp.createApiKey({ name: "k" });
    cp.createUsagePlanKey({ usagePlanId, keyId: key.id, keyType: "API_KEY" });
    expectAwsError(
      () => cp.createUsagePlanKey({ usagePlanId, keyId: key.id, keyType: "API_KEY" }),
      "ConflictException",
      "Usage Plan Key already exists",
    );
    expectAwsError(
      () => cp.createUsagePlanKey({ usagePlanId: "nope", keyId: key.id, keyType: "API_KEY" }),
      "NotFoundException",
      "Invalid Usage Plan ID specified",
    );
    expectAwsError(
      () => cp.createUsagePlanKey({ usagePlanId, keyId: "nope", keyType: "API_KEY" }),
      "NotFoundException",
      "Invalid API Key identifier specified",
    );
    expectAwsError(
      () => cp.createUsagePlanKey({ usagePlanId, keyId: key.id, keyType: "JWT" }),
      "BadRequestException",
      "Invalid key type specified: JWT. Valid options are API_KEY",
    );
  });

  it(`answers 429 LimitExceededException for a key in more than ${MAX_USAGE_PLANS_PER_KEY} plans`, () => {
    const { cp } = setup();
    const key = cp.createApiKey({ name: "k" });
    for (let i = 0; i < MAX_USAGE_PLANS_PER_KEY; i++) {
      const plan = cp.createUsagePlan({ name: `p${i}` });
      cp.createUsagePlanKey({ usagePlanId: plan.id, keyId: key.id, keyType: "API_KEY" });
    }
    const eleventh = cp.createUsagePlan({ name: "eleventh" });
    expectAwsError(
      () => cp.createUsagePlanKey({ usagePlanId: eleventh.id, keyId: key.id, keyType: "API_KEY" }),
      "LimitExceededException",
      /^Maximum number of Usage Plans for this API Key/,
    );
  });
});

describe("GetUsagePlanKey(s) and DeleteUsagePlanKey", () => {
  it("lists newest first, filters by a case-sensitive name prefix, and lists nothing for an unknown plan, as recorded", () => {
    const { cp, usagePlanId } = setup();
    const first = cp.createApiKey({ name: "test-key-1" });
    const second = cp.createApiKey({ name: "test-key-2" });
    for (const key of [first, second])
      cp.createUsagePlanKey({ usagePlanId, keyId: key.id, keyType: "API_KEY" });
    const ids = (query?: string) =>
      cp.getUsagePlanKeys({ usagePlanId, nameQuery: query }).items.map((k) => k.id);
    expect(ids()).toEqual([second.id, first.id]);
    expect(ids("test-key")).toEqual([second.id, first.id]);
    expect(ids("TEST-key")).toEqual([]);
    expect(ids("test-key-1")).toEqual([first.id]);
    expect(cp.getUsagePlanKeys({ usagePlanId: "bad-id" }).items).toEqual([]);
  });

  it("gets one member, answers 404 for a key outside the plan, and deletes the membership only", () => {
    const { cp, usagePlanId } = setup();
    const key = cp.createApiKey({ name: "k", value: KEY_VALUE });
    const outsider = cp.createApiKey({ name: "o" });
    cp.createUsagePlanKey({ usagePlanId, keyId: key.id, keyType: "API_KEY" });
    expect(cp.getUsagePlanKey({ usagePlanId, keyId: key.id })).toEqual({
      id: key.id,
      name: "k",
      type: "API_KEY",
      value: KEY_VALUE,
    });
    expectAwsError(
      () => cp.getUsagePlanKey({ usagePlanId, keyId: outsider.id }),
      "NotFoundException",
      "Invalid Usage Plan ID specified",
    );
    cp.deleteUsagePlanKey({ usagePlanId, keyId: key.id });
    expect(cp.getUsagePlanKeys({ usagePlanId }).items).toEqual([]);
    expect(cp.getApiKey({ apiKey: key.id }).id).toBe(key.id);
    expectAwsError(
      () => cp.deleteUsagePlanKey({ usagePlanId, keyId: key.id }),
      "NotFoundException",
      "Invalid Usage Plan ID specified",
    );
  });
});
