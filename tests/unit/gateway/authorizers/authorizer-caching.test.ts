import { describe, expect, it } from "vitest";
import {
  authorizeWithLambda,
  AuthorizerResultCache,
  type AuthorizeWithLambdaInput,
  type LambdaAuthorization,
} from "@/lib/gateway/authorizers/lambda";
import { AccessDeniedError } from "@/lib/gateway/errors";
import { VirtualClock } from "@/lib/gateway/ports";
import {
  authorizerRequest,
  policy,
  requestAuthorizer,
  ScriptedLambda,
  tokenAuthorizer,
  withHeader,
} from "./authorizer-fixtures";

/** An authorizer that allows exactly `event.methodArn` for the principal named by the token. */
function methodArnOnlyLambda() {
  return new ScriptedLambda((event) => {
    const identity = String(
      event.authorizationToken ?? (event.headers as Record<string, string>)?.Authorization,
    );
    return {
      result: {
        principalId: `principal-of-${identity}`,
        policyDocument: policy("Allow", String(event.methodArn)),
        context: { identity },
      },
    };
  });
}

function setup(lambda = methodArnOnlyLambda()) {
  const clock = new VirtualClock();
  const cache = new AuthorizerResultCache();
  const trace: string[][] = [];
  const run = (input: Partial<AuthorizeWithLambdaInput> = {}): Promise<LambdaAuthorization> => {
    const lines: string[] = [];
    trace.push(lines);
    return authorizeWithLambda({
      authorizer: tokenAuthorizer(),
      request: authorizerRequest(),
      lambda,
      cache,
      clock,
      trace: lines,
      ...input,
    });
  };
  return { lambda, clock, cache, run, trace };
}

const token = (value: string, extra = {}) => withHeader("Authorization", value, extra);

