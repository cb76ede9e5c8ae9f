import { describe, expect, it } from "vitest";
import { ACCOUNT_ID, START_SECONDS, createMockApi, createTestControlPlane, expectAwsError } from "./fixture";

function setup() {
  const { cp, events, clock } = createTestControlPlane();
  const { restApiId } = createMockApi(cp);
  const { id: deploymentId } = cp.createDeployment({ restApiId });
  return { cp, events, clock, restApiId, deploymentId };
}

describe("CreateStage", () => {
  it("creates a stage in AWS's shape, echoing documentationVersion", () => {
    const { cp, restApiId, deploymentId } = setup();
    expect(
      cp.createStage({
        restApiId,
        stageName: "s1",
        deploymentId,
        description: "my stage",
        documentationVersion: "v123",
      }),
    ).toEqual({
      stageName: "s1",
      deploymentId,
      description: "my stage",
      documentationVersion: "v123",
      cacheClusterEnabled: false,
      cacheClusterStatus: "NOT_AVAILABLE",
      methodSettings: {},
      tracingEnabled: false,
      createdDate: START_SECONDS,
      lastUpdatedDate: START_SECONDS,
    });
  });

  it("provisions a 0.5 GB cache when caching is enabled without a size", () => {
    const { cp, restApiId, deploymentId } = setup();
    expect(
      cp.createStage({ restApiId, stageName: "c", deploymentId, cacheClusterEnabled: true }),
    ).toMatchObject({
      cacheClusterEnabled: true,
      cacheClusterSize: "0.5",
      cacheClusterStatus: "AVAILABLE",
    });
  });

  it("fills canary defaults: 0 % and no stage cache", () => {
    const { cp, restApiId, deploymentId } = setup();
    const stage = cp.createStage({
      restApiId,
      stageName: "dev",
      deploymentId,
      canarySettings: { stageVariableOverrides: { v: "canary" } },
    });
    expect(stage.canarySettings).toEqual({
      deploymentId,
      percentTraffic: 0,
      useStageCache: false,
      stageVariableOverrides: { v: "canary" },
    });
  });

  it("answers ConflictException for an existing name and refuses bad names", () => {
    const { cp, restApiId, deploymentId } = setup();
    cp.createStage({ restApiId, stageName: "prod-v1_a", deploymentId });
    expectAwsError(
      () => cp.createStage({ restApiId, stageName: "prod-v1_a", deploymentId }),
      "ConflictException",
      "Stage already exists",
    );
    expectAwsError(
      () => cp.createStage({ restApiId, stageName: "bad name", deploymentId }),
      "BadRequestException",
      "Stage name only allows a-zA-Z0-9_",
    );
    expectAwsError(
      () => cp.createStage({ restApiId, stageName: "x".repeat(129), deploymentId }),
      "BadRequestException",
      "Stage name only allows a-zA-Z0-9_",
    );
  });

  it("validates stage variable names and values with AWS's messages", () => {
    const { cp, restApiId, deploymentId } = setup();
    const create = (variables: Record<string, string>) => () =>
      cp.createStage({ restApiId, stageName: "v", deploymentId, variables });
    expectAwsError(
      create({ "bad-name": "x" }),
      "BadRequestException",
      "Invalid stage variable name: bad-name. Please use names with only word characters.",
    );
    expectAwsError(
      create({ admin_pass: "" }),
      "BadRequestException",
      "Invalid stage variable value: .  Please use values with alphanumeric characters and the symbols ' ', -', '.', '_', ':', '/', '?', '&', '=', and ','.",
    );
    expectAwsError(
      create({ v: "x".repeat(513) }),
      "BadRequestException",
      "Stage variable value for v exceeds 512 characters",
    );
    expectAwsError(
      create(Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`v${i}`, "x"]))),
      "BadRequestException",
      "A stage can have at most 100 stage variables",
    );
    expect(
      cp.createStage({
        restApiId,
        stageName: "ok",
        deploymentId,
        variables: { url: "https://a.example/x?y=1&z=2,3" },
      }).variables,
    ).toEqual({
      url: "https://a.example/x?y=1&z=2,3",
    });
  });

  it("answers 404 for an unknown deployment and stops at 10 stages", () => {
    const { cp, restApiId, deploymentId } = setup();
    expectAwsError(
      () => cp.createStage({ restApiId, stageName: "x", deploymentId: "nope42" }),
      "NotFoundException",
      "Invalid Deployment identifier specified",
    );
    for (let i = 0; i < 10; i++) cp.createStage({ restApiId, stageName: `s${i}`, deploymentId });
    expectAwsError(
      () => cp.createStage({ restApiId, stageName: "s10", deploymentId }),
      "LimitExceededException",
      "Maximum number of Stages for this API has been reached.  Please contact AWS if you need additional Stages.",
    );
  });
});

describe("GetStage, GetStages, DeleteStage and the cache flushes", () => {
  it("lists stages under `item`, optionally for one deployment", () => {
    const { cp, restApiId, deploymentId } = setup();
    const { id: other } = cp.createDeployment({ restApiId });
    cp.createStage({ restApiId, stageName: "stage1", deploymentId });
    cp.createStage({ restApiId, stageName: "stage2", deploymentId: other });
    expect(cp.getStages({ restApiId }).item.map((stage) => stage.stageName)).toEqual(["stage1", "stage2"]);
    expect(cp.getStages({ restApiId, deploymentId: other }).item.map((stage) => stage.stageName)).toEqual([
      "stage2",
    ]);
  });

  it("deletes a stage and tells subscribers; a missing stage is a 404", () => {
    const { cp, events, restApiId, deploymentId } = setup();
    cp.createStage({ restApiId, stageName: "s1", deploymentId });
    cp.deleteStage({ restApiId, stageName: "s1" });
    expect(events.at(-1)).toEqual({ type: "StageDeleted", restApiId, stageName: "s1" });
    expectAwsError(
      () => cp.getStage({ restApiId, stageName: "s1" }),
      "NotFoundException",
      "Invalid Stage identifier specified",
    );
    expectAwsError(
      () => cp.getStages({ restApiId: "nope" }),
      "NotFoundException",
      `Invalid API identifier specified ${ACCOUNT_ID}:nope`,
    );
  });

  it("emits a flush event for the stage cache and the authorizer cache", () => {
    const { cp, events, restApiId, deploymentId } = setup();
    cp.createStage({ restApiId, stageName: "s1", deploymentId });
    cp.flushStageCache({ restApiId, stageName: "s1" });
    cp.flushStageAuthorizersCache({ restApiId, stageName: "s1" });
    expect(events.slice(-2)).toEqual([
      { type: "StageCacheFlushed", restApiId, stageName: "s1" },
      { type: "StageAuthorizersCacheFlushed", restApiId, stageName: "s1" },
    ]);
    expectAwsError(
      () => cp.flushStageCache({ restApiId, stageName: "nope" }),
      "NotFoundException",
      "Invalid Stage identifier specified",
    );
  });
});
