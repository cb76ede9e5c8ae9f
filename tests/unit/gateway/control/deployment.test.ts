import { describe, expect, it } from "vitest";
import { START_SECONDS, createMockApi, createTestControlPlane, expectAwsError } from "./fixture";

describe("CreateDeployment", () => {
  it("refuses an API with no method, then a method with no integration", () => {
    const { cp } = createTestControlPlane();
    const api = cp.createRestApi({ name: "empty" });
    expectAwsError(
      () => cp.createDeployment({ restApiId: api.id }),
      "BadRequestException",
      "The REST API doesn't contain any methods",
    );
    cp.putMethod({
      restApiId: api.id,
      resourceId: api.rootResourceId,
      httpMethod: "GET",
      authorizationType: "NONE",
    });
    expectAwsError(
      () => cp.createDeployment({ restApiId: api.id }),
      "BadRequestException",
      "No integration defined for method",
    );
    expect(cp.getDeployments({ restApiId: api.id }).items).toEqual([]);
  });

  it("returns AWS's deployment shape, without the snapshot", () => {
    const { cp } = createTestControlPlane();
    const { restApiId } = createMockApi(cp);
    const deployment = cp.createDeployment({ restApiId, description: "first" });
    expect(deployment).toEqual({
      id: expect.stringMatching(/^[a-z0-9]{6}$/),
      description: "first",
      createdDate: START_SECONDS,
    });
    expect(cp.getDeployment({ restApiId, deploymentId: deployment.id })).toEqual(deployment);
    expect(cp.getDeployments({ restApiId }).items).toEqual([deployment]);
  });

  it("creates the named stage with the stage fields given", () => {
    const { cp, events } = createTestControlPlane();
    const { restApiId } = createMockApi(cp);
    const deployment = cp.createDeployment({
      restApiId,
      stageName: "dev",
      stageDescription: "dev stage",
      variables: { env: "dev" },
    });
    expect(cp.getStage({ restApiId, stageName: "dev" })).toEqual({
      stageName: "dev",
      deploymentId: deployment.id,
      description: "dev stage",
      variables: { env: "dev" },
      cacheClusterEnabled: false,
      cacheClusterStatus: "NOT_AVAILABLE",
      methodSettings: {},
      tracingEnabled: false,
      createdDate: START_SECONDS,
      lastUpdatedDate: START_SECONDS,
    });
    expect(events).toEqual([
      { type: "DeploymentCreated", restApiId, deploymentId: deployment.id },
      { type: "StageChanged", restApiId, stageName: "dev" },
    ]);
  });

  it("moves an existing stage to the new deployment, which frees the old one", () => {
    const { cp, clock } = createTestControlPlane();
    const { restApiId } = createMockApi(cp);
    const first = cp.createDeployment({ restApiId, stageName: "s1" });
    clock.advance(5_000);
    const second = cp.createDeployment({ restApiId, stageName: "s1" });
    expect(cp.getStage({ restApiId, stageName: "s1" })).toMatchObject({
      deploymentId: second.id,
      lastUpdatedDate: START_SECONDS + 5,
    });
    cp.deleteDeployment({ restApiId, deploymentId: first.id });
    expectAwsError(
      () => cp.deleteDeployment({ restApiId, deploymentId: second.id }),
      "BadRequestException",
      "Active stages pointing to this deployment must be moved or deleted",
    );
  });

  it("refuses a stage name with characters AWS does not allow, creating nothing", () => {
    const { cp } = createTestControlPlane();
    const { restApiId } = createMockApi(cp);
    expectAwsError(
      () => cp.createDeployment({ restApiId, stageName: "$default" }),
      "BadRequestException",
      "Stage name only allows a-zA-Z0-9_",
    );
    expect(cp.getDeployments({ restApiId }).items).toEqual([]);
  });
});

describe("Canary deployments", () => {
  it("needs a stage name and an existing stage", () => {
    const { cp } = createTestControlPlane();
    const { restApiId } = createMockApi(cp);
    const canarySettings = { percentTraffic: 50, stageVariableOverrides: { testVar: "canary" } };
    expectAwsError(
      () => cp.createDeployment({ restApiId, canarySettings }),
      "BadRequestException",
      "Invalid deployment content specified.Non null and non empty stageName must be provided for canary deployment. Provided value is null",
    );
    expectAwsError(
      () => cp.createDeployment({ restApiId, stageName: "non-existing", canarySettings }),
      "BadRequestException",
      "Invalid deployment content specified.Stage non-existing must already be created before making a canary release deployment",
    );
  });

  it("keeps the stage on its deployment and makes the new one its canary", () => {
    const { cp } = createTestControlPlane();
    const { restApiId } = createMockApi(cp);
    const base = cp.createDeployment({ restApiId, stageName: "dev", variables: { testVar: "default" } });
    const canary = cp.createDeployment({
      restApiId,
      stageName: "dev",
      canarySettings: { percentTraffic: 50, stageVariableOverrides: { testVar: "canary" } },
    });
    expect(cp.getStage({ restApiId, stageName: "dev" })).toMatchObject({
      deploymentId: base.id,
      variables: { testVar: "default" },
      canarySettings: {
        deploymentId: canary.id,
        percentTraffic: 50,
        stageVariableOverrides: { testVar: "canary" },
        useStageCache: false,
      },
    });
  });
});

