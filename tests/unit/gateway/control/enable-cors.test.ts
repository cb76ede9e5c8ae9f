import { describe, expect, it } from "vitest";
import { createGatewaySandbox } from "@/lib/gateway/create-gateway-sandbox";
import { SeededRandom, VirtualClock } from "@/lib/gateway/ports";
import { createMockApi, createTestControlPlane, expectAwsError } from "./fixture";

const CONSOLE_HEADERS = "'Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token'";

describe("enableCors (the console's Enable CORS)", () => {
  it("adds an OPTIONS method answering the preflight from a MOCK integration, as the console does", () => {
    const { cp } = createTestControlPlane();
    const { restApiId, pets } = createMockApi(cp);
    const result = cp.enableCors({ restApiId, resourceId: pets.id });
    expect(result).toEqual({
      headers: {
        "Access-Control-Allow-Headers":
          "Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token",
        "Access-Control-Allow-Methods": "GET,OPTIONS",
        "Access-Control-Allow-Origin": "*",
      },
      updatedMethods: ["GET"],
      skippedMethods: [],
      gatewayResponses: [],
    });
    expect(cp.getMethod({ restApiId, resourceId: pets.id, httpMethod: "OPTIONS" })).toEqual({
      httpMethod: "OPTIONS",
      authorizationType: "NONE",
      apiKeyRequired: false,
      methodResponses: {
        "200": {
          statusCode: "200",
          responseParameters: {
            "method.response.header.Access-Control-Allow-Headers": false,
            "method.response.header.Access-Control-Allow-Methods": false,
            "method.response.header.Access-Control-Allow-Origin": false,
          },
          responseModels: { "application/json": "Empty" },
        },
      },
      methodIntegration: expect.objectContaining({
        type: "MOCK",
        requestTemplates: { "application/json": '{"statusCode": 200}' },
        passthroughBehavior: "WHEN_NO_MATCH",
        integrationResponses: {
          "200": {
            statusCode: "200",
            responseParameters: {
              "method.response.header.Access-Control-Allow-Headers": CONSOLE_HEADERS,
              "method.response.header.Access-Control-Allow-Methods": "'GET,OPTIONS'",
              "method.response.header.Access-Control-Allow-Origin": "'*'",
            },
          },
        },
      }),
    });
  });

  it("adds Access-Control-Allow-Origin to the 200 responses of the resource's non-proxy methods", () => {
    const { cp } = createTestControlPlane();
    const { restApiId, pets } = createMockApi(cp);
    cp.enableCors({ restApiId, resourceId: pets.id });
    const get = cp.getMethod({ restApiId, resourceId: pets.id, httpMethod: "GET" });
    expect(get.methodResponses?.["200"]).toEqual({
      statusCode: "200",
      responseParameters: { "method.response.header.Access-Control-Allow-Origin": false },
    });
    expect(get.methodIntegration?.integrationResponses?.["200"]).toEqual({
      statusCode: "200",
      responseParameters: { "method.response.header.Access-Control-Allow-Origin": "'*'" },
    });
  });

  it("leaves proxy methods alone, lists every method for ANY, and writes custom values", () => {
    const { cp } = createTestControlPlane();
    const { restApiId, pets } = createMockApi(cp);
    const ids = { restApiId, resourceId: pets.id, httpMethod: "ANY" };
    cp.putMethod({ ...ids, authorizationType: "NONE" });
    cp.putIntegration({
      ...ids,
      type: "HTTP_PROXY",
      integrationHttpMethod: "ANY",
      uri: "https://example.com/{proxy}",
    });
    const result = cp.enableCors({
      restApiId,
      resourceId: pets.id,
      allowHeaders: ["Content-Type"],
      allowOrigin: "https://app.example.com",
      exposeHeaders: ["X-Request-Id"],
      maxAge: 600,
    });
    expect(result).toMatchObject({
      headers: {
        "Access-Control-Allow-Headers": "Content-Type",
        "Access-Control-Allow-Methods": "DELETE,GET,HEAD,OPTIONS,PATCH,POST,PUT",
        "Access-Control-Allow-Origin": "https://app.example.com",
        "Access-Control-Max-Age": "600",
      },
      updatedMethods: ["GET"],
      skippedMethods: ["ANY"],
    });
    expect(cp.getMethod(ids).methodResponses).toBeUndefined();
    const get = cp.getIntegrationResponse({
      restApiId,
      resourceId: pets.id,
      httpMethod: "GET",
      statusCode: "200",
    });
    expect(get.responseParameters).toEqual({
      "method.response.header.Access-Control-Allow-Origin": "'https://app.example.com'",
      "method.response.header.Access-Control-Expose-Headers": "'X-Request-Id'",
    });
  });

  it("adds the headers to DEFAULT_4XX and DEFAULT_5XX, keeping a customised status", () => {
    const { cp } = createTestControlPlane();
    const { restApiId, pets } = createMockApi(cp);
    cp.putGatewayResponse({ restApiId, responseType: "DEFAULT_5XX", statusCode: "503" });
    cp.enableCors({ restApiId, resourceId: pets.id, gatewayResponses: ["DEFAULT_4XX", "DEFAULT_5XX"] });
    const parameters = {
      "gatewayresponse.header.Access-Control-Allow-Headers": CONSOLE_HEADERS,
      "gatewayresponse.header.Access-Control-Allow-Methods": "'GET,OPTIONS'",
      "gatewayresponse.header.Access-Control-Allow-Origin": "'*'",
    };
    expect(cp.getGatewayResponse({ restApiId, responseType: "DEFAULT_4XX" })).toMatchObject({
      defaultResponse: false,
      responseParameters: parameters,
    });
    expect(cp.getGatewayResponse({ restApiId, responseType: "DEFAULT_5XX" })).toMatchObject({
      statusCode: "503",
      responseParameters: parameters,
    });
    expect(
      cp.getGatewayResponse({ restApiId, responseType: "MISSING_AUTHENTICATION_TOKEN" }).responseParameters,
    ).toEqual(parameters);
  });

  it("is idempotent: running it twice gives the same resource", () => {
    const { cp } = createTestControlPlane();
    const { restApiId, pets } = createMockApi(cp);
    cp.enableCors({ restApiId, resourceId: pets.id });
    const once = cp.getResource({ restApiId, resourceId: pets.id, embed: ["methods"] });
    cp.enableCors({ restApiId, resourceId: pets.id });
    expect(cp.getResource({ restApiId, resourceId: pets.id, embed: ["methods"] })).toEqual(once);
  });

  it("refuses an unknown resource or method, and a gateway response other than DEFAULT_4XX/5XX", () => {
    const { cp } = createTestControlPlane();
    const { restApiId, pets } = createMockApi(cp);
    expectAwsError(
      () => cp.enableCors({ restApiId, resourceId: "nope" }),
      "NotFoundException",
      "Invalid Resource identifier specified",
    );
    expectAwsError(
      () => cp.enableCors({ restApiId, resourceId: pets.id, allowMethods: ["POST"] }),
      "NotFoundException",
      "Invalid Method identifier specified",
    );
    expectAwsError(
      () =>
        cp.enableCors({ restApiId, resourceId: pets.id, gatewayResponses: ["THROTTLED" as "DEFAULT_4XX"] }),
      "BadRequestException",
      "Enable CORS applies to DEFAULT_4XX and DEFAULT_5XX only, not THROTTLED",
    );
  });
});

