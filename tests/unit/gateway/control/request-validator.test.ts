import { describe, expect, it } from "vitest";
import { ACCOUNT_ID, createTestControlPlane, expectAwsError } from "./fixture";

function setup() {
  const { cp } = createTestControlPlane();
  const api = cp.createRestApi({ name: "pets" });
  return { cp, api, restApiId: api.id };
}

describe("Request validators", () => {
  it("create, get, list, update and delete, with recorded defaults", () => {
    const { cp, restApiId } = setup();
    const validator = cp.createRequestValidator({ restApiId, name: "body-only" });
    expect(validator).toEqual({
      id: expect.stringMatching(/^[a-z0-9]{6}$/),
      name: "body-only",
      validateRequestBody: false,
      validateRequestParameters: false,
    });
    expect(cp.getRequestValidators({ restApiId }).items).toEqual([validator]);
    const requestValidatorId = validator.id;
    const updated = cp.updateRequestValidator({
      restApiId,
      requestValidatorId,
      patchOperations: [{ op: "replace", path: "/validateRequestBody", value: "true" }],
    });
    expect(updated.validateRequestBody).toBe(true);
    expect(cp.getRequestValidator({ restApiId, requestValidatorId })).toEqual(updated);
    cp.deleteRequestValidator({ restApiId, requestValidatorId });
    expect(cp.getRequestValidators({ restApiId }).items).toEqual([]);
    expectAwsError(
      () => cp.getRequestValidator({ restApiId, requestValidatorId }),
      "NotFoundException",
      "Invalid Request Validator identifier specified",
    );
  });

  it("answers the recorded quirks for an unknown API: 400 on create, 404 on list", () => {
    const { cp } = setup();
    expectAwsError(
      () => cp.createRequestValidator({ restApiId: "test-fake-rest-id" }),
      "BadRequestException",
      "Invalid REST API identifier specified",
    );
    expectAwsError(
      () => cp.getRequestValidators({ restApiId: "test-fake-rest-id" }),
      "NotFoundException",
      `Invalid API identifier specified ${ACCOUNT_ID}:test-fake-rest-id`,
    );
  });

  it("answers the recorded update messages", () => {
    const { cp, restApiId } = setup();
    const { id: requestValidatorId } = cp.createRequestValidator({ restApiId, name: "v" });
    const update = (op: "add" | "remove" | "replace", path: string, value?: string) =>
      cp.updateRequestValidator({ restApiId, requestValidatorId, patchOperations: [{ op, path, value }] });
    expectAwsError(
      () => update("add", "/validateRequestBody", "true"),
      "BadRequestException",
      "Invalid patch path  '/validateRequestBody' specified for op 'add'. Please choose supported operations",
    );
    expectAwsError(
      () => update("replace", "/invalidPath", "x"),
      "BadRequestException",
      "Invalid patch path  '/invalidPath' specified for op 'replace'. Must be one of: [/name, /validateRequestParameters, /validateRequestBody]",
    );
    expectAwsError(
      () => update("replace", "/name", ""),
      "BadRequestException",
      "Request Validator name cannot be blank",
    );
  });

  it("refuses to delete a validator a method uses", () => {
    const { cp, api, restApiId } = setup();
    const { id: requestValidatorId } = cp.createRequestValidator({ restApiId, name: "v" });
    cp.putMethod({
      restApiId,
      resourceId: api.rootResourceId,
      httpMethod: "GET",
      authorizationType: "NONE",
      requestValidatorId,
    });
    expectAwsError(
      () => cp.deleteRequestValidator({ restApiId, requestValidatorId }),
      "ConflictException",
      `Cannot delete request validator '${requestValidatorId}', is referenced in method: //GET`,
    );
  });
});
