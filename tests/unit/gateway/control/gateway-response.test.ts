import { describe, expect, it } from "vitest";
import type { GatewayResponse } from "@/lib/gateway/control";
import { ACCOUNT_ID, createTestControlPlane, expectAwsError } from "./fixture";

const TEMPLATE = { "application/json": '{"message":$context.error.messageString}' };
const ENUM =
  "[REQUEST_TOO_LARGE, RESOURCE_NOT_FOUND, AUTHORIZER_CONFIGURATION_ERROR, MISSING_AUTHENTICATION_TOKEN, BAD_REQUEST_BODY, INVALID_SIGNATURE, INVALID_API_KEY, BAD_REQUEST_PARAMETERS, AUTHORIZER_FAILURE, UNAUTHORIZED, INTEGRATION_TIMEOUT, ACCESS_DENIED, DEFAULT_4XX, DEFAULT_5XX, WAF_FILTERED, QUOTA_EXCEEDED, THROTTLED, API_CONFIGURATION_ERROR, UNSUPPORTED_MEDIA_TYPE, INTEGRATION_FAILURE, EXPIRED_TOKEN]";

/** The recorded GetGatewayResponses of a new API: type and status, in AWS's order. */
const DEFAULTS: [string, string | undefined][] = [
  ["ACCESS_DENIED", "403"],
  ["API_CONFIGURATION_ERROR", "500"],
  ["AUTHORIZER_CONFIGURATION_ERROR", "500"],
  ["AUTHORIZER_FAILURE", "500"],
  ["BAD_REQUEST_BODY", "400"],
  ["BAD_REQUEST_PARAMETERS", "400"],
  ["DEFAULT_4XX", undefined],
  ["DEFAULT_5XX", undefined],
  ["EXPIRED_TOKEN", "403"],
  ["INTEGRATION_FAILURE", "504"],
  ["INTEGRATION_TIMEOUT", "504"],
  ["INVALID_API_KEY", "403"],
  ["INVALID_SIGNATURE", "403"],
  ["MISSING_AUTHENTICATION_TOKEN", "403"],
  ["QUOTA_EXCEEDED", "429"],
  ["REQUEST_TOO_LARGE", "413"],
  ["RESOURCE_NOT_FOUND", "404"],
  ["THROTTLED", "429"],
  ["UNAUTHORIZED", "401"],
  ["UNSUPPORTED_MEDIA_TYPE", "415"],
  ["WAF_FILTERED", "403"],
];

function setup() {
  const { cp } = createTestControlPlane();
  const restApiId = cp.createRestApi({ name: "pets" }).id;
  return { cp, restApiId };
}

function builtIn(responseType: string, statusCode: string | undefined): GatewayResponse {
  return {
    defaultResponse: true,
    responseParameters: {},
    responseTemplates: TEMPLATE,
    responseType,
    ...(statusCode ? { statusCode } : {}),
  } as GatewayResponse;
}

describe("GetGatewayResponses", () => {
  it("lists the 21 types as defaults, DEFAULT_4XX and DEFAULT_5XX without a status", () => {
    const { cp, restApiId } = setup();
    expect(cp.getGatewayResponses({ restApiId }).items).toEqual(
      DEFAULTS.map(([type, status]) => builtIn(type, status)),
    );
  });

  it("applies a customized DEFAULT_5XX to every uncustomized 5XX type, still marked default", () => {
    const { cp, restApiId } = setup();
    const params = { "gatewayresponse.header.x-request-header": "method.request.header.Accept" };
    const templates = { "application/json": '{"type":"$context.error.responseType"}' };
    cp.putGatewayResponse({
      restApiId,
      responseType: "DEFAULT_5XX",
      statusCode: "599",
      responseParameters: params,
      responseTemplates: templates,
    });
    cp.putGatewayResponse({
      restApiId,
      responseType: "AUTHORIZER_FAILURE",
      statusCode: "500",
      responseParameters: { "gatewayresponse.header.foo": "'bar'" },
    });
    const byType = Object.fromEntries(
      cp.getGatewayResponses({ restApiId }).items.map((r) => [r.responseType, r]),
    );
    const inherited = {
      defaultResponse: true,
      responseParameters: params,
      responseTemplates: templates,
      statusCode: "599",
    };
    expect(byType.API_CONFIGURATION_ERROR).toEqual({ ...inherited, responseType: "API_CONFIGURATION_ERROR" });
    expect(byType.INTEGRATION_TIMEOUT).toEqual({ ...inherited, responseType: "INTEGRATION_TIMEOUT" });
    expect(byType.AUTHORIZER_FAILURE).toEqual({
      defaultResponse: false,
      responseParameters: { "gatewayresponse.header.foo": "'bar'" },
      responseTemplates: TEMPLATE,
      responseType: "AUTHORIZER_FAILURE",
      statusCode: "500",
    });
    expect(byType.DEFAULT_5XX?.defaultResponse).toBe(false);
    expect(byType.ACCESS_DENIED).toEqual(builtIn("ACCESS_DENIED", "403"));
  });

  it("gives 4XX types (UNAUTHORIZED included) DEFAULT_4XX's templates with their own status when it has none", () => {
    const { cp, restApiId } = setup();
    cp.putGatewayResponse({
      restApiId,
      responseType: "DEFAULT_4XX",
      responseParameters: { "gatewayresponse.header.Access-Control-Allow-Origin": "'*'" },
    });
    expect(cp.getGatewayResponse({ restApiId, responseType: "UNAUTHORIZED" })).toEqual({
      defaultResponse: true,
      responseParameters: { "gatewayresponse.header.Access-Control-Allow-Origin": "'*'" },
      responseTemplates: TEMPLATE,
      responseType: "UNAUTHORIZED",
      statusCode: "401",
    });
  });
});

