import { describe, expect, it } from "vitest";
import type { PutIntegrationInput } from "@/lib/gateway/control";
import { createTestControlPlane, expectAwsError } from "./fixture";

const LAMBDA_URI =
  "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:111111111111:function:pets/invocations";

function setup() {
  const { cp } = createTestControlPlane();
  const api = cp.createRestApi({ name: "pets" });
  const ids = { restApiId: api.id, resourceId: api.rootResourceId, httpMethod: "GET" };
  cp.putMethod({
    ...ids,
    authorizationType: "NONE",
    requestParameters: { "method.request.path.proxy": true },
  });
  const put = (input: Partial<PutIntegrationInput>) => cp.putIntegration({ ...ids, type: "MOCK", ...input });
  return { cp, ids, put };
}

describe("PutIntegration", () => {
  it("gives a MOCK integration AWS's defaults and no backend", () => {
    const { cp, ids, put } = setup();
    const integration = put({
      uri: "http://ignored",
      integrationHttpMethod: "GET",
      requestTemplates: { "application/json": '{"statusCode": 200}' },
    });
    expect(integration).toEqual({
      type: "MOCK",
      passthroughBehavior: "WHEN_NO_MATCH",
      timeoutInMillis: 29000,
      cacheNamespace: ids.resourceId,
      cacheKeyParameters: [],
      requestTemplates: { "application/json": '{"statusCode": 200}' },
    });
    expect(cp.getMethod(ids).methodIntegration).toEqual(integration);
  });

  it("gives an HTTP integration connectionType INTERNET and keeps its backend", () => {
    const { put } = setup();
    expect(
      put({
        type: "HTTP_PROXY",
        integrationHttpMethod: "ANY",
        uri: "https://${stageVariables.host}/{proxy}",
      }),
    ).toMatchObject({
      type: "HTTP_PROXY",
      httpMethod: "ANY",
      uri: "https://${stageVariables.host}/{proxy}",
      connectionType: "INTERNET",
    });
  });

  it("accepts an AWS_PROXY Lambda integration, even with a backend method other than POST", () => {
    const { put } = setup();
    expect(put({ type: "AWS_PROXY", integrationHttpMethod: "POST", uri: LAMBDA_URI })).toMatchObject({
      httpMethod: "POST",
      uri: LAMBDA_URI,
    });
    expect(put({ type: "AWS_PROXY", integrationHttpMethod: "GET", uri: LAMBDA_URI }).httpMethod).toBe("GET");
  });

  it("refuses a timeout outside 50-29000 ms", () => {
    const { put } = setup();
    for (const timeoutInMillis of [49, 29_001]) {
      expectAwsError(
        () => put({ timeoutInMillis }),
        "BadRequestException",
        "Timeout should be between 50 ms and 29000 ms",
      );
    }
    expect(put({ timeoutInMillis: 50 }).timeoutInMillis).toBe(50);
  });

  it("answers AWS's messages for a backend that does not fit the type", () => {
    const { put } = setup();
    expectAwsError(
      () => put({ type: "AWS_PROXY", uri: LAMBDA_URI }),
      "BadRequestException",
      "Enumeration value for HttpMethod must be non-empty",
    );
    expectAwsError(
      () => put({ type: "AWS", integrationHttpMethod: "POST", uri: "https://x" }),
      "BadRequestException",
      "Invalid ARN specified in the request",
    );
    expectAwsError(
      () =>
        put({ type: "AWS", integrationHttpMethod: "POST", uri: "arn:aws:apigateway:us-east-1:sqs:queue/x" }),
      "BadRequestException",
      "AWS ARN for integration must contain path or action",
    );
    expectAwsError(
      () =>
        put({
          type: "AWS_PROXY",
          integrationHttpMethod: "POST",
          uri: "arn:aws:apigateway:us-east-1:sqs:path/111111111111/q",
        }),
      "BadRequestException",
      "Integrations of type 'AWS_PROXY' currently only supports Lambda function and Firehose stream invocations.",
    );
    expectAwsError(
      () => put({ type: "HTTP", integrationHttpMethod: "GET", uri: "ftp://x" }),
      "BadRequestException",
      "Invalid HTTP endpoint specified for URI",
    );
  });

  it("refuses an unknown type with ValidationException", () => {
    const { put } = setup();
    expectAwsError(
      () => put({ type: "HTTPS_PROXY" }),
      "ValidationException",
      "1 validation error detected: Value 'HTTPS_PROXY' at 'putIntegrationInput.type' failed to satisfy constraint: Member must satisfy enum value set: [HTTP, MOCK, AWS_PROXY, HTTP_PROXY, AWS]",
    );
  });

  it("refuses a mapping from a method request parameter the method does not declare", () => {
    const { put } = setup();
    expect(
      put({ requestParameters: { "integration.request.path.proxy": "method.request.path.proxy" } })
        .requestParameters,
    ).toEqual({
      "integration.request.path.proxy": "method.request.path.proxy",
    });
    expectAwsError(
      () => put({ requestParameters: { "integration.request.header.x": "method.request.header.x" } }),
      "BadRequestException",
      "Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression parameter specified: method.request.header.x]",
    );
  });

  it("answers 404 for an unknown method", () => {
    const { cp, ids } = setup();
    expectAwsError(
      () => cp.putIntegration({ ...ids, httpMethod: "POST", type: "MOCK" }),
      "NotFoundException",
      "Invalid Method identifier specified",
    );
  });
});

