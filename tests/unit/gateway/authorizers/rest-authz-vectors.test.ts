/**
 * Lambda authorizers end to end with the simulator's own Lambda runtime (QuickJS) and the pipeline's
 * request parsing: the request view is built from the proxy event as the authorizeRequest stage will build
 * it, and errors are rendered by renderGatewayResponse. Vector rest-authz-002 (REC loige-2023).
 */
import { beforeAll, describe, expect, it } from "vitest";
import {
  authorizeWithLambda,
  AuthorizerResultCache,
  type AuthorizerRequest,
} from "@/lib/gateway/authorizers/lambda";
import { AccessDeniedError, GatewayError, UnauthorizedError } from "@/lib/gateway/errors";
import { buildLambdaProxyEvent } from "@/lib/gateway/integrations/lambda-proxy-event";
import type { InvocationContext } from "@/lib/gateway/pipeline/context";
import { buildContextVariables } from "@/lib/gateway/pipeline/context-variables";
import { parseRequest } from "@/lib/gateway/pipeline/stages/parse-request";
import { routeRequest } from "@/lib/gateway/pipeline/stages/route-request";
import { SeededRandom, VirtualClock } from "@/lib/gateway/ports";
import { renderGatewayResponse } from "@/lib/gateway/responses/render-gateway-response";
import { createLambdaRuntime, type LambdaRuntime } from "@/lib/gateway/runtime";
import { contextFor, envWith, mockMethod, request, snapshotOf, stageOf } from "../pipeline/helpers";
import { requestAuthorizer, tokenAuthorizer } from "./authorizer-fixtures";

/** The SAM default REQUEST authorizer of vector rest-authz-002: odd Authorization → Allow *, else Deny. */
const SAM_AUTHORIZER = `
exports.handler = async (event) => {
  const odd = parseInt(event.headers.Authorization, 10) % 2 === 1;
  return {
    principalId: "authenticatedUser",
    policyDocument: {
      Version: "2012-10-17",
      Statement: [{ Action: "execute-api:Invoke", Effect: odd ? "Allow" : "Deny", Resource: odd ? "*" : event.methodArn }],
    },
    context: { parity: odd ? "odd" : "even", checkedAt: 1 },
  };
};`;

const snapshot = snapshotOf([
  { id: "root", path: "/", resourceMethods: {} },
  { id: "hello", path: "/hello", resourceMethods: { GET: mockMethod("GET") } },
]);
const deployed = { apiId: "abc123defg", stage: stageOf("prod"), deploymentId: "dep001", snapshot };

function routed(headers: Array<[string, string]>): InvocationContext {
  const ctx = contextFor(envWith([deployed]), request("GET", "/prod/hello", { headers }));
  parseRequest(ctx);
  routeRequest(ctx);
  return ctx;
}

/** The request view as the authorizeRequest stage builds it from the invocation context. */
function toAuthorizerRequest(ctx: InvocationContext): AuthorizerRequest {
  return {
    ...buildLambdaProxyEvent(ctx),
    region: ctx.env.region,
    accountId: ctx.env.accountId,
    apiId: ctx.request.apiId,
    stage: ctx.parsed!.stageName,
    contextVariables: buildContextVariables(ctx),
  };
}

function render(ctx: InvocationContext, error: unknown) {
  if (!(error instanceof GatewayError)) throw error;
  ctx.error = error;
  const response = renderGatewayResponse(ctx, error);
  const body = String(response.body);
  const header = (name: string) => response.headers.find(([n]) => n.toLowerCase() === name)?.[1];
  return { status: response.statusCode, body, length: new TextEncoder().encode(body).byteLength, header };
}

let lambda: LambdaRuntime;
const clock = new VirtualClock();
const uri = (name: string) =>
  `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:${name}/invocations`;

beforeAll(async () => {
  lambda = await createLambdaRuntime({ clock, random: new SeededRandom(3) });
  lambda.deployFunction({ functionName: "sam-authorizer", code: SAM_AUTHORIZER });
  lambda.deployFunction({
    functionName: "callback-unauthorized",
    code: `exports.handler = (event, context, callback) => callback("Unauthorized");`,
  });
  lambda.deployFunction({
    functionName: "throw-unauthorized",
    code: `exports.handler = async () => { throw new Error("Unauthorized"); };`,
  });
  lambda.deployFunction({
    functionName: "throw-other",
    code: `exports.handler = async () => { throw new Error("token expired"); };`,
  });
});

async function authorize(
  ctx: InvocationContext,
  authorizer = requestAuthorizer({ authorizerUri: uri("sam-authorizer") }),
) {
  return authorizeWithLambda({
    authorizer,
    request: toAuthorizerRequest(ctx),
    lambda,
    cache: new AuthorizerResultCache(),
    clock,
  });
}

describe("rest-authz-002: REQUEST authorizer explicit deny", () => {
  it("answers Authorization 2 with 403 and the recorded 82-byte explicit-deny body", async () => {
    const ctx = routed([["Authorization", "2"]]);
    const error = await authorize(ctx).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(AccessDeniedError);
    const response = render(ctx, error);
    expect(response.status).toBe(403);
    expect(response.body).toBe(
      '{"Message":"User is not authorized to access this resource with an explicit deny"}',
    );
    expect(response.length).toBe(82);
    expect(response.header("x-amzn-errortype")).toBe("AccessDeniedException");
  });

  it("lets Authorization 1 through with the principal and stringified context", async () => {
    const result = await authorize(routed([["Authorization", "1"]]));
    expect(result).toMatchObject({
      principalId: "authenticatedUser",
      context: { parity: "odd", checkedAt: "1" },
      methodArn: "arn:aws:execute-api:us-east-1:123456789012:abc123defg/prod/GET/hello",
    });
  });

  it("answers a missing Authorization header with 401 and the 26-byte body, the function not invoked", async () => {
    const ctx = routed([]);
    const before = lambda.logs("sam-authorizer").length;
    const error = await authorize(ctx).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(render(ctx, error)).toMatchObject({ status: 401, body: '{"message":"Unauthorized"}', length: 26 });
    expect(lambda.logs("sam-authorizer").length).toBe(before);
  });
});

describe("Lambda's own error documents for Unauthorized", () => {
  it.each(["callback-unauthorized", "throw-unauthorized"])(
    "answers 401 when the Node function is %s",
    async (name) => {
      const ctx = routed([["Authorization", "abc"]]);
      const error = await authorize(ctx, tokenAuthorizer({ authorizerUri: uri(name) })).catch(
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(UnauthorizedError);
    },
  );

  it('answers any other thrown error with 500 and the 16-byte {"message":null}', async () => {
    const ctx = routed([["Authorization", "abc"]]);
    const error = await authorize(ctx, tokenAuthorizer({ authorizerUri: uri("throw-other") })).catch(
      (thrown: unknown) => thrown,
    );
    expect(render(ctx, error)).toMatchObject({ status: 500, body: '{"message":null}', length: 16 });
    expect(render(ctx, error).header("x-amzn-errortype")).toBe("AuthorizerConfigurationException");
  });

  it("answers a function that does not exist with 500", async () => {
    const ctx = routed([["Authorization", "abc"]]);
    const error = await authorize(ctx, tokenAuthorizer({ authorizerUri: uri("missing") })).catch(
      (thrown: unknown) => thrown,
    );
    expect(render(ctx, error).status).toBe(500);
  });
});
