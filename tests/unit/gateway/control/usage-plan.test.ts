import { describe, expect, it } from "vitest";
import { MAX_METHOD_THROTTLES_PER_STAGE, MAX_USAGE_PLANS } from "@/lib/gateway/control";
import { expectAwsError } from "./fixture";
import { createPlanSandbox } from "./usage-plan-fixture";

describe("CreateUsagePlan", () => {
  it("answers { id, name, apiStages: [] } for a plan with only a name, as recorded", () => {
    const { cp } = createPlanSandbox();
    expect(cp.createUsagePlan({ name: "basic" })).toEqual({
      id: expect.stringMatching(/^[a-z0-9]{6}$/),
      name: "basic",
      apiStages: [],
    });
  });

  it("echoes stages with per-method throttles, the plan throttle and the quota with offset", () => {
    const { cp, restApiId } = createPlanSandbox();
    const plan = cp.createUsagePlan({
      name: "gold",
      description: "for partners",
      apiStages: [
        { apiId: restApiId, stage: "dev", throttle: { "/pets/GET": { rateLimit: 1, burstLimit: 2 } } },
      ],
      throttle: { rateLimit: 10, burstLimit: 20 },
      quota: { limit: 1000, offset: 100, period: "WEEK" },
      tags: { tier: "gold" },
    });
    expect(plan).toEqual({
      id: plan.id,
      name: "gold",
      description: "for partners",
      apiStages: [
        { apiId: restApiId, stage: "dev", throttle: { "/pets/GET": { rateLimit: 1, burstLimit: 2 } } },
      ],
      throttle: { rateLimit: 10, burstLimit: 20 },
      quota: { limit: 1000, offset: 100, period: "WEEK" },
      tags: { tier: "gold" },
    });
    expect(cp.getUsagePlan({ usagePlanId: plan.id })).toEqual(plan);
  });

  it("defaults the quota offset to 0, as AWS echoes it", () => {
    const { cp } = createPlanSandbox();
    expect(cp.createUsagePlan({ name: "p", quota: { limit: 10, period: "DAY" } }).quota).toEqual({
      limit: 10,
      offset: 0,
      period: "DAY",
    });
  });

  it("answers AWS's unformatted message for a stage that is not deployed", () => {
    const { cp, restApiId } = createPlanSandbox();
    expectAwsError(
      () => cp.createUsagePlan({ name: "p", apiStages: [{ apiId: restApiId, stage: "qa" }] }),
      "BadRequestException",
      "Invalid API Stage {api: %s, stage: %s} specified for usageplan %s",
    );
  });

  it("refuses a quota period outside DAY, WEEK, MONTH with a ValidationException", () => {
    const { cp } = createPlanSandbox();
    expectAwsError(
      () => cp.createUsagePlan({ name: "p", quota: { limit: 5, period: "YEAR" } }),
      "ValidationException",
      "1 validation error detected: Value 'YEAR' at 'createUsagePlanInput.quota.period' failed to satisfy constraint: Member must satisfy enum value set: [DAY, WEEK, MONTH]",
    );
  });

  it("refuses a negative limit, an offset not below the limit, negative throttles and a malformed method key", () => {
    const { cp, restApiId } = createPlanSandbox();
    expectAwsError(
      () => cp.createUsagePlan({ name: "p", quota: { limit: -1, period: "DAY" } }),
      "BadRequestException",
      "Invalid quota limit specified: -1",
    );
    expectAwsError(
      () => cp.createUsagePlan({ name: "p", quota: { limit: 5, offset: 5, period: "DAY" } }),
      "BadRequestException",
      "Invalid quota offset specified: 5",
    );
    expectAwsError(
      () => cp.createUsagePlan({ name: "p", throttle: { rateLimit: -1 } }),
      "BadRequestException",
      "Invalid rate limit specified: -1",
    );
    expectAwsError(
      () =>
        cp.createUsagePlan({
          name: "p",
          apiStages: [{ apiId: restApiId, stage: "dev", throttle: { "pets/GET": { rateLimit: 1 } } }],
        }),
      "BadRequestException",
      "Invalid method throttle key specified: pets/GET",
    );
  });

  it(`answers 429 LimitExceededException past ${MAX_METHOD_THROTTLES_PER_STAGE} method throttles on one stage`, () => {
    const { cp, restApiId } = createPlanSandbox();
    const throttle = (count: number) =>
      Object.fromEntries(Array.from({ length: count }, (_, i) => [`/r${i}/GET`, { rateLimit: 1 }]));
    const stage = (count: number) => [{ apiId: restApiId, stage: "dev", throttle: throttle(count) }];
    expect(cp.createUsagePlan({ name: "ok", apiStages: stage(20) }).apiStages[0]?.throttle).toHaveProperty(
      "/r19/GET",
    );
    expectAwsError(
      () => cp.createUsagePlan({ name: "p", apiStages: stage(21) }),
      "LimitExceededException",
      /^Maximum number of method-level throttle settings/,
    );
  });

  it(`answers 429 LimitExceededException past ${MAX_USAGE_PLANS} plans in the account`, () => {
    const { cp } = createPlanSandbox();
    for (let i = 0; i < MAX_USAGE_PLANS; i++) cp.createUsagePlan({ name: `p${i}` });
    expectAwsError(
      () => cp.createUsagePlan({ name: "over" }),
      "LimitExceededException",
      /^Maximum number of Usage Plans/,
    );
  });
});

describe("GetUsagePlans and DeleteUsagePlan", () => {
  it("lists plans in creation order and, with keyId, only the plans holding that key", () => {
    const { cp } = createPlanSandbox();
    const a = cp.createUsagePlan({ name: "a" });
    const b = cp.createUsagePlan({ name: "b" });
    const key = cp.createApiKey({ name: "k" });
    cp.createUsagePlanKey({ usagePlanId: b.id, keyId: key.id, keyType: "API_KEY" });
    expect(cp.getUsagePlans({}).items.map((plan) => plan.id)).toEqual([a.id, b.id]);
    expect(cp.getUsagePlans({ keyId: key.id }).items.map((plan) => plan.id)).toEqual([b.id]);
    expectAwsError(
      () => cp.getUsagePlans({ keyId: "nope" }),
      "NotFoundException",
      "Invalid API Key identifier specified",
    );
    expectAwsError(
      () => cp.getUsagePlan({ usagePlanId: "nope" }),
      "NotFoundException",
      "Invalid Usage Plan ID specified",
    );
  });

  it("refuses to delete a plan still bound to a stage, with AWS's message, and deletes it once unbound", () => {
    const { cp, restApiId } = createPlanSandbox();
    const plan = cp.createUsagePlan({ name: "p", apiStages: [{ apiId: restApiId, stage: "dev" }] });
    expectAwsError(
      () => cp.deleteUsagePlan({ usagePlanId: plan.id }),
      "BadRequestException",
      `Cannot delete Usage Plan ${plan.id} because there are API Stages associated with it, including ${restApiId}:dev`,
    );
    cp.updateUsagePlan({
      usagePlanId: plan.id,
      patchOperations: [{ op: "remove", path: "/apiStages", value: `${restApiId}:dev` }],
    });
    cp.deleteUsagePlan({ usagePlanId: plan.id });
    expect(cp.getUsagePlans({}).items).toEqual([]);
    expectAwsError(
      () => cp.deleteUsagePlan({ usagePlanId: plan.id }),
      "NotFoundException",
      "Invalid Usage Plan ID specified",
    );
  });
});
