import { describe, expect, it } from "vitest";
import { toAuthorizerContext } from "@/lib/gateway/authorizers/lambda";
import {
  allowAll,
  authorizerRequest,
  requestAuthorizer,
  setupAuthorizer,
  tokenAuthorizer,
} from "./authorizer-fixtures";

const METHOD_ARN = "arn:aws:execute-api:us-east-1:123456789012:abc123defg/prod/GET/pets/42";

describe("authorizeWithLambda: allowed requests", () => {
  it("sends a TOKEN authorizer the token and method ARN and returns principal, context and usage key", async () => {
    const { lambda, run } = setupAuthorizer(() => ({
      result: allowAll("user-7", {
        context: { tier: "gold", quota: 10, admin: false },
        usageIdentifierKey: "k-1",
      }),
      durationMs: 23,
    }));
    const result = await run().promise;
    expect(lambda.calls).toEqual([
      {
        functionName: "authorizer",
        event: { type: "TOKEN", authorizationToken: "allow-token-1234", methodArn: METHOD_ARN },
      },
    ]);
    expect(result).toMatchObject({
      outcome: "ALLOW",
      principalId: "user-7",
      context: { tier: "gold", quota: "10", admin: "false" },
      usageIdentifierKey: "k-1",
      cached: false,
      latencyMs: 23,
      methodArn: METHOD_ARN,
    });
    expect(toAuthorizerContext(result)).toEqual({
      tier: "gold",
      quota: "10",
      admin: "false",
      principalId: "user-7",
      integrationLatency: 23,
    });
  });

  it("writes a trace with the identity masked", async () => {
    const { run } = setupAuthorizer(() => ({ result: allowAll("user-7") }));
    const { promise, trace } = run();
    await promise;
    expect(trace).toContain("Incoming identity: ***1234");
    expect(trace).toContain("Using valid authorizer policy for principal: user-7");
    expect(trace.at(-1)).toBe("Successfully completed authorizer execution");
    expect(trace.join("\n")).not.toContain("allow-token-1234");
  });

  it("resolves a stage variable in the authorizer URI to the function name", async () => {
    const { lambda, run } = setupAuthorizer(() => ({ result: allowAll() }));
    await run({
      authorizer: tokenAuthorizer({
        authorizerResultTtlInSeconds: 0,
        authorizerUri:
          "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:${stageVariables.authFn}/invocations",
      }),
      request: authorizerRequest({ stageVariables: { authFn: "auth-prod" } }),
    }).promise;
    expect(lambda.calls[0]?.functionName).toBe("auth-prod");
  });

  it("sends a REQUEST authorizer the documented event", async () => {
    const { lambda, run } = setupAuthorizer(() => ({ result: allowAll() }));
    await run({ authorizer: requestAuthorizer() }).promise;
    expect(lambda.calls[0]?.event).toEqual({
      type: "REQUEST",
      methodArn: METHOD_ARN,
      resource: "/pets/{petId}",
      path: "/pets/42",
      httpMethod: "GET",
      headers: { Authorization: "allow-token-1234" },
      multiValueHeaders: { Authorization: ["allow-token-1234"] },
      queryStringParameters: null,
      multiValueQueryStringParameters: null,
      pathParameters: { petId: "42" },
      stageVariables: null,
      requestContext: { requestId: "req-1", stage: "prod", identity: { sourceIp: "203.0.113.7" } },
    });
  });
});

describe("authorizeWithLambda: policy conditions", () => {
  const conditional = {
    principalId: "u",
    policyDocument: {
      Statement: [
        {
          Effect: "Allow",
          Action: "execute-api:Invoke",
          Resource: "*",
          Condition: { IpAddress: { "aws:SourceIp": "203.0.113.0/24" } },
        },
      ],
    },
  };

  it("fails closed on a conditional Allow when no condition evaluator is plugged in", async () => {
    const { run } = setupAuthorizer(() => ({ result: conditional }));
    await expect(run().promise).rejects.toThrow("User is not authorized to access this resource");
  });

  it("passes the request's condition context to the plugged-in evaluator", async () => {
    const { run } = setupAuthorizer(() => ({ result: conditional }));
    const seen: unknown[] = [];
    const result = await run({
      conditionContext: { "aws:sourceip": "203.0.113.7" },
      evaluateCondition: (block, context) => (
        seen.push(block, context),
        context["aws:sourceip"] === "203.0.113.7"
      ),
    }).promise;
    expect(result.outcome).toBe("ALLOW");
    expect(seen).toEqual([
      conditional.policyDocument.Statement[0]!.Condition,
      { "aws:sourceip": "203.0.113.7" },
    ]);
  });
});