describe("GetIntegration, UpdateIntegration and DeleteIntegration", () => {
  it("answers the recorded 404s for a missing API, resource, method and integration", () => {
    const { cp, ids } = setup();
    expectAwsError(
      () => cp.getIntegration({ ...ids, restApiId: "nope" }),
      "NotFoundException",
      "Invalid Resource identifier specified",
    );
    expectAwsError(
      () => cp.getIntegration({ ...ids, httpMethod: "PUT" }),
      "NotFoundException",
      "Invalid Method identifier specified",
    );
    expectAwsError(
      () => cp.getIntegration(ids),
      "NotFoundException",
      "Invalid Integration identifier specified",
    );
  });

  it("patches fields and maps, and re-checks the result", () => {
    const { cp, ids, put } = setup();
    put({
      type: "HTTP_PROXY",
      integrationHttpMethod: "GET",
      uri: "http://a.example",
      connectionType: "VPC_LINK",
      connectionId: "${stageVariables.vpcLinkId}",
    });
    const updated = cp.updateIntegration({
      ...ids,
      patchOperations: [
        { op: "replace", path: "/connectionId", value: "${stageVariables.vpcLinkIdBeta}" },
        { op: "replace", path: "/timeoutInMillis", value: "1000" },
        { op: "add", path: "/requestTemplates/application~1json", value: "{}" },
        { op: "add", path: "/cacheKeyParameters/method.request.path.proxy" },
      ],
    });
    expect(updated).toMatchObject({
      connectionId: "${stageVariables.vpcLinkIdBeta}",
      timeoutInMillis: 1000,
      requestTemplates: { "application/json": "{}" },
      cacheKeyParameters: ["method.request.path.proxy"],
    });
    expectAwsError(
      () =>
        cp.updateIntegration({
          ...ids,
          patchOperations: [{ op: "replace", path: "/timeoutInMillis", value: "30000" }],
        }),
      "BadRequestException",
      "Timeout should be between 50 ms and 29000 ms",
    );
    expectAwsError(
      () =>
        cp.updateIntegration({ ...ids, patchOperations: [{ op: "replace", path: "/type", value: "AWS" }] }),
      "BadRequestException",
      "Invalid patch path /type",
    );
    expect(cp.getIntegration(ids).timeoutInMillis).toBe(1000);
  });

  it("deletes the integration", () => {
    const { cp, ids, put } = setup();
    put({});
    cp.deleteIntegration(ids);
    expect(cp.getMethod(ids)).not.toHaveProperty("methodIntegration");
    expectAwsError(
      () => cp.deleteIntegration(ids),
      "NotFoundException",
      "Invalid Integration identifier specified",
    );
  });
});
