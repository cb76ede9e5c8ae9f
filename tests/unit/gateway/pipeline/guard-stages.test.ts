import { describe, expect, it } from "vitest";
import type { MethodSetting } from "@/lib/gateway/control/types";
import { BadRequestBodyError, BadRequestParametersError, ThrottledError } from "@/lib/gateway/errors";
import { lookupCache } from "@/lib/gateway/pipeline/stages/lookup-cache";
import { parseRequest } from "@/lib/gateway/pipeline/stages/parse-request";
import { routeRequest } from "@/lib/gateway/pipeline/stages/route-request";
import { storeCache } from "@/lib/gateway/pipeline/stages/store-cache";
import { throttleRequest } from "@/lib/gateway/pipeline/stages/throttle-request";
import { validateMethodRequest } from "@/lib/gateway/pipeline/stages/validate-method-request";
import { contextFor, envWith, mockMethod, request, snapshotOf, stageOf } from "./helpers";

const setting = (extra: Partial<MethodSetting>): MethodSetting => ({
  metricsEnabled: false,
  dataTraceEnabled: false,
  cachingEnabled: false,
  cacheTtlInSeconds: 300,
  cacheDataEncrypted: false,
  requireAuthorizationForCacheControl: true,
  unauthorizedCacheControlHeaderStrategy: "SUCCEED_WITH_RESPONSE_HEADER",
  ...extra,
});

const snapshot = {
  ...snapshotOf([
    {
      id: "res",
      path: "/nested/{test}",
      resourceMethods: {
        POST: mockMethod("POST", {
          requestValidatorId: "v1",
          requestModels: { "application/json": "testSchema" },
          requestParameters: {
            "method.request.path.test": true,
            "method.request.querystring.qs1": true,
            "method.request.header.x-header-param": true,
          },
        }),
        GET: mockMethod("GET"),
      },
    },
  ]),
  requestValidators: [
    { id: "v1", name: "test-validator", validateRequestBody: true, validateRequestParameters: true },
  ],
  models: [
    {
      id: "m1",
      name: "testSchema",
      contentType: "application/json",
      schema: JSON.stringify({
        $schema: "http://json-schema.org/draft-04/schema#",
        type: "object",
        properties: { a: { type: "number" }, b: { type: "number" } },
        required: ["a", "b"],
      }),
    },
  ],
};

function routed(method: string, target: string, stage = stageOf("local"), extra = {}) {
  const env = envWith([{ apiId: "abc123defg", stage, deploymentId: "d1", snapshot }]);
  const ctx = contextFor(env, request(method, target, extra));
  parseRequest(ctx);
  routeRequest(ctx);
  return ctx;
}

describe("validateMethodRequest", () => {
  it("reports missing parameters before looking at the body (REC order)", () => {
    const ctx = routed("POST", "/local/nested/value", undefined, {
      headers: [["Content-Type", "application/json"]],
      body: new TextEncoder().encode('{"test": "test"}'),
    });
    expect(() => validateMethodRequest(ctx)).toThrow(BadRequestParametersError);
    expect(() => validateMethodRequest(ctx)).toThrow(
      "Missing required request parameters: [x-header-param, qs1]",
    );
  });

  it("rejects a body that does not match the model with Invalid request body", () => {
    const ctx = routed("POST", "/local/nested/value?qs1=1", undefined, {
      headers: [
        ["Content-Type", "application/json"],
        ["x-header-param", "h"],
      ],
      body: new TextEncoder().encode('{"a": 1}'),
    });
    expect(() => validateMethodRequest(ctx)).toThrow(BadRequestBodyError);
    const ok = routed("POST", "/local/nested/value?qs1=1", undefined, {
      headers: [
        ["Content-Type", "application/json"],
        ["x-header-param", "h"],
      ],
      body: new TextEncoder().encode('{"a": 1, "b": 2}'),
    });
    expect(() => validateMethodRequest(ok)).not.toThrow();
  });
});

describe("throttleRequest", () => {
  it("answers 429 once a stage method bucket is empty, and refills with (virtual) time", () => {
    const stage = {
      ...stageOf("local"),
      methodSettings: { "*/*": setting({ throttlingRateLimit: 1, throttlingBurstLimit: 2 }) },
    };
    const env = envWith([{ apiId: "abc123defg", stage, deploymentId: "d1", snapshot }]);
    const send = () => {
      const ctx = contextFor(env, request("GET", "/local/nested/x"));
      parseRequest(ctx);
      routeRequest(ctx);
      throttleRequest(ctx);
    };
    send();
    send();
    expect(send).toThrow(ThrottledError);
    env.clock.advance(1000);
    expect(send).not.toThrow();
  });
});

describe("lookupCache and storeCache", () => {
  it("serves the second GET from the cache until the TTL passes", () => {
    const stage = {
      ...stageOf("local"),
      cacheClusterEnabled: true,
      cacheClusterSize: "0.5" as const,
      methodSettings: { "*/*": setting({ cachingEnabled: true, cacheTtlInSeconds: 60 }) },
    };
    const env = envWith([{ apiId: "abc123defg", stage, deploymentId: "d1", snapshot }]);
    const send = () => {
      const ctx = contextFor(env, request("GET", "/local/nested/x"));
      parseRequest(ctx);
      routeRequest(ctx);
      lookupCache(ctx);
      if (!ctx.response) {
        ctx.response = {
          statusCode: 200,
          headers: [["Content-Type", "application/json"]],
          body: `{"n":${env.clock.now()}}`,
        };
        storeCache(ctx);
        return { hit: false, body: ctx.response.body };
      }
      return { hit: true, body: ctx.response.body };
    };
    const first = send();
    expect(first.hit).toBe(false);
    env.clock.advance(30_000);
    expect(send()).toEqual({ hit: true, body: first.body });
    env.clock.advance(31_000);
    expect(send().hit).toBe(false);
  });
});
