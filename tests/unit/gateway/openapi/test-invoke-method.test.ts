import { beforeEach, describe, expect, it } from "vitest";
import { createGatewaySandbox, type GatewaySandbox } from "@/lib/gateway/create-gateway-sandbox";
import { SeededRandom, VirtualClock } from "@/lib/gateway/ports";
import { testInvokeMethod } from "@/lib/gateway/test-invoke-method";
import { catchAwsError, mockIntegration, oas30 } from "./fixture";

const AUTHORIZER_URI =
  "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations";
const ECHO_URI =
  "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:echo/invocations";

const DEFINITION = oas30(
  {
    "/pets/{petId}": {
      get: {
        security: [{ Guard: [], api_key: [] }],
        responses: { "200": {} },
        "x-amazon-apigateway-integration": {
          type: "mock",
          requestTemplates: { "application/json": '{"statusCode": 200}' },
          responses: {
            default: {
              statusCode: "200",
              responseTemplates: {
                "application/json":
                  '{"pet": "$input.params(\'petId\')", "q": "$input.params(\'q\')", "stage": "$context.stage", "v": "$stageVariables.color"}',
              },
            },
          },
        },
      },
      post: {
        "x-amazon-apigateway-request-validator": "all",
        parameters: [{ name: "X-Required", in: "header", required: true }],
        responses: { "200": {} },
        "x-amazon-apigateway-integration": mockIntegration(),
      },
    },
    "/echo": {
      post: { "x-amazon-apigateway-integration": { type: "aws_proxy", httpMethod: "POST", uri: ECHO_URI } },
    },
    "/bare": { get: { responses: {} } },
  },
  {
    components: {
      securitySchemes: {
        api_key: { type: "apiKey", name: "x-api-key", in: "header" },
        Guard: {
          type: "apiKey",
          name: "Authorization",
          in: "header",
          "x-amazon-apigateway-authtype": "custom",
          "x-amazon-apigateway-authorizer": { type: "token", authorizerUri: AUTHORIZER_URI },
        },
      },
    },
    "x-amazon-apigateway-request-validators": {
      all: { validateRequestBody: true, validateRequestParameters: true },
    },
  },
);

let sandbox: GatewaySandbox;
let restApiId = "";
let lambdaEvents: string[] = [];
const resourceId = (path: string) =>
  sandbox.controlPlane.getResources({ restApiId }).items.find((r) => r.path === path)?.id ?? "";

beforeEach(async () => {
  lambdaEvents = [];
  const clock = new VirtualClock();
  sandbox = await createGatewaySandbox({
    clock,
    random: new SeededRandom(11),
    lambda: {
      async invoke(functionName, payload) {
        lambdaEvents.push(payload);
        clock.advance(12);
        const body = JSON.stringify({ fn: functionName, stage: JSON.parse(payload).requestContext.stage });
        return { payload: JSON.stringify({ statusCode: 201, body }), durationMs: 12, requestId: "r-1" };
      },
    },
  });
  restApiId = sandbox.controlPlane.importRestApi({ body: JSON.stringify(DEFINITION) }).id;
});

