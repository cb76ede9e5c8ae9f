import { describe, expect, it } from "vitest";
import type { CreateAuthorizerInput } from "@/lib/gateway/control";
import { ACCOUNT_ID, createTestControlPlane, expectAwsError } from "./fixture";

const URI =
  "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:111111111111:function:auth/invocations";

function setup() {
  const { cp } = createTestControlPlane();
  const api = cp.createRestApi({ name: "pets" });
  const restApiId = api.id;
  const create = (input: Partial<CreateAuthorizerInput> = {}) =>
    cp.createAuthorizer({
      restApiId,
      name: "auth",
      type: "TOKEN",
      authorizerUri: URI,
      identitySource: "method.request.header.Authorization",
      ...input,
    });
  return { cp, api, restApiId, create };
}

describe("CreateAuthorizer", () => {
  it("creates TOKEN, REQUEST and Cognito authorizers with a 300 s default TTL", () => {
    const { create } = setup();
    expect(create()).toEqual({
      id: expect.stringMatching(/^[a-z0-9]{6}$/),
      name: "auth",
      type: "TOKEN",
      authorizerUri: URI,
      identitySource: "method.request.header.Authorization",
      authorizerResultTtlInSeconds: 300,
    });
    expect(
      create({
        type: "REQUEST",
        identitySource: "method.request.querystring.key, stageVariables.stage",
        authorizerResultTtlInSeconds: 0,
      }).type,
    ).toBe("REQUEST");
    const cognito = create({
      type: "COGNITO_USER_POOLS",
      authorizerUri: undefined,
      providerARNs: ["arn:aws:cognito-idp:us-east-1:111111111111:userpool/us-east-1_x"],
    });
    expect(cognito.providerARNs).toEqual(["arn:aws:cognito-idp:us-east-1:111111111111:userpool/us-east-1_x"]);
  });

  it("refuses a TOKEN source that is not a header, with the message AWS gives", () => {
    const { create } = setup();
    expectAwsError(
      () => create({ identitySource: "method.request.querystring.key" }),
      "BadRequestException",
      "Invalid token source expression: method.request.querystring.key. The source must be a method request header, matching 'method.request.header.[a-zA-Z0-9._-]+'.",
    );
  });

  it("refuses a TTL above 3600 s and an unknown type", () => {
    const { create } = setup();
    expectAwsError(
      () => create({ authorizerResultTtlInSeconds: 3601 }),
      "BadRequestException",
      "Invalid authorizer result TTL: 3601. Must be between 0 and 3600 seconds",
    );
    expectAwsError(
      () => create({ type: "JWT" }),
      "ValidationException",
      "1 validation error detected: Value 'JWT' at 'createAuthorizerInput.type' failed to satisfy constraint: Member must satisfy enum value set: [TOKEN, REQUEST, COGNITO_USER_POOLS]",
    );
  });

  it("answers the recorded ConflictException on an unknown API, and a 404 when listing it", () => {
    const { cp } = setup();
    expectAwsError(
      () => cp.createAuthorizer({ restApiId: "test-fake-rest-id", name: "a", type: "TOKEN" }),
      "ConflictException",
      "Unable to complete operation due to concurrent modification. Please try again later.",
    );
    expectAwsError(
      () => cp.getAuthorizers({ restApiId: "test-fake-rest-id" }),
      "NotFoundException",
      `Invalid API identifier specified ${ACCOUNT_ID}:test-fake-rest-id`,
    );
  });

  it("stops at 10 authorizers per API with LimitExceededException", () => {
    const { create } = setup();
    for (let i = 0; i < 10; i++) create({ name: `auth${i}` });
    expectAwsError(
      () => create({ name: "eleventh" }),
      "LimitExceededException",
      "Maximum number of Authorizers for this API has been reached.  Please contact AWS if you need additional Authorizers.",
    );
  });
});

describe("GetAuthorizer, UpdateAuthorizer and DeleteAuthorizer", () => {
  it("updates the TTL and identity source and re-checks the rules", () => {
    const { cp, restApiId, create } = setup();
    const { id: authorizerId } = create();
    const updated = cp.updateAuthorizer({
      restApiId,
      authorizerId,
      patchOperations: [
        { op: "replace", path: "/authorizerResultTtlInSeconds", value: "60" },
        { op: "replace", path: "/identitySource", value: "method.request.header.X-Token" },
      ],
    });
    expect([updated.authorizerResultTtlInSeconds, updated.identitySource]).toEqual([
      60,
      "method.request.header.X-Token",
    ]);
    expect(cp.getAuthorizer({ restApiId, authorizerId })).toEqual(updated);
    expectAwsError(
      () =>
        cp.updateAuthorizer({
          restApiId,
          authorizerId,
          patchOperations: [{ op: "replace", path: "/authorizerResultTtlInSeconds", value: "4000" }],
        }),
      "BadRequestException",
      "Invalid authorizer result TTL: 4000. Must be between 0 and 3600 seconds",
    );
  });

  it("refuses to delete an authorizer a method uses, then deletes it once unused", () => {
    const { cp, api, restApiId, create } = setup();
    const { id: authorizerId } = create();
    const ids = { restApiId, resourceId: api.rootResourceId, httpMethod: "GET" };
    cp.putMethod({ ...ids, authorizationType: "CUSTOM", authorizerId });
    expectAwsError(
      () => cp.deleteAuthorizer({ restApiId, authorizerId }),
      "ConflictException",
      "Cannot delete authorizer 'auth', is referenced in method: //GET",
    );
    cp.deleteMethod(ids);
    cp.deleteAuthorizer({ restApiId, authorizerId });
    expectAwsError(
      () => cp.getAuthorizer({ restApiId, authorizerId }),
      "NotFoundException",
      "Invalid Authorizer identifier specified",
    );
  });
});
