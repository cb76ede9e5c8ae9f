import { describe, expect, it } from "vitest";
import { createTestSandbox } from "./sandbox";

describe("COGNITO_USER_POOLS authorizer through the pipeline", () => {
  it("accepts the pool's ID token, exposes its claims, and answers 401 for a missing or foreign token", async () => {
    const sb = await createTestSandbox();
    const pools = sb.userPools;
    const { UserPool } = await pools.createUserPool({ PoolName: "pets" });
    const { UserPoolClient } = await pools.createUserPoolClient({
      UserPoolId: UserPool.Id,
      ClientName: "web",
      ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
    });
    await pools.adminCreateUser({
      UserPoolId: UserPool.Id,
      Username: "alice",
      TemporaryPassword: "Temp#Pass1",
      MessageAction: "SUPPRESS",
      UserAttributes: [{ Name: "email", Value: "alice@example.com" }],
    });
    await pools.adminSetUserPassword({
      UserPoolId: UserPool.Id,
      Username: "alice",
      Password: "Correct#Horse1",
      Permanent: true,
    });
    const { AuthenticationResult } = await pools.initiateAuth({
      AuthFlow: "USER_PASSWORD_AUTH",
      ClientId: UserPoolClient.ClientId,
      AuthParameters: { USERNAME: "alice", PASSWORD: "Correct#Horse1" },
    });

    const api = sb.api();
    const authorizer = sb.cp.createAuthorizer({
      restApiId: api.id,
      name: "pool",
      type: "COGNITO_USER_POOLS",
      providerARNs: [UserPool.Arn],
      identitySource: "method.request.header.Authorization",
    });
    api
      .method("/me", "GET", {
        authorizationType: "COGNITO_USER_POOLS",
        authorizerId: authorizer.id,
        integration: { type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } },
        responses: {
          "200": {
            responseTemplates: {
              "application/json":
                '{"user": "$context.authorizer.claims[\'cognito:username\']", "email": "$context.authorizer.claims.email"}',
            },
          },
        },
      })
      .deploy("dev");

    const ok = await sb.call(api.id, "GET", "/dev/me", {
      headers: { Authorization: AuthenticationResult!.IdToken! },
    });
    expect(ok.response.statusCode).toBe(200);
    expect(JSON.parse(ok.text)).toEqual({ user: "alice", email: "alice@example.com" });

    const missing = await sb.call(api.id, "GET", "/dev/me");
    expect(missing.response.statusCode).toBe(401);
    expect(missing.text).toBe('{"message":"Unauthorized"}');

    sb.clock.advance(3600 * 1000 + 1);
    expect(
      (
        await sb.call(api.id, "GET", "/dev/me", {
          headers: { Authorization: AuthenticationResult!.IdToken! },
        })
      ).response.statusCode,
    ).toBe(401);
  });
});
