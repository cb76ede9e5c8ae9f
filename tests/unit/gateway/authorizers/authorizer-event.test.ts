import { describe, expect, it } from "vitest";
import { buildRequestAuthorizerEvent, buildTokenAuthorizerEvent } from "@/lib/gateway/authorizers/lambda";
import { authorizerRequest } from "./authorizer-fixtures";

const METHOD_ARN = "arn:aws:execute-api:us-east-1:123456789012:abc123defg/prod/GET/pets/42";

describe("Lambda authorizer events", () => {
  it("sends a TOKEN authorizer exactly type, authorizationToken and methodArn, in the documented order", () => {
    expect(JSON.stringify(buildTokenAuthorizerEvent("Bearer abc", METHOD_ARN))).toBe(
      `{"type":"TOKEN","authorizationToken":"Bearer abc","methodArn":"${METHOD_ARN}"}`,
    );
  });

  it("sends a REQUEST authorizer the request's parameters and requestContext, and no body", () => {
    const request = authorizerRequest({
      headers: { HeaderAuth1: "headerValue1" },
      multiValueHeaders: { HeaderAuth1: ["headerValue1"] },
      queryStringParameters: { QueryString1: "queryValue1" },
      multiValueQueryStringParameters: { QueryString1: ["queryValue1"] },
      stageVariables: { StageVar1: "stageValue1" },
    });
    const event = buildRequestAuthorizerEvent(request, METHOD_ARN);
    expect(Object.keys(event)).toEqual([
      "type",
      "methodArn",
      "resource",
      "path",
      "httpMethod",
      "headers",
      "multiValueHeaders",
      "queryStringParameters",
      "multiValueQueryStringParameters",
      "pathParameters",
      "stageVariables",
      "requestContext",
    ]);
    expect(event).toEqual({
      type: "REQUEST",
      methodArn: METHOD_ARN,
      resource: "/pets/{petId}",
      path: "/pets/42",
      httpMethod: "GET",
      headers: { HeaderAuth1: "headerValue1" },
      multiValueHeaders: { HeaderAuth1: ["headerValue1"] },
      queryStringParameters: { QueryString1: "queryValue1" },
      multiValueQueryStringParameters: { QueryString1: ["queryValue1"] },
      pathParameters: { petId: "42" },
      stageVariables: { StageVar1: "stageValue1" },
      requestContext: { requestId: "req-1", stage: "prod", identity: { sourceIp: "203.0.113.7" } },
    });
  });

  it("keeps null for absent query strings, path parameters and stage variables, as the proxy event does", () => {
    const event = buildRequestAuthorizerEvent(authorizerRequest({ pathParameters: null }), METHOD_ARN);
    expect(event.queryStringParameters).toBeNull();
    expect(event.multiValueQueryStringParameters).toBeNull();
    expect(event.pathParameters).toBeNull();
    expect(event.stageVariables).toBeNull();
  });
});
