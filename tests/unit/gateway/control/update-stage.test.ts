import { describe, expect, it } from "vitest";
import type { PatchOperation } from "@/lib/gateway/control";
import { START_SECONDS, createMockApi, createTestControlPlane, expectAwsError } from "./fixture";

const VALID_PATHS =
  "[/deploymentId, /description, /cacheClusterEnabled, /cacheClusterSize, /clientCertificateId, /accessLogSettings, /accessLogSettings/destinationArn, /accessLogSettings/format, /{resourcePath}/{httpMethod}/metrics/enabled, /{resourcePath}/{httpMethod}/logging/dataTrace, /{resourcePath}/{httpMethod}/logging/loglevel, /{resourcePath}/{httpMethod}/throttling/burstLimit/{resourcePath}/{httpMethod}/throttling/rateLimit/{resourcePath}/{httpMethod}/caching/ttlInSeconds, /{resourcePath}/{httpMethod}/caching/enabled, /{resourcePath}/{httpMethod}/caching/dataEncrypted, /{resourcePath}/{httpMethod}/caching/requireAuthorizationForCacheControl, /{resourcePath}/{httpMethod}/caching/unauthorizedCacheControlHeaderStrategy, /*/*/metrics/enabled, /*/*/logging/dataTrace, /*/*/logging/loglevel, /*/*/throttling/burstLimit /*/*/throttling/rateLimit /*/*/caching/ttlInSeconds, /*/*/caching/enabled, /*/*/caching/dataEncrypted, /*/*/caching/requireAuthorizationForCacheControl, /*/*/caching/unauthorizedCacheControlHeaderStrategy, /variables/{variable_name}, /tracingEnabled]";

/** The recorded materialised method setting, with the fields a test sets. */
function setting(overrides: object) {
  return {
    cacheDataEncrypted: false,
    cacheTtlInSeconds: 300,
    cachingEnabled: false,
    dataTraceEnabled: false,
    metricsEnabled: false,
    requireAuthorizationForCacheControl: true,
    throttlingRateLimit: 10000,
    unauthorizedCacheControlHeaderStrategy: "SUCCEED_WITH_RESPONSE_HEADER",
    ...overrides,
  };
}

function setup() {
  const { cp, events, clock } = createTestControlPlane();
  const { restApiId } = createMockApi(cp);
  const { id: deploymentId } = cp.createDeployment({ restApiId, stageName: "s1" });
  const update = (...patchOperations: PatchOperation[]) =>
    cp.updateStage({ restApiId, stageName: "s1", patchOperations });
  return { cp, events, clock, restApiId, deploymentId, update };
}

describe("UpdateStage: method settings", () => {
  it("materialises defaults, lets a method inherit */*, and keeps it when */* changes, as recorded", () => {
    const { update } = setup();
    const stage = update(
      { op: "replace", path: "/description", value: "stage new" },
      { op: "replace", path: "/variables/var1", value: "test" },
      { op: "replace", path: "/*/*/throttling/burstLimit", value: "123" },
      { op: "replace", path: "/*/*/caching/enabled", value: "true" },
      { op: "replace", path: "/tracingEnabled", value: "true" },
      { op: "replace", path: "/test/GET/throttling/burstLimit", value: "124" },
    );
    expect(stage).toMatchObject({
      description: "stage new",
      variables: { var1: "test" },
      tracingEnabled: true,
    });
    expect(stage.methodSettings).toEqual({
      "*/*": setting({ cachingEnabled: true, throttlingBurstLimit: 123 }),
      "test/GET": setting({ cachingEnabled: true, throttlingBurstLimit: 124 }),
    });
    const after = update({ op: "replace", path: "/*/*/throttling/burstLimit", value: "100" });
    expect([
      after.methodSettings["*/*"]?.throttlingBurstLimit,
      after.methodSettings["test/GET"]?.throttlingBurstLimit,
    ]).toEqual([100, 124]);
  });

  it("keys a ~1-encoded resource path without its leading slash", () => {
    const { update } = setup();
    const stage = update(
      { op: "replace", path: "/~1pets~1{petId}/POST/throttling/rateLimit", value: "12.5" },
      { op: "replace", path: "/~1pets/GET/caching/ttlInSeconds", value: "60" },
    );
    expect(Object.keys(stage.methodSettings)).toEqual(["pets/{petId}/POST", "pets/GET"]);
    expect([
      stage.methodSettings["pets/{petId}/POST"]?.throttlingRateLimit,
      stage.methodSettings["pets/GET"]?.cacheTtlInSeconds,
    ]).toEqual([12.5, 60]);
  });

  it("refuses ANY, a lone wildcard and unknown paths with AWS's list of valid paths", () => {
    const { update } = setup();
    for (const path of [
      "/pets/ANY/caching/enabled",
      "/pets/*/caching/enabled",
      "/documentation_version",
      "/tags/tag1",
      "/*/*/caching/bogus",
    ]) {
      expectAwsError(
        () => update({ op: "replace", path, value: "true" }),
        "BadRequestException",
        `Invalid method setting path: ${path}. Must be one of: ${VALID_PATHS}`,
      );
    }
  });

  it("removes a whole method setting, and refuses to remove one that does not exist", () => {
    const { update } = setup();
    update({ op: "replace", path: "/*/*/metrics/enabled", value: "true" });
    expect(update({ op: "remove", path: "/*/*" }).methodSettings).toEqual({});
    expectAwsError(
      () => update({ op: "remove", path: "/*/*" }),
      "BadRequestException",
      "Cannot remove method setting */* because there is no method setting for this method ",
    );
  });

  it("refuses a TTL above 3600 s and leaves the stage untouched", () => {
    const { cp, restApiId, update } = setup();
    expectAwsError(
      () =>
        update(
          { op: "replace", path: "/description", value: "changed" },
          { op: "replace", path: "/*/*/caching/ttlInSeconds", value: "3601" },
        ),
      "BadRequestException",
      "Invalid cache TTL specified: 3601. Must be between 0 and 3600",
    );
    expect(cp.getStage({ restApiId, stageName: "s1" })).not.toHaveProperty("description");
  });
});