describe("A deployment is a frozen snapshot", () => {
  it("keeps serving the deployed method and gateway responses after they are edited, until the next deployment", () => {
    const { cp } = createTestControlPlane();
    const { restApiId, pets } = createMockApi(cp);
    const ids = { restApiId, resourceId: pets.id, httpMethod: "GET" };
    cp.createDeployment({ restApiId, stageName: "prod" });

    cp.updateMethod({ ...ids, patchOperations: [{ op: "replace", path: "/apiKeyRequired", value: "true" }] });
    cp.updateIntegration({
      ...ids,
      patchOperations: [{ op: "replace", path: "/timeoutInMillis", value: "1000" }],
    });
    cp.putGatewayResponse({ restApiId, responseType: "MISSING_AUTHENTICATION_TOKEN", statusCode: "404" });
    cp.createResource({ restApiId, parentId: pets.id, pathPart: "{petId}" });

    const deployed = cp.getStageDeploymentOrThrow(restApiId, "prod").snapshot;
    const deployedGet = deployed.resources.find((resource) => resource.path === "/pets")?.resourceMethods
      ?.GET;
    expect([deployedGet?.apiKeyRequired, deployedGet?.methodIntegration?.timeoutInMillis]).toEqual([
      false,
      29000,
    ]);
    expect(deployed.resources.map((resource) => resource.path)).toEqual(["/", "/pets"]);
    expect(
      deployed.gatewayResponses.find((r) => r.responseType === "MISSING_AUTHENTICATION_TOKEN")?.statusCode,
    ).toBe("403");

    cp.createDeployment({ restApiId, stageName: "prod" });
    const redeployed = cp.getStageDeploymentOrThrow(restApiId, "prod").snapshot;
    expect(
      redeployed.resources.find((resource) => resource.path === "/pets")?.resourceMethods?.GET
        ?.apiKeyRequired,
    ).toBe(true);
    expect(
      redeployed.gatewayResponses.find((r) => r.responseType === "MISSING_AUTHENTICATION_TOKEN")?.statusCode,
    ).toBe("404");
  });

  it("is frozen all the way down", () => {
    const { cp } = createTestControlPlane();
    const { restApiId } = createMockApi(cp);
    cp.createDeployment({ restApiId, stageName: "prod" });
    const { snapshot, stage } = cp.getStageDeploymentOrThrow(restApiId, "prod");
    const integration = snapshot.resources[1]?.resourceMethods?.GET?.methodIntegration;
    expect([
      Object.isFrozen(snapshot),
      Object.isFrozen(snapshot.resources),
      Object.isFrozen(integration),
      Object.isFrozen(stage),
    ]).toEqual([true, true, true, true]);
    expect(() => {
      (integration as { timeoutInMillis: number }).timeoutInMillis = 1;
    }).toThrow(TypeError);
  });
});

describe("GetDeployment, UpdateDeployment and DeleteDeployment", () => {
  it("changes only the description, and answers 404 for an unknown id", () => {
    const { cp, events } = createTestControlPlane();
    const { restApiId } = createMockApi(cp);
    const { id: deploymentId } = cp.createDeployment({ restApiId });
    expect(
      cp.updateDeployment({
        restApiId,
        deploymentId,
        patchOperations: [{ op: "replace", path: "/description", value: "v2" }],
      }).description,
    ).toBe("v2");
    expectAwsError(
      () =>
        cp.updateDeployment({
          restApiId,
          deploymentId,
          patchOperations: [{ op: "replace", path: "/stageName", value: "x" }],
        }),
      "BadRequestException",
      "Invalid patch path /stageName",
    );
    cp.deleteDeployment({ restApiId, deploymentId });
    expect(events.at(-1)).toEqual({ type: "DeploymentDeleted", restApiId, deploymentId });
    expectAwsError(
      () => cp.getDeployment({ restApiId, deploymentId }),
      "NotFoundException",
      "Invalid Deployment identifier specified",
    );
  });
});
