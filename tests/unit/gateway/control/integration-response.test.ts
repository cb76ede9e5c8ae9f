import { describe, expect, it } from "vitest";
import { createTestControlPlane, expectAwsError } from "./fixture";

function setup(withIntegration = true) {
  const { cp } = createTestControlPlane();
  const api = cp.createRestApi({ name: "pets" });
  const ids = { restApiId: api.id, resourceId: api.rootResourceId, httpMethod: "GET" };
  cp.putMethod({ ...ids, authorizationType: "NONE" });
  if (withIntegration)
    cp.putIntegration({
      ...ids,
      type: "MOCK",
      requestTemplates: { "application/json": '{"statusCode": 200}' },
    });
  return { cp, ids };
}

describe("PutIntegrationResponse", () => {
  it("stores the response, an empty selection pattern included, without needing a method response", () => {
    const { cp, ids } = setup();
    const response = cp.putIntegrationResponse({
      ...ids,
      statusCode: "200",
      selectionPattern: "",
      responseTemplates: { "application/json": '"created"' },
    });
    expect(response).toEqual({
      statusCode: "200",
      selectionPattern: "",
      responseTemplates: { "application/json": '"created"' },
    });
    expect(cp.getIntegration(ids).integrationResponses).toEqual({ "200": response });
  });

  it("overwrites an existing response for the same status", () => {
    const { cp, ids } = setup();
    cp.putIntegrationResponse({ ...ids, statusCode: "200", selectionPattern: "" });
    cp.putIntegrationResponse({
      ...ids,
      statusCode: "200",
      selectionPattern: "overwrite-pattern",
      responseTemplates: { "application/json": "overwrite" },
    });
    expect(cp.getIntegrationResponse({ ...ids, statusCode: "200" })).toEqual({
      statusCode: "200",
      selectionPattern: "overwrite-pattern",
      responseTemplates: { "application/json": "overwrite" },
    });
  });

  it("answers AWS's messages for a bad status, content type and a missing integration", () => {
    const { cp, ids } = setup();
    expectAwsError(
      () => cp.putIntegrationResponse({ ...ids, statusCode: "wrong" }),
      "ValidationException",
      "1 validation error detected: Value 'wrong' at 'statusCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [1-5]\\d\\d",
    );
    expectAwsError(
      () => cp.putIntegrationResponse({ ...ids, statusCode: "200", responseTemplates: { "123": "x" } }),
      "BadRequestException",
      "Validation Result: warnings : [], errors : [Invalid content type specified: 123]",
    );
    const bare = setup(false);
    expectAwsError(
      () => bare.cp.getIntegrationResponse({ ...bare.ids, statusCode: "200" }),
      "NotFoundException",
      "Invalid Integration identifier specified",
    );
  });
});

describe("Header mappings of an integration response", () => {
  it("refuses a header the method response does not declare, with AWS's mapping message", () => {
    const { cp, ids } = setup();
    const put = () =>
      cp.putIntegrationResponse({
        ...ids,
        statusCode: "200",
        responseParameters: { "method.response.header.Access-Control-Allow-Origin": "'*'" },
      });
    expectAwsError(
      put,
      "BadRequestException",
      "Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression parameter specified: method.response.header.Access-Control-Allow-Origin]",
    );
    cp.putMethodResponse({
      ...ids,
      statusCode: "200",
      responseParameters: { "method.response.header.Access-Control-Allow-Origin": true },
    });
    expect(put().responseParameters).toEqual({ "method.response.header.Access-Control-Allow-Origin": "'*'" });
  });
});

describe("UpdateIntegrationResponse and DeleteIntegrationResponse", () => {
  it("replaces the selection pattern and a template, and maps a declared header", () => {
    const { cp, ids } = setup();
    cp.putMethodResponse({
      ...ids,
      statusCode: "200",
      responseParameters: { "method.response.header.x": false },
    });
    cp.putIntegrationResponse({
      ...ids,
      statusCode: "200",
      selectionPattern: "",
      responseTemplates: { "application/json": '"created"' },
    });
    const updated = cp.updateIntegrationResponse({
      ...ids,
      statusCode: "200",
      patchOperations: [
        { op: "replace", path: "/selectionPattern", value: "updated-pattern" },
        { op: "replace", path: "/responseTemplates/application~1json", value: '{"message":"second"}' },
        { op: "add", path: "/responseParameters/method.response.header.x", value: "'static'" },
      ],
    });
    expect(updated).toEqual({
      statusCode: "200",
      selectionPattern: "updated-pattern",
      responseTemplates: { "application/json": '{"message":"second"}' },
      responseParameters: { "method.response.header.x": "'static'" },
    });
  });

  it("answers 404 for a status code with no response, and deletes one that exists", () => {
    const { cp, ids } = setup();
    expectAwsError(
      () => cp.deleteIntegrationResponse({ ...ids, statusCode: "400" }),
      "NotFoundException",
      "Invalid Response status code specified",
    );
    cp.putIntegrationResponse({ ...ids, statusCode: "200" });
    cp.deleteIntegrationResponse({ ...ids, statusCode: "200" });
    expect(cp.getIntegration(ids)).not.toHaveProperty("integrationResponses");
  });
});