describe("enableCors through the data plane", () => {
  it("answers the preflight with the three headers, and the GET and a 403 with Access-Control-Allow-Origin", async () => {
    const sandbox = await createGatewaySandbox({
      clock: new VirtualClock(),
      random: new SeededRandom(5),
      withoutLambda: true,
    });
    const cp = sandbox.controlPlane;
    const { restApiId, pets } = createMockApi(cp);
    cp.putMethodResponse({ restApiId, resourceId: pets.id, httpMethod: "GET", statusCode: "200" });
    cp.putIntegrationResponse({ restApiId, resourceId: pets.id, httpMethod: "GET", statusCode: "200" });
    cp.enableCors({ restApiId, resourceId: pets.id, gatewayResponses: ["DEFAULT_4XX"] });
    cp.createDeployment({ restApiId, stageName: "dev" });
    const call = async (method: string, path: string) => {
      const { response } = await sandbox.dataPlane.invoke({
        apiId: restApiId,
        method,
        path,
        query: "",
        headers: [["Origin", "https://app.example.com"]],
        body: null,
        sourceIp: "203.0.113.7",
      });
      const headers = Object.fromEntries(
        response.headers.filter(([name]) => name.startsWith("Access-Control")).map(([n, v]) => [n, v]),
      );
      return { status: response.statusCode, headers };
    };
    expect(await call("OPTIONS", "/dev/pets")).toEqual({
      status: 200,
      headers: {
        "Access-Control-Allow-Headers":
          "Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token",
        "Access-Control-Allow-Methods": "GET,OPTIONS",
        "Access-Control-Allow-Origin": "*",
      },
    });
    expect(await call("GET", "/dev/pets")).toEqual({
      status: 200,
      headers: { "Access-Control-Allow-Origin": "*" },
    });
    expect((await call("GET", "/dev/nowhere")).headers).toMatchObject({ "Access-Control-Allow-Origin": "*" });
    sandbox.dispose();
  });
});