describe("PutGatewayResponse, GetGatewayResponse and DeleteGatewayResponse", () => {
  it("fills the default template and the type's status when they are omitted", () => {
    const { cp, restApiId } = setup();
    expect(
      cp.putGatewayResponse({ restApiId, responseType: "MISSING_AUTHENTICATION_TOKEN", statusCode: "404" }),
    ).toEqual({
      defaultResponse: false,
      responseParameters: {},
      responseTemplates: TEMPLATE,
      responseType: "MISSING_AUTHENTICATION_TOKEN",
      statusCode: "404",
    });
    const put = cp.putGatewayResponse({
      restApiId,
      responseType: "MISSING_AUTHENTICATION_TOKEN",
      responseParameters: { "gatewayresponse.header.x": "'y'" },
    });
    expect(put.statusCode).toBe("403");
  });

  it("returns to the default after a delete, and refuses to delete a type never put", () => {
    const { cp, restApiId } = setup();
    cp.putGatewayResponse({ restApiId, responseType: "MISSING_AUTHENTICATION_TOKEN", statusCode: "404" });
    cp.deleteGatewayResponse({ restApiId, responseType: "MISSING_AUTHENTICATION_TOKEN" });
    expect(cp.getGatewayResponse({ restApiId, responseType: "MISSING_AUTHENTICATION_TOKEN" })).toEqual(
      builtIn("MISSING_AUTHENTICATION_TOKEN", "403"),
    );
    expectAwsError(
      () => cp.deleteGatewayResponse({ restApiId, responseType: "THROTTLED" }),
      "NotFoundException",
      "Gateway response type not defined on api",
    );
  });

  it("refuses an unknown type with AWS's ValidationException, and an unknown API with a 404", () => {
    const { cp, restApiId } = setup();
    expectAwsError(
      () => cp.getGatewayResponse({ restApiId, responseType: "FAKE_RESPONSE_TYPE" }),
      "ValidationException",
      `1 validation error detected: Value 'FAKE_RESPONSE_TYPE' at 'responseType' failed to satisfy constraint: Member must satisfy enum value set: ${ENUM}`,
    );
    expectAwsError(
      () => cp.getGatewayResponses({ restApiId: "fake-api-id" }),
      "NotFoundException",
      `Invalid API identifier specified ${ACCOUNT_ID}:fake-api-id`,
    );
  });
});

describe("UpdateGatewayResponse", () => {
  it("customizes a type never put, starting from its default", () => {
    const { cp, restApiId } = setup();
    expect(
      cp.updateGatewayResponse({
        restApiId,
        responseType: "DEFAULT_4XX",
        patchOperations: [{ op: "replace", path: "/statusCode", value: "444" }],
      }),
    ).toEqual({
      defaultResponse: false,
      responseParameters: {},
      responseTemplates: TEMPLATE,
      responseType: "DEFAULT_4XX",
      statusCode: "444",
    });
  });

  it("adds and replaces parameters and templates", () => {
    const { cp, restApiId } = setup();
    cp.putGatewayResponse({
      restApiId,
      responseType: "DEFAULT_4XX",
      statusCode: "404",
      responseParameters: { "gatewayresponse.header.Access-Control-Allow-Origin": "'a.b.c'" },
    });
    const updated = cp.updateGatewayResponse({
      restApiId,
      responseType: "DEFAULT_4XX",
      patchOperations: [
        {
          op: "replace",
          path: "/responseParameters/gatewayresponse.header.Access-Control-Allow-Origin",
          value: "'example.com'",
        },
        {
          op: "add",
          path: "/responseTemplates/application~1xml",
          value: "<message>$context.error.messageString</message>",
        },
        { op: "replace", path: "/statusCode", value: "444" },
      ],
    });
    expect(updated).toMatchObject({
      statusCode: "444",
      responseParameters: { "gatewayresponse.header.Access-Control-Allow-Origin": "'example.com'" },
      responseTemplates: {
        ...TEMPLATE,
        "application/xml": "<message>$context.error.messageString</message>",
      },
    });
  });

  it("answers the recorded messages", () => {
    const { cp, restApiId } = setup();
    const update = (op: "add" | "remove" | "replace", path?: string, value?: string) =>
      cp.updateGatewayResponse({
        restApiId,
        responseType: "DEFAULT_4XX",
        patchOperations: [{ op, path: path as string, value }],
      });
    expectAwsError(
      () => update("add", "/statusCode", "444"),
      "BadRequestException",
      "Invalid patch path /statusCode",
    );
    expectAwsError(
      () => update("remove", "/statusCode"),
      "BadRequestException",
      "Invalid patch path /statusCode",
    );
    expectAwsError(() => update("replace", undefined, "x"), "BadRequestException", "Invalid patch path null");
    expectAwsError(
      () => update("replace", "/wrongPath", "x"),
      "BadRequestException",
      "Invalid patch path /wrongPath",
    );
    expectAwsError(
      () => update("replace", "/responseParameters/gatewayresponse.header.nope", "'x'"),
      "NotFoundException",
      "Invalid parameter name specified",
    );
    expectAwsError(
      () => update("replace", "/responseTemplates/application~1json"),
      "BadRequestException",
      "Invalid null or empty value in responseTemplates",
    );
    expectAwsError(
      () =>
        cp.updateGatewayResponse({
          restApiId,
          responseType: "DEFAULT_4XX",
          patchOperations: [{ op: "wrong-op" as "add", path: "/statusCode" }],
        }),
      "ValidationException",
      "1 validation error detected: Value 'wrong-op' at 'updateGatewayResponseInput.patchOperations.1.member.op' failed to satisfy constraint: Member must satisfy enum value set: [add, remove, move, test, replace, copy]",
    );
  });
});
