import { describe, expect, it } from "vitest";
import type { PatchOperation } from "@/lib/gateway/control";
import { createMockApi, createTestControlPlane, expectAwsError } from "./fixture";

function setup() {
  const { cp } = createTestControlPlane();
  const { restApiId } = createMockApi(cp);
  const base = cp.createDeployment({
    restApiId,
    stageName: "dev",
    variables: { testVar: "default", defaultVar: "default" },
  });
  const next = cp.createDeployment({ restApiId });
  const update = (...patchOperations: PatchOperation[]) =>
    cp.updateStage({ restApiId, stageName: "dev", patchOperations });
  return { cp, restApiId, baseId: base.id, nextId: next.id, update };
}

describe("UpdateStage: canary settings", () => {
  it("creates a canary on the stage's deployment at 0 % when one field is replaced", () => {
    const { baseId, nextId, update } = setup();
    expect(
      update({ op: "replace", path: "/canarySettings/percentTraffic", value: "50" }).canarySettings,
    ).toEqual({
      deploymentId: baseId,
      percentTraffic: 50,
      useStageCache: false,
    });
    expect(
      update({ op: "replace", path: "/canarySettings/deploymentId", value: nextId }).canarySettings
        ?.deploymentId,
    ).toBe(nextId);
  });

  it("replaces an override and removes the whole canary", () => {
    const { update } = setup();
    const stage = update(
      { op: "replace", path: "/canarySettings/stageVariableOverrides/testVar", value: "updated" },
      { op: "replace", path: "/canarySettings/useStageCache", value: "true" },
    );
    expect(stage.canarySettings).toMatchObject({
      stageVariableOverrides: { testVar: "updated" },
      useStageCache: true,
    });
    expect(update({ op: "remove", path: "/canarySettings" })).not.toHaveProperty("canarySettings");
  });

  it("answers the recorded messages for add, remove of a part, and unknown paths", () => {
    const { nextId, update } = setup();
    expectAwsError(
      () => update({ op: "add", path: "/canarySettings/deploymentId", value: nextId }),
      "BadRequestException",
      "Invalid add operation with path: /canarySettings/deploymentId",
    );
    expectAwsError(
      () => update({ op: "remove", path: "/canarySettings/stageVariableOverrides" }),
      "BadRequestException",
      "Cannot remove method setting canarySettings/stageVariableOverrides because there is no method setting for this method ",
    );
    expectAwsError(
      () => update({ op: "replace", path: "/canarySettings/badPath", value: "x" }),
      "BadRequestException",
      /^Invalid method setting path: \/canarySettings\/badPath\. Must be one of: \[\/deploymentId, /,
    );
  });

  it("refuses a canary deployment that does not exist and traffic above 100 %", () => {
    const { update } = setup();
    expectAwsError(
      () => update({ op: "replace", path: "/canarySettings/deploymentId", value: "deploy" }),
      "BadRequestException",
      "Deployment id does not exist",
    );
    expectAwsError(
      () => update({ op: "replace", path: "/canarySettings/percentTraffic", value: "101" }),
      "BadRequestException",
      "Invalid percentTraffic specified: 101. Must be between 0.0 and 100.0",
    );
  });
});

describe("Promoting a canary", () => {
  it("copies the canary's deployment and merged variables with the documented patch", () => {
    const { cp, restApiId, nextId, update } = setup();
    cp.createDeployment({
      restApiId,
      stageName: "dev",
      canarySettings: { percentTraffic: 10, stageVariableOverrides: { testVar: "canary", newVar: "n" } },
    });
    const canaryId = cp.getStage({ restApiId, stageName: "dev" }).canarySettings?.deploymentId;
    expect(canaryId).not.toBe(nextId);
    const promoted = update(
      { op: "replace", path: "/canarySettings/percentTraffic", value: "0.0" },
      { op: "copy", from: "/canarySettings/deploymentId", path: "/deploymentId" },
      { op: "copy", from: "/canarySettings/stageVariableOverrides", path: "/variables" },
    );
    expect(promoted).toMatchObject({
      deploymentId: canaryId,
      variables: { testVar: "canary", defaultVar: "default", newVar: "n" },
      canarySettings: { percentTraffic: 0 },
    });
  });

  it("promotes as the console does, removing the canary", () => {
    const { cp, restApiId } = setup();
    cp.createDeployment({
      restApiId,
      stageName: "dev",
      canarySettings: { percentTraffic: 10, stageVariableOverrides: { testVar: "canary" } },
    });
    const canaryId = cp.getStage({ restApiId, stageName: "dev" }).canarySettings?.deploymentId;
    const promoted = cp.promoteStageCanary({ restApiId, stageName: "dev" });
    expect([promoted.deploymentId, promoted.variables, promoted.canarySettings]).toEqual([
      canaryId,
      { testVar: "canary", defaultVar: "default" },
      undefined,
    ]);
  });

  it("refuses a promotion without canary, and a copy the wrong way round", () => {
    const { cp, restApiId, update } = setup();
    expectAwsError(
      () => cp.promoteStageCanary({ restApiId, stageName: "dev" }),
      "BadRequestException",
      "Promotion not available. Canary does not exist.",
    );
    expectAwsError(
      () => update({ op: "copy", path: "/canarySettings/stageVariableOverrides", from: "/variables" }),
      "BadRequestException",
      "Invalid copy operation with path: /canarySettings/stageVariableOverrides and from /variables. Valid copy:path are [/deploymentId, /variables] and valid copy:from are [/canarySettings/deploymentId, /canarySettings/stageVariableOverrides]",
    );
  });
});