describe("UpdateStage: stage fields", () => {
  it("toggles the cache cluster and validates its size", () => {
    const { update } = setup();
    expect(update({ op: "replace", path: "/cacheClusterEnabled", value: "true" })).toMatchObject({
      cacheClusterEnabled: true,
      cacheClusterStatus: "AVAILABLE",
      cacheClusterSize: "0.5",
    });
    expect(update({ op: "replace", path: "/cacheClusterSize", value: "6.1" }).cacheClusterSize).toBe("6.1");
    expectAwsError(
      () => update({ op: "replace", path: "/cacheClusterSize", value: "7" }),
      "BadRequestException",
      "Invalid cache cluster size specified: 7",
    );
    expect(update({ op: "replace", path: "/cacheClusterEnabled", value: "false" }).cacheClusterStatus).toBe(
      "NOT_AVAILABLE",
    );
  });

  it("points the stage at another deployment, which must exist", () => {
    const { cp, restApiId, update } = setup();
    const { id } = cp.createDeployment({ restApiId });
    expect(update({ op: "replace", path: "/deploymentId", value: id }).deploymentId).toBe(id);
    expectAwsError(
      () => update({ op: "replace", path: "/deploymentId", value: "nope42" }),
      "BadRequestException",
      "Deployment id does not exist",
    );
  });

  it("sets an access log format that names the request id, and refuses others", () => {
    const { update } = setup();
    const format = '{"requestId":"$context.requestId","status":"$context.status"}';
    expect(
      update(
        { op: "replace", path: "/accessLogSettings/format", value: format },
        {
          op: "replace",
          path: "/accessLogSettings/destinationArn",
          value: "arn:aws:logs:us-east-1:111111111111:log-group:access",
        },
      ).accessLogSettings,
    ).toEqual({ format, destinationArn: "arn:aws:logs:us-east-1:111111111111:log-group:access" });
    expectAwsError(
      () => update({ op: "replace", path: "/accessLogSettings/format", value: "$context.status" }),
      "BadRequestException",
      "Access Log format must include either $context.requestId or $context.extendedRequestId : '$context.status'",
    );
    expect(update({ op: "remove", path: "/accessLogSettings" })).not.toHaveProperty("accessLogSettings");
  });

  it("adds and removes stage variables, validating them", () => {
    const { update } = setup();
    expect(update({ op: "add", path: "/variables/url", value: "a.example" }).variables).toEqual({
      url: "a.example",
    });
    expect(update({ op: "remove", path: "/variables/url" })).not.toHaveProperty("variables");
    expectAwsError(
      () => update({ op: "add", path: "/variables/bad-name", value: "x" }),
      "BadRequestException",
      "Invalid stage variable name: bad-name. Please use names with only word characters.",
    );
  });

  it("stamps lastUpdatedDate and tells subscribers", () => {
    const { events, clock, restApiId, update } = setup();
    clock.advance(60_000);
    expect(update({ op: "replace", path: "/description", value: "x" })).toMatchObject({
      createdDate: START_SECONDS,
      lastUpdatedDate: START_SECONDS + 60,
    });
    expect(events.at(-1)).toEqual({ type: "StageChanged", restApiId, stageName: "s1" });
  });
});
