/** Shared fixtures for the authorizer tests: a request view, a scripted Lambda, and rendering of errors. */
import type { Authorizer } from "@/lib/gateway/control/types";
import type { GatewayError } from "@/lib/gateway/errors";
import {
  authorizeWithLambda,
  AuthorizerResultCache,
  type AuthorizeWithLambdaInput,
  type AuthorizerRequest,
  type LambdaAuthorizerSettings,
} from "@/lib/gateway/authorizers/lambda";
import type { LambdaInvoker } from "@/lib/gateway/pipeline/context";
import { VirtualClock } from "@/lib/gateway/ports";
import { renderGatewayResponse } from "@/lib/gateway/responses/render-gateway-response";
import { contextFor, envWith, request } from "../pipeline/helpers";

export const REGION = "us-east-1";
export const ACCOUNT = "123456789012";
export const API_ID = "abc123defg";
export const FUNCTION_ARN = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:authorizer`;
export const AUTHORIZER_URI = `arn:aws:apigateway:${REGION}:lambda:path/2015-03-31/functions/${FUNCTION_ARN}/invocations`;

export function tokenAuthorizer(extra: Partial<Authorizer> = {}): LambdaAuthorizerSettings {
  return {
    id: "tok001",
    type: "TOKEN",
    authorizerUri: AUTHORIZER_URI,
    identitySource: "method.request.header.Authorization",
    ...extra,
  };
}

export function requestAuthorizer(extra: Partial<Authorizer> = {}): LambdaAuthorizerSettings {
  return {
    id: "req001",
    type: "REQUEST",
    authorizerUri: AUTHORIZER_URI,
    identitySource: "method.request.header.Authorization",
    ...extra,
  };
}

export function authorizerRequest(extra: Partial<AuthorizerRequest> = {}): AuthorizerRequest {
  return {
    region: REGION,
    accountId: ACCOUNT,
    apiId: API_ID,
    stage: "prod",
    httpMethod: "GET",
    resource: "/pets/{petId}",
    path: "/pets/42",
    headers: { Authorization: "allow-token-1234" },
    multiValueHeaders: { Authorization: ["allow-token-1234"] },
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    pathParameters: { petId: "42" },
    stageVariables: null,
    requestContext: { requestId: "req-1", stage: "prod", identity: { sourceIp: "203.0.113.7" } },
    ...extra,
  };
}

/** A request carrying one header, in both header views. */
export function withHeader(
  name: string,
  value: string,
  extra: Partial<AuthorizerRequest> = {},
): AuthorizerRequest {
  return authorizerRequest({ headers: { [name]: value }, multiValueHeaders: { [name]: [value] }, ...extra });
}

export type ScriptedAnswer =
  | { result: unknown; durationMs?: number }
  | { error: { errorType: string; errorMessage: string; trace?: string[] }; durationMs?: number }
  | { throws: Error };

/** A Lambda service whose function answers by script; it records every event it was sent. */
export class ScriptedLambda implements LambdaInvoker {
  readonly calls: Array<{ functionName: string; event: Record<string, unknown> }> = [];
  constructor(private readonly answer: (event: Record<string, unknown>) => ScriptedAnswer) {}

  async invoke(functionName: string, payload: string) {
    const event = JSON.parse(payload) as Record<string, unknown>;
    this.calls.push({ functionName, event });
    const answer = this.answer(event);
    if ("throws" in answer) throw answer.throws;
    const durationMs = answer.durationMs ?? 12;
    if ("error" in answer) {
      return {
        payload: JSON.stringify(answer.error),
        functionError: "Unhandled" as const,
        durationMs,
        requestId: "l-1",
      };
    }
    return { payload: JSON.stringify(answer.result), durationMs, requestId: "l-1" };
  }
}

export function policy(effect: "Allow" | "Deny", resource: string | string[]) {
  return {
    Version: "2012-10-17",
    Statement: [{ Action: "execute-api:Invoke", Effect: effect, Resource: resource }],
  };
}

export function allowAll(principalId = "user-1", extra: Record<string, unknown> = {}) {
  return { principalId, policyDocument: policy("Allow", "*"), ...extra };
}

/** The response API Gateway sends for `error` when nothing is customised. */
export function renderUncustomised(error: GatewayError) {
  const env = envWith([]);
  const ctx = contextFor(env, request("GET", "/prod/pets/42"));
  ctx.error = error; // as runPipeline sets it before rendering
  const response = renderGatewayResponse(ctx, error);
  const body = typeof response.body === "string" ? response.body : new TextDecoder().decode(response.body);
  const header = (name: string) =>
    response.headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
  return { status: response.statusCode, body, bytes: new TextEncoder().encode(body).byteLength, header };
}

/** A scripted authorizer function and a runner with caching off unless the input turns it on. */
export function setupAuthorizer(answer: (event: Record<string, unknown>) => ScriptedAnswer) {
  const lambda = new ScriptedLambda(answer);
  const base = { lambda, cache: new AuthorizerResultCache(), clock: new VirtualClock() };
  const run = (input: Partial<AuthorizeWithLambdaInput> = {}) => {
    const trace: string[] = [];
    const promise = authorizeWithLambda({
      authorizer: tokenAuthorizer({ authorizerResultTtlInSeconds: 0 }),
      request: authorizerRequest(),
      ...base,
      trace,
      ...input,
    });
    return { promise, trace };
  };
  return { lambda, run };
}
