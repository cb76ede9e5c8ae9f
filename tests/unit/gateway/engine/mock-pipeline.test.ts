import { describe, expect, it } from "vitest";
import { createTestSandbox } from "./sandbox";

const MOCK = { type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } };

describe("REST pipeline end to end (MOCK)", () => {
  it("answers through the request template, integration response and response template", async () => {
    const sb = await createTestSandbox();
    const api = sb
      .api()
      .method("/pets/{id}", "GET", {
        requestParameters: { "method.request.path.id": true },
        integration: MOCK,
        responses: {
          "200": {
            responseTemplates: {
              "application/json": '{"id": "$input.params(\'id\')", "stage": "$context.stage"}',
            },
          },
        },
      })
      .deploy("dev");
    const res = await sb.call(api.id, "GET", "/dev/pets/42");
    expect(res.response.statusCode).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ id: "42", stage: "dev" });
    expect(res.header("content-type")).toBe("application/json");
    expect(res.header("x-amzn-RequestId")).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.header("x-amz-apigw-id")).toMatch(/^[A-Za-z0-9_-]{15}=$/);
    expect([...new Set(res.trace.map((t) => t.stage))]).toEqual([
      "parseRequest",
      "routeRequest",
      "checkResourcePolicy",
      "authorizeRequest",
      "validateApiKey",
      "throttleRequest",
      "validateMethodRequest",
      "lookupCache",
      "mapIntegrationRequest",
      "invokeIntegration",
      "mapIntegrationResponse",
      "mapMethodResponse",
      "storeCache",
    ]);
  });

  it("returns the exact 403 Missing Authentication Token for unknown paths, methods and stages", async () => {
    const sb = await createTestSandbox();
    const api = sb
      .api()
      .method("/pets", "GET", { integration: MOCK, responses: { "200": {} } })
      .deploy("dev");
    for (const [method, target] of [
      ["GET", "/dev/dogs"],
      ["POST", "/dev/pets"],
      ["GET", "/prod/pets"],
      ["GET", "/"],
    ] as const) {
      const res = await sb.call(api.id, method, target);
      expect(res.response.statusCode).toBe(403);
      expect(res.text).toBe('{"message":"Missing Authentication Token"}');
      expect(res.header("x-amzn-ErrorType")).toBe("MissingAuthenticationTokenException");
    }
  });

  it("applies responseOverride from the request template with no response template (REC rest-mock-003)", async () => {
    const sb = await createTestSandbox();
    const api = sb
      .api()
      .method("/", "GET", {
        integration: {
          type: "MOCK",
          requestTemplates: {
            "application/json":
              '#set($context.responseOverride.status = 444)#set($context.responseOverride.header.foo = "bar"){"statusCode": 200}',
          },
        },
        responses: { "200": {} },
      })
      .deploy("dev");
    const res = await sb.call(api.id, "GET", "/dev/");
    expect(res.response.statusCode).toBe(444);
    expect(res.header("foo")).toBe("bar");
    expect(res.text).toBe("");
  });

  it("uses a customised gateway response only after a redeploy, and DEFAULT_4XX headers on other 4XX", async () => {
    const sb = await createTestSandbox();
    const api = sb
      .api()
      .method("/pets", "GET", { integration: MOCK, responses: { "200": {} } })
      .deploy("dev");
    sb.cp.putGatewayResponse({
      restApiId: api.id,
      responseType: "MISSING_AUTHENTICATION_TOKEN",
      statusCode: "404",
      responseTemplates: { "application/json": '{"error":"no route $context.path"}' },
    });
    expect((await sb.call(api.id, "GET", "/dev/dogs")).response.statusCode).toBe(403);
    api.deploy("dev");
    const res = await sb.call(api.id, "GET", "/dev/dogs");
    expect(res.response.statusCode).toBe(404);
    expect(res.text).toBe('{"error":"no route /dev/dogs"}');
  });

  it("refuses a content type without a template under NEVER with 415 Unsupported Media Type", async () => {
    const sb = await createTestSandbox();
    const api = sb
      .api()
      .method("/", "POST", {
        integration: { ...MOCK, passthroughBehavior: "NEVER" },
        responses: { "200": {} },
      })
      .deploy("dev");
    const res = await sb.call(api.id, "POST", "/dev/", {
      headers: { "Content-Type": "application/xml" },
      body: "<a/>",
    });
    expect(res.response.statusCode).toBe(415);
    expect(res.text).toBe('{"message":"Unsupported Media Type"}');
  });

  it("answers 500 with AWS's spaced body when no integration response matches and none is default", async () => {
    const sb = await createTestSandbox();
    const api = sb
      .api()
      .method("/", "GET", {
        integration: { type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 404}' } },
        responses: { "200": { selectionPattern: "2\\d{2}" } },
      })
      .deploy("dev");
    const res = await sb.call(api.id, "GET", "/dev/");
    expect(res.response.statusCode).toBe(500);
    expect(res.text).toBe('{"message": "Internal server error"}');
  });

  it("serves cached GETs and counts hits and misses in the metrics", async () => {
    const sb = await createTestSandbox();
    const api = sb
      .api("cached")
      .method("/time", "GET", {
        integration: MOCK,
        responses: {
          "200": { responseTemplates: { "application/json": '{"t": $context.requestTimeEpoch}' } },
        },
      })
      .deploy("dev");
    sb.cp.updateStage({
      restApiId: api.id,
      stageName: "dev",
      patchOperations: [
        { op: "replace", path: "/cacheClusterEnabled", value: "true" },
        { op: "replace", path: "/cacheClusterSize", value: "0.5" },
        { op: "replace", path: "/*/*/caching/enabled", value: "true" },
      ],
    });
    const first = await sb.call(api.id, "GET", "/dev/time");
    sb.clock.advance(1000);
    const second = await sb.call(api.id, "GET", "/dev/time");
    expect(second.cacheHit).toBe(true);
    expect(second.text).toBe(first.text);
    const start = sb.clock.now() - 120_000;
    const hits = sb.dataPlane.metrics.getStatistics(
      "CacheHitCount",
      { ApiName: "cached", Stage: "dev" },
      start,
      start + 240_000,
    );
    expect(hits.reduce((n, p) => n + p.Sum, 0)).toBe(1);
  });
});
