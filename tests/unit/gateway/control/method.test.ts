import { describe, expect, it } from "vitest";
import type { PatchOperation } from "@/lib/gateway/control";
import { createTestControlPlane, expectAwsError } from "./fixture";

function setup() {
  const { cp } = createTestControlPlane();
  const api = cp.createRestApi({ name: "pets" });
  const restApiId = api.id;
  const resourceId = api.rootResourceId;
  const authorizer = cp.createAuthorizer({
    restApiId,
    name: "auth",
    type: "TOKEN",
    authorizerUri:
      "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:111111111111:function:auth/invocations",
    identitySource: "method.request.header.Authorization",
  });
  const update = (...patchOperations: PatchOperation[]) =>
    cp.updateMethod({ restApiId, resourceId, httpMethod: "ANY", patchOperations });
  return { cp, restApiId, resourceId, authorizerId: authorizer.id, update };
}

describe("PutMethod", () => {
  it("creates a method with apiKeyRequired false and the authorization type upper-cased", () => {
    const { cp, restApiId, resourceId } = setup();
    expect(cp.putMethod({ restApiId, resourceId, httpMethod: "ANY", authorizationType: "none" })).toEqual({
      httpMethod: "ANY",
      authorizationType: "NONE",
      apiKeyRequired: false,
    });
  });

  it("keeps request parameters, models, validator and scopes", () => {
    const { cp, restApiId, resourceId, authorizerId } = setup();
    const validator = cp.createRequestValidator({ restApiId, name: "all", validateRequestBody: true });
    const method = cp.putMethod({
      restApiId,
      resourceId,
      httpMethod: "POST",
      authorizationType: "CUSTOM",
      authorizerId,
      requestParameters: {
        "method.request.header.h_required": true,
        "method.request.querystring.q_optional": false,
      },
      requestModels: { "application/json": "Empty" },
      requestValidatorId: validator.id,
      operationName: "CreatePet",
    });
    expect(method).toEqual({
      httpMethod: "POST",
      authorizationType: "CUSTOM",
      authorizerId,
      apiKeyRequired: false,
      operationName: "CreatePet",
      requestParameters: {
        "method.request.header.h_required": true,
        "method.request.querystring.q_optional": false,
      },
      requestModels: { "application/json": "Empty" },
      requestValidatorId: validator.id,
    });
  });

  it("answers AWS's validation messages", () => {
    const { cp, restApiId, resourceId } = setup();
    const put = (extra: object) => () =>
      cp.putMethod({ restApiId, resourceId, httpMethod: "GET", authorizationType: "NONE", ...extra });
    expectAwsError(
      put({ httpMethod: "FETCH" }),
      "BadRequestException",
      "Invalid HttpMethod specified. Valid options are GET,PUT,POST,DELETE,PATCH,OPTIONS,HEAD,ANY",
    );
    expectAwsError(
      put({ authorizationType: "CUSTOM" }),
      "BadRequestException",
      "Invalid authorizer ID specified. Setting the authorization type to CUSTOM or COGNITO_USER_POOLS requires a valid authorizer.",
    );
    expectAwsError(
      put({ requestValidatorId: "nope42" }),
      "BadRequestException",
      "Invalid Request Validator identifier specified",
    );
    expectAwsError(
      put({ requestModels: { "application/json": "petModel" } }),
      "BadRequestException",
      "Invalid model identifier specified: petModel",
    );
    expectAwsError(
      put({ requestParameters: { "method.request.header.q": true, "method.request.querystring.q": true } }),
      "BadRequestException",
      "Parameter names must be unique across querystring, header and path",
    );
    expectAwsError(
      () => cp.putMethod({ restApiId: "nope", resourceId, httpMethod: "GET", authorizationType: "NONE" }),
      "NotFoundException",
      "Invalid Resource identifier specified",
    );
  });

  it("refuses a second PutMethod on the same verb with ConflictException", () => {
    const { cp, restApiId, resourceId } = setup();
    cp.putMethod({ restApiId, resourceId, httpMethod: "GET", authorizationType: "NONE" });
    expectAwsError(
      () => cp.putMethod({ restApiId, resourceId, httpMethod: "GET", authorizationType: "NONE" }),
      "ConflictException",
      "Method already exists for this resource",
    );
  });
});

