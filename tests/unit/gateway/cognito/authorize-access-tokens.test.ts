import { beforeAll, describe, expect, it } from "vitest";
import { CognitoTokenRejectedError, type CognitoAuthorizerInput } from "@/lib/gateway/authorizers/cognito";
import {
  authorize as authorizeFor,
  clientCredentialsToken as tokenFor,
  expectRejected,
  toPoolArn,
} from "./authorizer-test-helpers";
import { createPoolFixture, signInAlice, type PoolFixture } from "./user-pool-fixture";

let f: PoolFixture;
beforeAll(async () => {
  f = await createPoolFixture(47);
});

const authorize = (token: string | undefined, overrides: Partial<CognitoAuthorizerInput> = {}) =>
  authorizeFor(f, token, overrides);
const clientCredentialsToken = (scope: string) => tokenFor(f, scope);

describe("COGNITO_USER_POOLS authorizer with method scopes (access tokens)", () => {
  it("passes an access token holding one of the method's scopes and reports its scopes", async () => {
    const token = await clientCredentialsToken("pets/read pets/write");
    const result = await authorize(token, { methodScopes: ["pets/admin", "pets/write"] });
    expect(result.tokenUse).toBe("access");
    expect(result.scopes).toEqual(["pets/read", "pets/write"]);
    expect(result.claims).toMatchObject({
      scope: "pets/read pets/write",
      client_id: f.serviceClientId,
      version: "2",
    });
  });

  it("answers 401 for an access token holding none of the method's scopes", async () => {
    const token = await clientCredentialsToken("pets/read");
    await expectRejected(authorize(token, { methodScopes: ["pets/write"] }), "insufficient-scope");
  });

  it("answers 401 for an ID token on a method with scopes", async () => {
    const { IdToken } = await signInAlice(f);
    await expectRejected(authorize(IdToken, { methodScopes: ["pets/read"] }), "not-access-token");
  });

  it("passes a signed-in user's access token for aws.cognito.signin.user.admin", async () => {
    const { AccessToken } = await signInAlice(f);
    const result = await authorize(AccessToken, { methodScopes: ["aws.cognito.signin.user.admin"] });
    expect(result.claims).toMatchObject({ username: "alice", "cognito:groups": "admins,readers" });
    await expectRejected(authorize(AccessToken, { methodScopes: ["pets/read"] }), "insufficient-scope");
  });

  it("answers 401 for an access token when identityValidationExpression is set, as it has no aud", async () => {
    const token = await clientCredentialsToken("pets/read");
    const withExpression = {
      authorizer: { providerARNs: [toPoolArn(f)], identityValidationExpression: ".*" },
    };
    await expectRejected(
      authorize(token, { ...withExpression, methodScopes: ["pets/read"] }),
      "audience-mismatch",
    );
  });

  it("is a CognitoTokenRejectedError, rendered by the UNAUTHORIZED gateway response", async () => {
    const error = await authorize(undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CognitoTokenRejectedError);
    expect(error).toMatchObject({ errorType: "UnauthorizedException", builtInBody: undefined });
  });
});
