import { describe, expect, it } from "vitest";
import {
  PROMOTE_CANARY_PATCH,
  toAccessLogPatch,
  toCachingPatch,
  toCanaryPatch,
  toMethodRoute,
  toMethodSettingKey,
  toMethodSettingPath,
  toThrottlePatch,
  toVariablePatch,
} from "@/app/_components/workbench/apis/stage-patch";
import { ACCESS_LOG_PRESETS } from "@/app/_components/workbench/apis/access-log-presets";
import { createMockApi, createTestControlPlane } from "../gateway/control/fixture";

function deployedStage() {
  const { cp } = createTestControlPlane();
  const { restApiId } = createMockApi(cp);
  cp.createDeployment({ restApiId, stageName: "dev" });
  const update = (patchOperations: ReturnType<typeof toThrottlePatch>) =>
    cp.updateStage({ restApiId, stageName: "dev", patchOperations });
  return { cp, restApiId, update };
}

describe("method setting paths", () => {
  it("writes the stage defaults as /*/* and a method's resource path as one escaped segment", () => {
    expect(toMethodSettingPath("*/*")).toBe("/*/*");
    expect(toMethodSettingPath({ resourcePath: "/pets/{id}", httpMethod: "GET" })).toBe("/~1pets~1{id}/GET");
    expect(toMethodSettingPath({ resourcePath: "/", httpMethod: "POST" })).toBe("/~1/POST");
  });

  it("reads methodSettings keys back into routes, the root included", () => {
    expect(toMethodRoute("pets/{id}/GET")).toEqual({ resourcePath: "/pets/{id}", httpMethod: "GET" });
    expect(toMethodRoute("/GET")).toEqual({ resourcePath: "/", httpMethod: "GET" });
    expect(toMethodRoute("*/*")).toBeUndefined();
    expect(toMethodSettingKey({ resourcePath: "/pets", httpMethod: "GET" })).toBe("pets/GET");
  });

  it("files a per-method throttle under the key the engine uses, leaving the stage default alone", () => {
    const { update } = deployedStage();
    const prefix = toMethodSettingPath({ resourcePath: "/pets", httpMethod: "GET" });
    const stage = update(toThrottlePatch(prefix, { rateLimit: "5", burstLimit: "2" }));
    expect(stage.methodSettings["pets/GET"]).toMatchObject({
      throttlingRateLimit: 5,
      throttlingBurstLimit: 2,
    });
    expect(stage.methodSettings["*/*"]).toBeUndefined();
    expect(toMethodRoute("pets/GET")).toEqual({ resourcePath: "/pets", httpMethod: "GET" });
  });
});

describe("throttling and caching patches", () => {
  it("skips blank limits so the current value stays", () => {
    expect(toThrottlePatch("/*/*", { rateLimit: " 100 ", burstLimit: "" })).toEqual([
      { op: "replace", path: "/*/*/throttling/rateLimit", value: "100" },
    ]);
  });

  it("sets caching, TTL and the invalidation rule of the stage defaults", () => {
    const { update } = deployedStage();
    const stage = update(
      toCachingPatch("/*/*", { enabled: true, ttlInSeconds: "60", requireAuthorization: false }),
    );
    expect(stage.methodSettings["*/*"]).toMatchObject({
      cachingEnabled: true,
      cacheTtlInSeconds: 60,
      requireAuthorizationForCacheControl: false,
    });
  });
});

describe("stage variables and canary", () => {
  it("adds and removes a variable", () => {
    const { update } = deployedStage();
    expect(update([toVariablePatch("backend", "https://example.com/v1")]).variables).toEqual({
      backend: "https://example.com/v1",
    });
    expect(update([toVariablePatch("backend", undefined)]).variables).toBeUndefined();
  });

  it("creates a canary on the stage's own deployment, then promotes it with the documented copy ops", () => {
    const { update } = deployedStage();
    const stage = update(
      toCanaryPatch({
        percentTraffic: "12.5",
        useStageCache: true,
        stageVariableOverrides: { color: "blue" },
      }),
    );
    expect(stage.canarySettings).toEqual({
      deploymentId: stage.deploymentId,
      percentTraffic: 12.5,
      useStageCache: true,
      stageVariableOverrides: { color: "blue" },
    });
    const promoted = update([...PROMOTE_CANARY_PATCH]);
    expect(promoted.canarySettings).toBeUndefined();
    expect(promoted.variables).toEqual({ color: "blue" });
  });
});

describe("access logs", () => {
  it("accepts every console preset, which all name $context.requestId", () => {
    const { update } = deployedStage();
    for (const preset of ACCESS_LOG_PRESETS) {
      const stage = update(
        toAccessLogPatch(preset.format, "arn:aws:logs:us-east-1:111111111111:log-group:access"),
      );
      expect(stage.accessLogSettings?.format).toBe(preset.format);
    }
  });

  it("turns access logging off when both fields are blank, and clears a blank destination alone", () => {
    expect(toAccessLogPatch(" ", "")).toEqual([{ op: "remove", path: "/accessLogSettings" }]);
    expect(toAccessLogPatch("$context.requestId", "")).toEqual([
      { op: "replace", path: "/accessLogSettings/format", value: "$context.requestId" },
      { op: "remove", path: "/accessLogSettings/destinationArn" },
    ]);
    const { update } = deployedStage();
    update(toAccessLogPatch("$context.requestId", "arn:aws:logs:us-east-1:1:log-group:a"));
    expect(update(toAccessLogPatch("", "")).accessLogSettings).toBeUndefined();
  });
});