describe("authorizer result cache", () => {
  it("invokes once and answers the same token from the cache for the default 300 s", async () => {
    const { lambda, clock, run, trace } = setup();
    const first = await run();
    expect(first).toMatchObject({ cached: false, principalId: "principal-of-allow-token-1234" });
    clock.advance(299_999);
    const second = await run();
    expect(second).toMatchObject({
      cached: true,
      latencyMs: 0,
      principalId: "principal-of-allow-token-1234",
    });
    expect(second.context).toEqual({ identity: "allow-token-1234" });
    expect(trace[1]).toContain("Authorizer result from cache");
    expect(lambda.calls).toHaveLength(1);
    clock.advance(1);
    expect(await run()).toMatchObject({ cached: false });
    expect(lambda.calls).toHaveLength(2);
  });

  it("honours a custom TTL and never caches with TTL 0", async () => {
    const custom = setup();
    const authorizer = tokenAuthorizer({ authorizerResultTtlInSeconds: 10 });
    await custom.run({ authorizer });
    custom.clock.advance(9_999);
    expect(await custom.run({ authorizer })).toMatchObject({ cached: true });
    custom.clock.advance(1);
    expect(await custom.run({ authorizer })).toMatchObject({ cached: false });

    const off = setup();
    const uncached = tokenAuthorizer({ authorizerResultTtlInSeconds: 0 });
    await off.run({ authorizer: uncached });
    await off.run({ authorizer: uncached });
    expect(off.lambda.calls).toHaveLength(2);
    expect(off.cache.size).toBe(0);
  });

  it("invokes again after FlushStageAuthorizersCache", async () => {
    const { lambda, cache, run } = setup();
    await run();
    expect(cache.flushStage("abc123defg", "prod")).toBe(1);
    expect(await run()).toMatchObject({ cached: false });
    expect(lambda.calls).toHaveLength(2);
  });

  it("re-evaluates a cached policy against the current method ARN: Allow for event.methodArn only → 403 on another method", async () => {
    const { lambda, run } = setup();
    await expect(run()).resolves.toMatchObject({ cached: false });
    const other = token("allow-token-1234", { httpMethod: "DELETE", path: "/pets/42" });
    const error = await run({ request: other }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(AccessDeniedError);
    expect((error as AccessDeniedError).gatewayMessage).toBe(
      "User is not authorized to access this resource",
    );
    expect(lambda.calls).toHaveLength(1);
    const otherPath = token("allow-token-1234", { path: "/pets/43" });
    await expect(run({ request: otherPath })).rejects.toBeInstanceOf(AccessDeniedError);
    expect(lambda.calls).toHaveLength(1);
  });

  it("caches a Deny policy too, and re-applies it", async () => {
    const { lambda, run } = setup(
      new ScriptedLambda((event) => ({
        result: { principalId: "u", policyDocument: policy("Deny", String(event.methodArn)) },
      })),
    );
    await expect(run()).rejects.toThrow("with an explicit deny");
    await expect(run()).rejects.toThrow("with an explicit deny");
    expect(lambda.calls).toHaveLength(1);
  });

  it("does not cache 401 and 500 answers", async () => {
    let calls = 0;
    const { run } = setup(
      new ScriptedLambda(() =>
        ++calls === 1
          ? { error: { errorType: "Error", errorMessage: "Unauthorized" } }
          : { error: { errorType: "Error", errorMessage: "boom" } },
      ),
    );
    await expect(run()).rejects.toThrow("Unauthorized");
    await expect(run()).rejects.toThrow();
    expect(calls).toBe(2);
  });
});

describe("authorizer cache safety: one identity never gets another's decision", () => {
  it("keeps two TOKEN identities apart: each gets its own principal and context", async () => {
    const { lambda, run } = setup(
      new ScriptedLambda((event) =>
        event.authorizationToken === "token-alice-0001"
          ? {
              result: {
                principalId: "alice",
                policyDocument: policy("Allow", "*"),
                context: { role: "admin" },
              },
            }
          : { result: { principalId: "mallory", policyDocument: policy("Deny", "*") } },
      ),
    );
    await expect(run({ request: token("token-alice-0001") })).resolves.toMatchObject({
      principalId: "alice",
    });
    await expect(run({ request: token("token-alice-0002") })).rejects.toThrow("with an explicit deny");
    await expect(run({ request: token("TOKEN-ALICE-0001") })).rejects.toThrow("with an explicit deny");
    await expect(run({ request: token("token-alice-0001 ") })).rejects.toThrow("with an explicit deny");
    expect(lambda.calls).toHaveLength(4);
    await expect(run({ request: token("token-alice-0001") })).resolves.toMatchObject({
      principalId: "alice",
      context: { role: "admin" },
      cached: true,
    });
    await expect(run({ request: token("token-alice-0002") })).rejects.toThrow("with an explicit deny");
    expect(lambda.calls).toHaveLength(4);
  });

  it("keeps REQUEST identities apart even when their values only differ in where a separator falls", async () => {
    const lambda = new ScriptedLambda((event) => {
      const headers = event.headers as Record<string, string>;
      return {
        result: { principalId: `${headers["X-A"]}|${headers["X-B"]}`, policyDocument: policy("Allow", "*") },
      };
    });
    const { run } = setup(lambda);
    const authorizer = requestAuthorizer({
      identitySource: "method.request.header.X-A, method.request.header.X-B",
    });
    const headers = (a: string, b: string) =>
      authorizerRequest({ headers: { "X-A": a, "X-B": b }, multiValueHeaders: { "X-A": [a], "X-B": [b] } });
    const first = await run({ authorizer, request: headers("x,y", "z") });
    const second = await run({ authorizer, request: headers("x", "y,z") });
    const third = await run({ authorizer, request: headers('x","y', "z") });
    expect([first.cached, second.cached, third.cached]).toEqual([false, false, false]);
    expect(second.principalId).toBe("x|y,z");
    expect(lambda.calls).toHaveLength(3);
  });

  it("keeps stages, APIs and authorizers apart for the same token", async () => {
    const { lambda, run } = setup();
    await run();
    await run({ request: token("allow-token-1234", { stage: "dev" }) });
    await run({ request: token("allow-token-1234", { apiId: "otherapi01" }) });
    await run({ authorizer: tokenAuthorizer({ id: "tok002" }) });
    expect(lambda.calls).toHaveLength(4);
    expect((await run()).cached).toBe(true);
  });

  it("never shares an entry when a REQUEST authorizer has no identity sources to key on", async () => {
    const { lambda, cache, run } = setup();
    const authorizer = requestAuthorizer({ identitySource: undefined, authorizerResultTtlInSeconds: 300 });
    await run({ authorizer, request: token("alice") });
    await run({ authorizer, request: token("mallory") });
    expect(lambda.calls).toHaveLength(2);
    expect(cache.size).toBe(0);
  });

  it("does not let a caller's edits to the returned context reach the cached entry", async () => {
    const { run } = setup();
    const first = await run();
    (first.context as Record<string, string>).identity = "someone-else";
    expect((await run()).context).toEqual({ identity: "allow-token-1234" });
  });
});