describe("TestInvokeMethod", () => {
  it("runs the current configuration without a deployment, skipping the authorizer and API key", async () => {
    const result = await testInvokeMethod(sandbox, {
      restApiId,
      resourceId: resourceId("/pets/{petId}"),
      httpMethod: "GET",
      pathWithQueryString: "/pets/7?q=cats",
      stageVariables: { color: "blue" },
    });
    expect(result.status).toBe(200);
    expect(JSON.parse(result.body)).toEqual({ pet: "7", q: "cats", stage: "test-invoke-stage", v: "blue" });
    expect(result.headers).toEqual({ "Content-Type": "application/json" });
    expect(result.multiValueHeaders).toEqual({ "Content-Type": ["application/json"] });
    expect(lambdaEvents).toEqual([]);
    expect(result.latency).toBe(0);
  });

  it("writes the console's execution log, from the first line to the final status", async () => {
    const result = await testInvokeMethod(sandbox, {
      restApiId,
      resourceId: resourceId("/pets/{petId}"),
      httpMethod: "GET",
      pathWithQueryString: "/pets/7?q=cats",
      headers: { Accept: "application/json" },
    });
    const lines = result.log.trimEnd().split("\n");
    const requestId = /^Execution log for request (\S+)$/.exec(lines[0] ?? "")?.[1];
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const at = "Thu Jan 01 00:00:00 UTC 2026 :";
    expect(lines.slice(1)).toEqual([
      `${at} Starting execution for request: ${requestId}`,
      `${at} HTTP Method: GET, Resource Path: /pets/7`,
      `${at} Method request path: {"petId":"7"}`,
      `${at} Method request query string: {"q":["cats"]}`,
      `${at} Method request headers: {"Accept":"application/json"}`,
      `${at} Method request body before transformations: `,
      `${at} Endpoint request body after transformations: {"statusCode": 200}`,
      `${at} Endpoint request headers: {}`,
      `${at} MOCK integration: status 200`,
      `${at} Endpoint response body before transformations: `,
      `${at} Method response body after transformations: {"pet": "7", "q": "cats", "stage": "test-invoke-stage", "v": ""}`,
      `${at} Method response headers: {}`,
      `${at} Successfully completed execution`,
      `${at} Method completed with status: 200`,
    ]);
    expect(result.log).not.toMatch(/Authorizer|API Key|throttling/);
  });

  it("still validates the request, and logs the failure with the gateway response", async () => {
    const result = await testInvokeMethod(sandbox, {
      restApiId,
      resourceId: resourceId("/pets/{petId}"),
      httpMethod: "POST",
      pathWithQueryString: "/pets/7",
    });
    expect(result.status).toBe(400);
    expect(JSON.parse(result.body)).toEqual({ message: "Missing required request parameters: [X-Required]" });
    expect(result.log).toContain("Gateway response type: BAD_REQUEST_PARAMETERS with status code: 400");
    expect(result.log).not.toContain("Successfully completed execution");
    expect(result.log.trimEnd().split("\n").at(-1)).toBe(
      "Thu Jan 01 00:00:00 UTC 2026 : Method completed with status: 400",
    );
  });

  it("invokes a Lambda proxy integration with the stage test-invoke-stage and measures its latency", async () => {
    const result = await testInvokeMethod(sandbox, {
      restApiId,
      resourceId: resourceId("/echo"),
      httpMethod: "POST",
      body: '{"hello": "world"}',
      multiValueHeaders: { "X-Many": ["a", "b"] },
    });
    expect(result.status).toBe(201);
    expect(JSON.parse(result.body)).toEqual({ fn: "echo", stage: "test-invoke-stage" });
    const event = JSON.parse(lambdaEvents[0] ?? "{}");
    expect(event.body).toBe('{"hello": "world"}');
    expect(event.multiValueHeaders["X-Many"]).toEqual(["a", "b"]);
    expect(event.requestContext.identity.sourceIp).toBe("test-invoke-source-ip");
    expect(result.latency).toBe(12);
  });

  it("answers 500 when the method has no integration, saying why in the log", async () => {
    const result = await testInvokeMethod(sandbox, {
      restApiId,
      resourceId: resourceId("/bare"),
      httpMethod: "GET",
    });
    expect(result.status).toBe(500);
    expect(JSON.parse(result.body)).toEqual({ message: "Internal server error" });
    expect(result.log).toContain(
      "Thu Jan 01 00:00:00 UTC 2026 : Execution failed due to configuration error: No integration defined for method",
    );
  });

  it("refuses a method or resource that does not exist, as GetMethod does", async () => {
    const missingMethod = testInvokeMethod(sandbox, {
      restApiId,
      resourceId: resourceId("/echo"),
      httpMethod: "GET",
    });
    await expect(missingMethod).rejects.toMatchObject({
      name: "NotFoundException",
      message: "Invalid Method identifier specified",
    });
    expect(
      catchAwsError(() => sandbox.controlPlane.getRestApiSnapshot({ restApiId: "nosuchapi1" })).name,
    ).toBe("NotFoundException");
    await expect(
      testInvokeMethod(sandbox, { restApiId, resourceId: "nope00", httpMethod: "GET" }),
    ).rejects.toThrow("Invalid Resource identifier specified");
  });
});
