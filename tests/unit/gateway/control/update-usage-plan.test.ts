import { describe, expect, it } from "vitest";
import type { PatchOperation } from "@/lib/gateway/control";
import { expectAwsError } from "./fixture";
import { createPlanSandbox } from "./usage-plan-fixture";

function setup() {
  const sandbox = createPlanSandbox();
  const plan = sandbox.cp.createUsagePlan({
    name: "p",
    apiStages: [{ apiId: sandbox.restApiId, stage: "dev" }],
  });
  const update = (...patchOperations: PatchOperation[]) =>
    sandbox.cp.updateUsagePlan({ usagePlanId: plan.id, patchOperations });
  return { ...sandbox, plan, update };
}

describe("UpdateUsagePlan", () => {
  it("binds and unbinds stages with add/remove /apiStages and an '<apiId>:<stage>' value", () => {
    const { restApiId, update } = setup();
    expect(update({ op: "add", path: "/apiStages", value: `${restApiId}:prod` }).apiStages).toEqual([
      { apiId: restApiId, stage: "dev" },
      { apiId: restApiId, stage: "prod" },
    ]);
    expect(update({ op: "remove", path: "/apiStages", value: `${restApiId}:dev` }).apiStages).toEqual([
      { apiId: restApiId, stage: "prod" },
    ]);
  });

  it("answers 404 'API Stage not found' for a stage that does not exist and 400 for one not in the plan", () => {
    const { restApiId, update } = setup();
    expectAwsError(
      () => update({ op: "add", path: "/apiStages", value: `${restApiId}:qa` }),
      "NotFoundException",
      `API Stage not found: ${restApiId}:qa`,
    );
    expectAwsError(
      () => update({ op: "remove", path: "/apiStages", value: `${restApiId}:prod` }),
      "BadRequestException",
      "Invalid API Stage specified",
    );
  });

  it("answers AWS's list of removable paths for '/apiStages/<apiId>:<stage>'", () => {
    const { restApiId, update } = setup();
    expectAwsError(
      () => update({ op: "remove", path: `/apiStages/${restApiId}:dev` }),
      "BadRequestException",
      `Invalid patch path  '/apiStages/${restApiId}:dev' specified for op 'remove'. Must be one of: [/apiStages, /quota, /throttle, /productCode, /apiStages/<apidId:stageName>/throttle/<resourcePath>/<httpMethod>, /apiStages/<apidId:stageName>/throttle]`,
    );
  });

  it("sets, replaces and removes per-method throttles with the documented paths", () => {
    const { restApiId, update } = setup();
    const stagePath = `/apiStages/${restApiId}:dev/throttle`;
    const rate = update({ op: "replace", path: `${stagePath}//pets/GET/rateLimit`, value: "0.1" });
    expect(rate.apiStages[0]?.throttle).toEqual({ "/pets/GET": { rateLimit: 0.1 } });
    const burst = update({ op: "replace", path: `${stagePath}//pets/GET/burstLimit`, value: "1" });
    expect(burst.apiStages[0]?.throttle).toEqual({ "/pets/GET": { rateLimit: 0.1, burstLimit: 1 } });
    const whole = update({
      op: "replace",
      path: stagePath,
      value: '{"/pets/GET":{"rateLimit":1.0,"burstLimit":1},"//GET":{"rateLimit":1.0,"burstLimit":1}}',
    });
    expect(whole.apiStages[0]?.throttle).toEqual({
      "/pets/GET": { rateLimit: 1, burstLimit: 1 },
      "//GET": { rateLimit: 1, burstLimit: 1 },
    });
    const one = update({ op: "remove", path: `${stagePath}//pets/GET` });
    expect(one.apiStages[0]?.throttle).toEqual({ "//GET": { rateLimit: 1, burstLimit: 1 } });
    expect(update({ op: "remove", path: stagePath }).apiStages[0]).toEqual({
      apiId: restApiId,
      stage: "dev",
    });
  });

  it("replaces the plan throttle and quota fields, and removes them", () => {
    const { update } = setup();
    const updated = update(
      { op: "replace", path: "/throttle/rateLimit", value: "5" },
      { op: "replace", path: "/throttle/burstLimit", value: "10" },
      { op: "replace", path: "/quota/limit", value: "500" },
      { op: "replace", path: "/quota/period", value: "MONTH" },
      { op: "replace", path: "/name", value: "renamed" },
      { op: "replace", path: "/description", value: "d" },
    );
    expect(updated).toMatchObject({
      name: "renamed",
      description: "d",
      throttle: { rateLimit: 5, burstLimit: 10 },
      quota: { limit: 500, offset: 0, period: "MONTH" },
    });
    const removed = update({ op: "remove", path: "/quota" }, { op: "remove", path: "/throttle" });
    expect(removed).not.toHaveProperty("quota");
    expect(removed).not.toHaveProperty("throttle");
  });

  it("validates the result: an invalid period, or a throttle that is not a number", () => {
    const { update } = setup();
    expectAwsError(
      () =>
        update(
          { op: "replace", path: "/quota/limit", value: "5" },
          { op: "replace", path: "/quota/period", value: "YEAR" },
        ),
      "ValidationException",
      "1 validation error detected: Value 'YEAR' at 'quota.period' failed to satisfy constraint: Member must satisfy enum value set: [DAY, WEEK, MONTH]",
    );
    expectAwsError(
      () => update({ op: "replace", path: "/throttle/rateLimit", value: "fast" }),
      "BadRequestException",
      "Invalid rate limit specified: NaN",
    );
  });

  it("refuses a stage that one of the plan's keys already reaches through another plan (409)", () => {
    const { cp, restApiId, plan, update } = setup();
    const other = cp.createUsagePlan({ name: "other", apiStages: [{ apiId: restApiId, stage: "prod" }] });
    const key = cp.createApiKey({ name: "k" });
    cp.createUsagePlanKey({ usagePlanId: plan.id, keyId: key.id, keyType: "API_KEY" });
    cp.createUsagePlanKey({ usagePlanId: other.id, keyId: key.id, keyType: "API_KEY" });
    expectAwsError(
      () => update({ op: "add", path: "/apiStages", value: `${restApiId}:prod` }),
      "ConflictException",
      `Usage Plan ${plan.id} cannot be added because API Key ${key.id} cannot reference multiple Usage Plans with the same API Stage: ${restApiId}:prod`,
    );
  });

  it("answers the allowed paths for an unsupported op/path pair", () => {
    const { update } = setup();
    expectAwsError(
      () => update({ op: "add", path: "/name", value: "x" }),
      "BadRequestException",
      "Invalid patch path  '/name' specified for op 'add'. Must be one of: [/apiStages]",
    );
  });
});