describe("GetMethod and DeleteMethod", () => {
  it("deletes a method; getting or deleting it again is a 404", () => {
    const { cp, restApiId, resourceId } = setup();
    cp.putMethod({ restApiId, resourceId, httpMethod: "ANY", authorizationType: "NONE" });
    expect(cp.getMethod({ restApiId, resourceId, httpMethod: "ANY" }).httpMethod).toBe("ANY");
    cp.deleteMethod({ restApiId, resourceId, httpMethod: "ANY" });
    expectAwsError(
      () => cp.getMethod({ restApiId, resourceId, httpMethod: "ANY" }),
      "NotFoundException",
      "Invalid Method identifier specified",
    );
    expectAwsError(
      () => cp.deleteMethod({ restApiId, resourceId, httpMethod: "ANY" }),
      "NotFoundException",
      "Invalid Method identifier specified",
    );
  });
});

describe("UpdateMethod", () => {
  it("adds, replaces and removes request parameters and models, as recorded", () => {
    const { cp, restApiId, resourceId, authorizerId, update } = setup();
    cp.putMethod({ restApiId, resourceId, httpMethod: "ANY", authorizationType: "NONE" });
    update(
      { op: "add", path: "/requestParameters/method.request.querystring.optional", value: "true" },
      { op: "add", path: "/requestModels/application~1json", value: "Empty" },
    );
    const replaced = update(
      { op: "replace", path: "/requestParameters/method.request.querystring.optional", value: "false" },
      { op: "replace", path: "/operationName", value: "ReplacedOperationName" },
      { op: "replace", path: "/apiKeyRequired", value: "true" },
      { op: "replace", path: "/authorizationType", value: "CUSTOM" },
      { op: "replace", path: "/authorizerId", value: authorizerId },
    );
    expect(replaced).toMatchObject({
      apiKeyRequired: true,
      authorizationType: "CUSTOM",
      authorizerId,
      operationName: "ReplacedOperationName",
      requestModels: { "application/json": "Empty" },
      requestParameters: { "method.request.querystring.optional": false },
    });
    const removed = update(
      { op: "remove", path: "/requestParameters/method.request.querystring.optional" },
      { op: "remove", path: "/requestModels/application~1json" },
    );
    expect([removed.requestParameters, removed.requestModels]).toEqual([undefined, undefined]);
  });

  it("ignores an authorizer id on a method that is not CUSTOM", () => {
    const { cp, restApiId, resourceId, authorizerId, update } = setup();
    cp.putMethod({ restApiId, resourceId, httpMethod: "ANY", authorizationType: "NONE" });
    expect(update({ op: "replace", path: "/authorizerId", value: authorizerId })).not.toHaveProperty(
      "authorizerId",
    );
  });

  it("answers AWS's messages for unsupported paths and operations", () => {
    const { cp, restApiId, resourceId, update } = setup();
    cp.putMethod({ restApiId, resourceId, httpMethod: "ANY", authorizationType: "NONE" });
    expectAwsError(
      () => update({ op: "add", path: "/apiKeyRequired", value: "true" }),
      "BadRequestException",
      "Invalid patch operation specified. Must be one of: [replace]",
    );
    expectAwsError(
      () => update({ op: "replace", path: "/httpMethod", value: "GET" }),
      "BadRequestException",
      "Invalid patch path /httpMethod",
    );
    expectAwsError(
      () => update({ op: "add", path: "/requestParameters", value: "x" }),
      "BadRequestException",
      "Invalid patch path /requestParameters",
    );
    expectAwsError(
      () => update({ op: "add", path: "/requestModels/application/json", value: "Empty" }),
      "BadRequestException",
      "Invalid patch path /requestModels/application/json",
    );
    expectAwsError(
      () => update({ op: "replace", path: "/authorizationType", value: "CUSTOM" }),
      "BadRequestException",
      "Invalid authorizer ID specified. Setting the authorization type to CUSTOM or COGNITO_USER_POOLS requires a valid authorizer.",
    );
    expectAwsError(
      () => update({ op: "replace", path: "/requestValidatorId", value: "nope42" }),
      "BadRequestException",
      "Invalid Request Validator identifier specified",
    );
    expectAwsError(
      () => cp.updateMethod({ restApiId, resourceId, httpMethod: "GET", patchOperations: [] }),
      "NotFoundException",
      "Invalid Method identifier specified",
    );
  });
});
