import { describe, expect, it } from "vitest";
import { buildLambdaProxyEvent } from "@/lib/gateway/integrations/lambda-proxy-event";
import { parseRequest } from "@/lib/gateway/pipeline/stages/parse-request";
import { routeRequest } from "@/lib/gateway/pipeline/stages/route-request";
import { contextFor, envWith, mockMethod, request, snapshotOf, stageOf } from "../pipeline/helpers";

const snapshot = snapshotOf([
  { id: "root", path: "/", resourceMethods: {} },
  { id: "proxy", path: "/{proxy+}", resourceMethods: { ANY: mockMethod("ANY") } },
  { id: "hard", path: "/hardcoded", resourceMethods: { ANY: mockMethod("ANY") } },
]);
const deployed = { apiId: "abc123defg", stage: stageOf("stage"), deploymentId: "dep001", snapshot };

function eventFor(req: ReturnType<typeof request>) {
  const ctx = contextFor(envWith([deployed]), req);
  parseRequest(ctx);
  routeRequest(ctx);
  return buildLambdaProxyEvent(ctx);
}

describe("Lambda proxy event 1.0", () => {
  it("keeps the trailing slash in path and strips it from the greedy parameter (REC rest-lambdaproxy-event-002)", () => {
    const event = eventFor(request("GET", "/stage/proxy-value/"));
    expect(event).toMatchObject({
      path: "/proxy-value/",
      pathParameters: { proxy: "proxy-value" },
      body: null,
      queryStringParameters: null,
      multiValueQueryStringParameters: null,
      stageVariables: null,
      resource: "/{proxy+}",
      isBase64Encoded: false,
    });
    expect(event.requestContext.path).toBe("/stage/proxy-value/");
  });

  it("keeps inner double slashes (REC -003) and collapses a leading // only in path (REC -006)", () => {
    expect(eventFor(request("GET", "/stage/proxy-value//double-slash"))).toMatchObject({
      path: "/proxy-value//double-slash",
      pathParameters: { proxy: "proxy-value//double-slash" },
    });
    const hard = eventFor(request("GET", "/stage//hardcoded"));
    expect(hard).toMatchObject({ resource: "/hardcoded", path: "/hardcoded", pathParameters: null });
    expect(hard.requestContext.path).toBe("/stage//hardcoded");
  });

  it("gives both header views with the client's spelling, last value in headers, and drops hop-by-hop headers (REC)", () => {
    const event = eventFor(
      request("GET", "/stage/x", {
        headers: [
          ["tEsT-HEADeR", "a"],
          ["tEsT-HEADeR", "b"],
          ["Connection", "keep-alive"],
          ["Authorization", "t"],
        ],
      }),
    );
    expect(event.headers?.["tEsT-HEADeR"]).toBe("b");
    expect(event.multiValueHeaders?.["tEsT-HEADeR"]).toEqual(["a", "b"]);
    expect(event.headers?.Connection).toBeUndefined();
    expect(event.headers?.Authorization).toBe("t");
    expect(event.headers?.["X-Forwarded-For"]).toBe("203.0.113.7");
  });

  it("drops an Authorization header that carries a SigV4 signature (DOC)", () => {
    const event = eventFor(
      request("GET", "/stage/x", {
        headers: [
          [
            "Authorization",
            "AWS4-HMAC-SHA256 Credential=AKIA/20260101/us-east-1/execute-api/aws4_request, SignedHeaders=host, Signature=ab",
          ],
        ],
      }),
    );
    expect(event.headers?.Authorization).toBeUndefined();
    expect(event.multiValueHeaders?.Authorization).toBeUndefined();
  });

  it("decodes query values, last one wins in the single-value view (REC)", () => {
    const event = eventFor(
      request("GET", "/stage/x?category=electronics&category=books&price=10&price=20&price=30"),
    );
    expect(event.queryStringParameters).toEqual({ category: "books", price: "30" });
    expect(event.multiValueQueryStringParameters).toEqual({
      category: ["electronics", "books"],
      price: ["10", "20", "30"],
    });
  });

  it("carries the recorded requestContext keys", () => {
    const ctx = eventFor(request("POST", "/stage/x", { body: new TextEncoder().encode('{"a":1}') }));
    expect(ctx.body).toBe('{"a":1}');
    expect(Object.keys(ctx.requestContext).sort()).toEqual(
      [
        "accountId",
        "apiId",
        "deploymentId",
        "domainName",
        "domainPrefix",
        "extendedRequestId",
        "httpMethod",
        "identity",
        "path",
        "protocol",
        "requestId",
        "requestTime",
        "requestTimeEpoch",
        "resourceId",
        "resourcePath",
        "stage",
      ].sort(),
    );
    expect(ctx.requestContext.requestTime).toMatch(/^\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2} \+0000$/);
  });
});
