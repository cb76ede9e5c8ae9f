import { describe, expect, it } from "vitest";
import { ACCOUNT_ID, createMockApi, createTestControlPlane, expectAwsError } from "./fixture";

describe("getStageDeploymentOrThrow", () => {
  it("returns the stage, its deployment id and the frozen snapshot it serves", () => {
    const { cp } = createTestControlPlane();
    const { restApiId, api } = createMockApi(cp);
    const { id } = cp.createDeployment({ restApiId, stageName: "prod", variables: { env: "prod" } });
    const served = cp.getStageDeploymentOrThrow(restApiId, "prod");
    expect([
      served.apiId,
      served.deploymentId,
      served.stage.variables,
      served.snapshot.api.id,
      served.canary,
    ]).toEqual([restApiId, id, { env: "prod" }, api.id, undefined]);
    expect(served.snapshot.models.map((model) => model.name)).toEqual(["Empty", "Error"]);
    expect(served.snapshot.gatewayResponses).toHaveLength(21);
  });

  it("applies stage settings at once, without a redeployment", () => {
    const { cp } = createTestControlPlane();
    const { restApiId } = createMockApi(cp);
    cp.createDeployment({ restApiId, stageName: "prod" });
    const before = cp.getStageDeploymentOrThrow(restApiId, "prod");
    cp.updateStage({
      restApiId,
      stageName: "prod",
      patchOperations: [{ op: "replace", path: "/*/*/throttling/rateLimit", value: "5" }],
    });
    const after = cp.getStageDeploymentOrThrow(restApiId, "prod");
    expect([
      before.stage.methodSettings["*/*"],
      after.stage.methodSettings["*/*"]?.throttlingRateLimit,
    ]).toEqual([undefined, 5]);
    expect(after.snapshot).toBe(before.snapshot);
  });

  it("reuses the same frozen view until the stage changes", () => {
    const { cp } = createTestControlPlane();
    const { restApiId } = createMockApi(cp);
    cp.createDeployment({ restApiId, stageName: "prod" });
    expect(cp.getStageDeploymentOrThrow(restApiId, "prod")).toBe(
      cp.getStageDeploymentOrThrow(restApiId, "prod"),
    );
  });

  it("describes the canary: its share, overrides and its own frozen snapshot", () => {
    const { cp } = createTestControlPlane();
    const { restApiId, pets } = createMockApi(cp);
    cp.createDeployment({ restApiId, stageName: "dev" });
    cp.updateMethod({
      restApiId,
      resourceId: pets.id,
      httpMethod: "GET",
      patchOperations: [{ op: "replace", path: "/operationName", value: "ListPets" }],
    });
    const canary = cp.createDeployment({
      restApiId,
      stageName: "dev",
      canarySettings: { percentTraffic: 25, stageVariableOverrides: { v: "canary" } },
    });
    const served = cp.getStageDeploymentOrThrow(restApiId, "dev");
    expect(served.canary?.deploymentId).toBe(canary.id);
    expect(served.canary?.settings).toEqual({
      deploymentId: canary.id,
      percentTraffic: 25,
      stageVariableOverrides: { v: "canary" },
      useStageCache: false,
    });
    expect(served.snapshot.resources[1]?.resourceMethods?.GET?.operationName).toBeUndefined();
    expect(served.canary?.snapshot.resources[1]?.resourceMethods?.GET?.operationName).toBe("ListPets");
  });

  it("answers NotFoundException for an unknown API or stage; findStage answers undefined", () => {
    const { cp } = createTestControlPlane();
    const { restApiId } = createMockApi(cp);
    expect([cp.findStage("nope", "prod"), cp.findStage(restApiId, "prod")]).toEqual([undefined, undefined]);
    expectAwsError(
      () => cp.getStageDeploymentOrThrow("nope", "prod"),
      "NotFoundException",
      `Invalid API identifier specified ${ACCOUNT_ID}:nope`,
    );
    expectAwsError(
      () => cp.getStageDeploymentOrThrow(restApiId, "prod"),
      "NotFoundException",
      "Invalid Stage identifier specified",
    );
  });

  it("is a StageDirectory: findStage returns the same frozen view", () => {
    const { cp } = createTestControlPlane();
    const { restApiId } = createMockApi(cp);
    cp.createDeployment({ restApiId, stageName: "prod" });
    expect(cp.findStage(restApiId, "prod")).toBe(cp.getStageDeploymentOrThrow(restApiId, "prod"));
  });

  it("serves 100,000 lookups of a warm stage quickly", () => {
    const { cp } = createTestControlPlane();
    const { restApiId } = createMockApi(cp);
    cp.createDeployment({ restApiId, stageName: "prod" });
    const started = performance.now();
    for (let i = 0; i < 100_000; i++) cp.getStageDeploymentOrThrow(restApiId, "prod");
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
