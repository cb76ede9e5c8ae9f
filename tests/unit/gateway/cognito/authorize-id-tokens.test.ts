import { decodeJwt } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import type { CognitoAuthorizerInput } from "@/lib/gateway/authorizers/cognito";
import { authorize as authorizeFor, expectRejected, tamper, toPoolArn } from "./authorizer-test-helpers";
import { createPoolFixture, signInAlice, START, type PoolFixture } from "./user-pool-fixture";

let f: PoolFixture;
let otherPoolArn = "";
let otherPoolToken = "";
beforeAll(async () => {
  f = await createPoolFixture(41);
  const { UserPool } = await f.pools.createUserPool({ PoolName: "staff" });
  otherPoolArn = UserPool.Arn;
  const { UserPoolClient } = await f.pools.createUserPoolClient({
    UserPoolId: UserPool.Id,
    ClientName: "staff-web",
    ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH"],
  });
  await f.pools.adminCreateUser({
    UserPoolId: UserPool.Id,
    Username: "sam",
    TemporaryPassword: "Temp#Pass1",
  });
  await f.pools.adminSetUserPassword({
    UserPoolId: UserPool.Id,
    Username: "sam",
    Password: "Staff#Pass1",
    Permanent: true,
  });
  const { AuthenticationResult } = await f.pools.initiateAuth({
    AuthFlow: "USER_PASSWORD_AUTH",
    ClientId: UserPoolClient.ClientId,
    AuthParameters: { USERNAME: "sam", PASSWORD: "Staff#Pass1" },
  });
  otherPoolToken = AuthenticationResult?.IdToken ?? "";
});

const authorize = (token: string | undefined, overrides: Partial<CognitoAuthorizerInput> = {}) =>
  authorizeFor(f, token, overrides);

describe("COGNITO_USER_POOLS authorizer without method scopes (ID tokens)", () => {
  it("passes an ID token and exposes every claim as a string, exp and iat as Java dates", async () => {
    const { IdToken } = await signInAlice(f);
    const token = decodeJwt(IdToken);
    const result = await authorize(IdToken);
    expect(result.tokenUse).toBe("id");
    expect(result.userPoolId).toBe(f.poolId);
    expect(result.scopes).toBeUndefined();
    expect(result.claims).toEqual({
      sub: token.sub,
      "cognito:groups": "admins,readers",
      email: "alice@example.com",
      email_verified: "true",
      "custom:role": "admin",
      iss: `https://cognito-idp.us-east-1.amazonaws.com/${f.poolId}`,
      "cognito:username": "alice",
      origin_jti: token.origin_jti,
      aud: f.webClientId,
      event_id: token.event_id,
      token_use: "id",
      auth_time: String(START / 1000),
      exp: "Thu Jan 01 13:00:00 UTC 2026",
      iat: "Thu Jan 01 12:00:00 UTC 2026",
      jti: token.jti,
    });
  });

  it("takes the token after a Bearer prefix, in any case", async () => {
    const { IdToken } = await signInAlice(f);
    await expect(authorize(`Bearer ${IdToken}`)).resolves.toHaveProperty("tokenUse", "id");
    await expect(authorize(`bearer ${IdToken}`)).resolves.toHaveProperty("tokenUse", "id");
  });

  it("answers 401 for a missing or empty token without looking further", async () => {
    await expectRejected(authorize(undefined), "missing-token");
    await expectRejected(authorize(""), "missing-token");
    await expectRejected(authorize("Bearer "), "missing-token");
  });

  it("answers 401 for a value that is not a JWT", async () => {
    await expectRejected(authorize("not-a-token"), "malformed-token");
  });

  it("answers 401 for a token whose payload was changed after signing", async () => {
    const { IdToken } = await signInAlice(f);
    await expectRejected(authorize(tamper(IdToken, 1, { "custom:role": "superuser" })), "bad-signature");
  });

  it("answers 401 for a kid the pool's JWKS does not hold", async () => {
    const { IdToken } = await signInAlice(f);
    await expectRejected(authorize(tamper(IdToken, 0, { kid: "bm90LWEta2V5" })), "unknown-kid");
  });

  it("answers 401 for an ID token claiming the access-token key", async () => {
    const { IdToken } = await signInAlice(f);
    const accessKid = f.pools.getJwks(f.poolId).keys[1]?.kid;
    await expectRejected(authorize(tamper(IdToken, 0, { kid: accessKid })), "bad-signature");
  });

  it("answers 401 for a token from a pool the authorizer does not name, and passes it once named", async () => {
    await expectRejected(authorize(otherPoolToken), "unknown-issuer");
    const both = { authorizer: { providerARNs: [toPoolArn(f), otherPoolArn] } };
    await expect(authorize(otherPoolToken, both)).resolves.toMatchObject({
      claims: { "cognito:username": "sam" },
    });
  });

  it("answers 401 for a token from a pool outside the sandbox and for an ARN in another Region", async () => {
    const stranger = await createPoolFixture(43);
    await expectRejected(authorize((await signInAlice(stranger)).IdToken), "unknown-issuer");
    const { IdToken } = await signInAlice(f);
    const wrongRegion = {
      authorizer: { providerARNs: [toPoolArn(f).replace(":us-east-1:", ":eu-west-1:")] },
    };
    await expectRejected(authorize(IdToken, wrongRegion), "unknown-issuer");
  });

  it("passes a token until its exp and answers 401 from exp on (virtual clock)", async () => {
    const { IdToken } = await signInAlice(f);
    f.clock.advance(3599_000);
    await expect(authorize(IdToken)).resolves.toHaveProperty("tokenUse", "id");
    f.clock.advance(1000);
    await expectRejected(authorize(IdToken), "expired");
    f.clock.set(START);
  });

  it("answers 401 for an access token when the method has no scopes", async () => {
    const { AccessToken } = await signInAlice(f);
    await expectRejected(authorize(AccessToken), "not-id-token");
  });

  it("answers 401 once the token's app client is deleted", async () => {
    const { UserPoolClient } = await f.pools.createUserPoolClient({
      UserPoolId: f.poolId,
      ClientName: "temporary",
      ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH"],
    });
    const { AuthenticationResult } = await f.pools.initiateAuth({
      AuthFlow: "USER_PASSWORD_AUTH",
      ClientId: UserPoolClient.ClientId,
      AuthParameters: { USERNAME: "alice", PASSWORD: "Correct#Horse1" },
    });
    const token = AuthenticationResult?.IdToken ?? "";
    await expect(authorize(token)).resolves.toHaveProperty("tokenUse", "id");
    await f.pools.deleteUserPoolClient({ UserPoolId: f.poolId, ClientId: UserPoolClient.ClientId });
    await expectRejected(authorize(token), "unknown-audience");
  });

  it("applies identityValidationExpression to the whole aud", async () => {
    const { IdToken } = await signInAlice(f);
    const exact = {
      authorizer: { providerARNs: [toPoolArn(f)], identityValidationExpression: f.webClientId },
    };
    await expect(authorize(IdToken, exact)).resolves.toHaveProperty("tokenUse", "id");
    const prefix = {
      authorizer: { providerARNs: [toPoolArn(f)], identityValidationExpression: f.webClientId.slice(0, 10) },
    };
    await expectRejected(authorize(IdToken, prefix), "audience-mismatch");
  });
});
