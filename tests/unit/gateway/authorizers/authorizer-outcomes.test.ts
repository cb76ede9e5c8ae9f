import { describe, expect, it } from "vitest";
import { AccessDeniedError, AuthorizerConfigurationError, UnauthorizedError } from "@/lib/gateway/errors";
import {
  allowAll,
  authorizerRequest,
  policy,
  renderUncustomised,
  requestAuthorizer,
  setupAuthorizer,
  tokenAuthorizer,
  withHeader,
  type ScriptedAnswer,
} from "./authorizer-fixtures";

const METHOD_ARN = "arn:aws:execute-api:us-east-1:123456789012:abc123defg/prod/GET/pets/42";

describe("authorizeWithLambda: 401 Unauthorized", () => {
  it.each([
    ["the token header is missing", authorizerRequest({ headers: {}, multiValueHeaders: {} })],
    ["the token header is empty", withHeader("Authorization", "")],
    ["the headers are null", authorizerRequest({ headers: null, multiValueHeaders: null })],
  ])("answers 401 without invoking the function when %s", async (_case, request) => {
    const { lambda, run } = setupAuthorizer(() => ({ result: allowAll() }));
    await expect(run({ request }).promise).rejects.toBeInstanceOf(UnauthorizedError);
    expect(lambda.calls).toHaveLength(0);
  });

  it("checks identityValidationExpression before invoking: no match is 401 and no call", async () => {
    const { lambda, run } = setupAuthorizer(() => ({ result: allowAll() }));
    const authorizer = tokenAuthorizer({ identityValidationExpression: "Bearer [A-Za-z0-9]+" });
    await expect(
      run({ authorizer, request: withHeader("Authorization", "Basic abc") }).promise,
    ).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(
      run({ authorizer, request: withHeader("Authorization", "xBearer abc") }).promise,
    ).rejects.toBeInstanceOf(UnauthorizedError);
    expect(lambda.calls).toHaveLength(0);
    await run({ authorizer, request: withHeader("Authorization", "Bearer abc") }).promise;
    expect(lambda.calls).toHaveLength(1);
  });

  it.each([
    ['callback("Unauthorized")', { errorType: "string", errorMessage: "Unauthorized", trace: [] }],
    [
      'throw new Error("Unauthorized")',
      { errorType: "Error", errorMessage: "Unauthorized", trace: ["Error: Unauthorized"] },
    ],
    ["raise Exception('Unauthorized')", { errorType: "Exception", errorMessage: "Unauthorized" }],
  ])("answers 401 when the function fails with %s", async (_case, error) => {
    const { run } = setupAuthorizer(() => ({ error }));
    await expect(run().promise).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it("renders 401 as the recorded 26-byte body", () => {
    const rendered = renderUncustomised(new UnauthorizedError());
    expect(rendered).toMatchObject({ status: 401, body: '{"message":"Unauthorized"}', bytes: 26 });
    expect(rendered.header("x-amzn-ErrorType")).toBe("UnauthorizedException");
  });

  it("requires every REQUEST identity source when caching is on", async () => {
    const { lambda, run } = setupAuthorizer(() => ({ result: allowAll() }));
    const authorizer = requestAuthorizer({
      identitySource: "method.request.header.Authorization, method.request.querystring.tenant",
      authorizerResultTtlInSeconds: 300,
    });
    await expect(run({ authorizer }).promise).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(
      run({ authorizer, request: authorizerRequest({ queryStringParameters: { tenant: "" } }) }).promise,
    ).rejects.toBeInstanceOf(UnauthorizedError);
    expect(lambda.calls).toHaveLength(0);
    await run({ authorizer, request: authorizerRequest({ queryStringParameters: { tenant: "t1" } }) })
      .promise;
    expect(lambda.calls).toHaveLength(1);
  });

  it("invokes a REQUEST authorizer without its identity sources when caching is off", async () => {
    const { lambda, run } = setupAuthorizer(() => ({ result: allowAll() }));
    const authorizer = requestAuthorizer({
      identitySource: "method.request.header.X-Missing",
      authorizerResultTtlInSeconds: 0,
    });
    await expect(run({ authorizer }).promise).resolves.toMatchObject({ outcome: "ALLOW" });
    expect(lambda.calls).toHaveLength(1);
  });
});

describe("authorizeWithLambda: 403 AccessDenied", () => {
  it("answers an explicit Deny on the method ARN with the explicit-deny message", async () => {
    const { run } = setupAuthorizer((event) => ({
      result: { principalId: "u", policyDocument: policy("Deny", String(event.methodArn)) },
    }));
    const error = await run().promise.catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(AccessDeniedError);
    expect((error as AccessDeniedError).gatewayMessage).toBe(
      "User is not authorized to access this resource with an explicit deny",
    );
  });

  it("answers an Allow that does not cover the method ARN with the implicit-deny message", async () => {
    const { run } = setupAuthorizer(() => ({
      result: { principalId: "u", policyDocument: policy("Allow", METHOD_ARN.replace("/GET/", "/POST/")) },
    }));
    const error = await run().promise.catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(AccessDeniedError);
    const rendered = renderUncustomised(error as AccessDeniedError);
    expect(rendered).toMatchObject({
      status: 403,
      body: '{"Message":"User is not authorized to access this resource"}',
    });
    expect(rendered.header("x-amzn-ErrorType")).toBe("AccessDeniedException");
  });

  it("lets a Deny win over an Allow in the same policy", async () => {
    const { run } = setupAuthorizer(() => ({
      result: {
        principalId: "u",
        policyDocument: {
          Statement: [
            { Effect: "Allow", Action: "execute-api:Invoke", Resource: "*" },
            {
              Effect: "Deny",
              Action: "execute-api:Invoke",
              Resource: "arn:aws:execute-api:*:*:abc123defg/prod/GET/pets/*",
            },
          ],
        },
      },
    }));
    await expect(run().promise).rejects.toThrow("with an explicit deny");
  });
});

describe("authorizeWithLambda: 500 AuthorizerConfigurationError", () => {
  const cases: Array<[string, ScriptedAnswer]> = [
    [
      "the function fails with another message",
      { error: { errorType: "Error", errorMessage: "unauthorized" } },
    ],
    [
      "the function fails with a TypeError",
      { error: { errorType: "TypeError", errorMessage: "x is undefined" } },
    ],
    ["the output has no principalId", { result: { policyDocument: policy("Allow", "*") } }],
    ["the output has no policyDocument", { result: { principalId: "u" } }],
    [
      "the policy's Effect is not Allow or Deny",
      {
        result: {
          principalId: "u",
          policyDocument: { Statement: [{ Effect: "Permit", Action: "*", Resource: "*" }] },
        },
      },
    ],
    ["a context value is an object", { result: allowAll("u", { context: { user: { id: 1 } } }) }],
    ["a context value is an array", { result: allowAll("u", { context: { roles: ["admin"] } }) }],
    ["the output is not an object", { result: "Allow" }],
    ["the function takes longer than the timeout", { result: allowAll(), durationMs: 29_001 }],
    [
      "Lambda refuses the invocation",
      { throws: Object.assign(new Error("Function not found"), { name: "ResourceNotFoundException" }) },
    ],
  ];

  it.each(cases)("answers 500 when %s", async (_case, answer) => {
    const { run } = setupAuthorizer(() => answer);
    const { promise, trace } = run();
    await expect(promise).rejects.toBeInstanceOf(AuthorizerConfigurationError);
    expect(trace.some((line) => line.startsWith("Execution failed due to configuration error:"))).toBe(true);
  });

  it("answers 500 when the authorizer URI names no function, without invoking", async () => {
    const { lambda, run } = setupAuthorizer(() => ({ result: allowAll() }));
    await expect(
      run({ authorizer: tokenAuthorizer({ authorizerUri: "arn:aws:nope" }) }).promise,
    ).rejects.toBeInstanceOf(AuthorizerConfigurationError);
    expect(lambda.calls).toHaveLength(0);
  });

  it("answers 500 when the sandbox has no Lambda service", async () => {
    const { run } = setupAuthorizer(() => ({ result: allowAll() }));
    await expect(run({ lambda: undefined }).promise).rejects.toBeInstanceOf(AuthorizerConfigurationError);
  });

  it("answers 500 for a TOKEN source that is not a header or a validation expression that does not compile", async () => {
    const { lambda, run } = setupAuthorizer(() => ({ result: allowAll() }));
    await expect(
      run({ authorizer: tokenAuthorizer({ identitySource: "method.request.querystring.token" }) }).promise,
    ).rejects.toBeInstanceOf(AuthorizerConfigurationError);
    await expect(
      run({ authorizer: tokenAuthorizer({ identityValidationExpression: "(unclosed" }) }).promise,
    ).rejects.toBeInstanceOf(AuthorizerConfigurationError);
    expect(lambda.calls).toHaveLength(0);
  });

  it('renders 500 as the recorded 16-byte body {"message":null}', () => {
    const rendered = renderUncustomised(new AuthorizerConfigurationError());
    expect(rendered).toMatchObject({ status: 500, body: '{"message":null}', bytes: 16 });
    expect(rendered.header("x-amzn-ErrorType")).toBe("AuthorizerConfigurationException");
  });
});
