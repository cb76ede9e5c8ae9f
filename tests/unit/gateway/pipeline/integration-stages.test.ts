/** The integration stages one at a time, on hand-built contexts (the engine tests run them together). */
import { describe, expect, it } from "vitest";
import type { Method } from "@/lib/gateway/control/types";
import { ApiConfigurationError, UnsupportedMediaTypeError } from "@/lib/gateway/errors";
import { invokeIntegration } from "@/lib/gateway/pipeline/stages/invoke-integration";
import { mapIntegrationRequest } from "@/lib/gateway/pipeline/stages/map-integration-request";
import { mapIntegrationResponse } from "@/lib/gateway/pipeline/stages/map-integration-response";
import { mapMethodResponse } from "@/lib/gateway/pipeline/stages/map-method-response";
import { parseRequest } from "@/lib/gateway/pipeline/stages/parse-request";
import { routeRequest } from "@/lib/gateway/pipeline/stages/route-request";
import { contextFor, envWith, request, snapshotOf, stageOf } from "./helpers";

function routedWith(method: Method, target = "/dev/items/9", extra = {}) {
  const snapshot = snapshotOf([
    { id: "r", path: "/items/{id}", resourceMethods: { [method.httpMethod]: method } },
  ]);
  const env = envWith([
    { apiId: "abc123defg", stage: stageOf("dev", { env: "test" }), deploymentId: "d1", snapshot },
  ]);
  const ctx = contextFor(env, request(method.httpMethod, target, extra));
  parseRequest(ctx);
  routeRequest(ctx);
  return ctx;
}

const mock = (
  over: Partial<NonNullable<Method["methodIntegration"]>> = {},
  methodOver: Partial<Method> = {},
): Method => ({
  httpMethod: "POST",
  authorizationType: "NONE",
  apiKeyRequired: false,
  methodResponses: { "200": { statusCode: "200" }, "404": { statusCode: "404" } },
  methodIntegration: {
    type: "MOCK",
    timeoutInMillis: 29000,
    cacheKeyParameters: [],
    requestTemplates: { "application/json": "{\"statusCode\": $input.json('$.code')}" },
    integrationResponses: {
      "200": {
        statusCode: "200",
        responseTemplates: {
          "application/json": '{"id": "$input.params(\'id\')", "env": "$stageVariables.env"}',
        },
      },
      "404": {
        statusCode: "404",
        selectionPattern: "404",
        responseParameters: { "method.response.header.X-Reason": "'missing'" },
      },
    },
    ...over,
  },
  ...methodOver,
});

const json = (body: string) => ({
  headers: [["Content-Type", "application/json"]] as Array<[string, string]>,
  body: new TextEncoder().encode(body),
});

describe("mapIntegrationRequest", () => {
  it("renders the request template and records the body sent to the integration", () => {
    const ctx = routedWith(mock(), "/dev/items/9", json('{"code": 200}'));
    mapIntegrationRequest(ctx);
    expect(ctx.integrationRequest?.body).toBe('{"statusCode": 200}');
    expect(ctx.trace.at(-1)?.lines[0]).toBe(
      'Endpoint request body after transformations: {"statusCode": 200}',
    );
  });

  it("maps integration request parameters from the method request, stage variables and static values", () => {
    const ctx = routedWith(
      mock({
        requestParameters: {
          "integration.request.header.X-Id": "method.request.path.id",
          "integration.request.querystring.env": "stageVariables.env",
          "integration.request.header.X-Static": "'s'",
        },
      }),
      "/dev/items/9",
      json('{"code": 200}'),
    );
    mapIntegrationRequest(ctx);
    expect(ctx.integrationRequest).toMatchObject({
      header: { "X-Id": "9", "X-Static": "s" },
      querystring: { env: ["test"] },
    });
  });

  it("throws 415 for a content type without a template under WHEN_NO_TEMPLATES", () => {
    const ctx = routedWith(mock({ passthroughBehavior: "WHEN_NO_TEMPLATES" }), "/dev/items/9", {
      headers: [["Content-Type", "text/plain"]],
      body: new TextEncoder().encode("x"),
    });
    expect(() => mapIntegrationRequest(ctx)).toThrow(UnsupportedMediaTypeError);
  });

  it("passes the body through unchanged for a proxy integration", () => {
    const ctx = routedWith(
      mock({ type: "HTTP_PROXY", uri: "http://echo.sandbox.internal/x" }),
      "/dev/items/9",
      json('{"a":1}'),
    );
    mapIntegrationRequest(ctx);
    expect(ctx.integrationRequest?.body).toBe('{"a":1}');
  });
});

describe("invokeIntegration (MOCK), mapIntegrationResponse and mapMethodResponse", () => {
  async function run(code: number) {
    const ctx = routedWith(mock(), "/dev/items/9", json(`{"code": ${code}}`));
    mapIntegrationRequest(ctx);
    await invokeIntegration(ctx);
    mapIntegrationResponse(ctx);
    mapMethodResponse(ctx);
    return ctx;
  }

  it("selects the default integration response and renders its template with stage variables", async () => {
    const ctx = await run(200);
    expect(ctx.integrationResult?.statusCode).toBe(200);
    expect(ctx.response).toEqual({
      statusCode: 200,
      headers: [["Content-Type", "application/json"]],
      body: '{"id": "9", "env": "test"}',
    });
  });

  it("selects the integration response whose pattern matches the status and maps its headers", async () => {
    const ctx = await run(404);
    expect(ctx.response?.statusCode).toBe(404);
    expect(ctx.response?.headers).toContainEqual(["X-Reason", "missing"]);
    expect(ctx.response?.body).toBe(""); // a MOCK's payload is empty and the 404 response has no template
  });

  it("fails with 500 when the selected status has no method response", async () => {
    const ctx = routedWith(
      mock({}, { methodResponses: { "404": { statusCode: "404" } } }),
      "/dev/items/9",
      json('{"code": 200}'),
    );
    mapIntegrationRequest(ctx);
    await invokeIntegration(ctx);
    expect(() => mapIntegrationResponse(ctx)).toThrow(ApiConfigurationError);
  });

  it("leaves a response that a proxy integration already produced alone", async () => {
    const ctx = routedWith(mock());
    ctx.response = { statusCode: 201, headers: [], body: "done" };
    mapIntegrationResponse(ctx);
    mapMethodResponse(ctx);
    expect(ctx.response).toEqual({ statusCode: 201, headers: [], body: "done" });
  });
});
