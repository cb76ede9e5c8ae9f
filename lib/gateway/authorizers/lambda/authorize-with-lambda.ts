/**
 * A REST Lambda authorizer (TOKEN or REQUEST) from identity to decision: read and check the identity
 * (401 without invoking when it is missing or fails validation), answer from the result cache when it
 * holds this exact identity, else invoke the function and cache its answer, then apply the policy to the
 * request's method ARN (403 on deny). Returns what the rest of the request needs: principalId, context
 * (for `$context.authorizer.*` and the proxy event) and usageIdentifierKey. Trace lines go to `input.trace`
 * whatever the outcome, so the stage can write them even when this throws.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-use-lambda-authorizer.html
 */
import type { Clock } from "../../ports";
import type { LambdaInvoker } from "../../pipeline/context";
import { buildMethodArn, type ConditionContext, type ConditionEvaluator } from "../policy";
import type { AuthorizerRequest } from "./authorizer-request";
import type { AuthorizerResultCache } from "./authorizer-result-cache";
import { buildRequestAuthorizerEvent, buildTokenAuthorizerEvent } from "./build-authorizer-event";
import { enforceAuthorizerPolicy } from "./enforce-authorizer-policy";
import { DEFAULT_AUTHORIZER_TIMEOUT_MS, invokeAuthorizerFunction } from "./invoke-authorizer-function";
import {
  readAuthorizerIdentity,
  type AuthorizerIdentity,
  type LambdaAuthorizerSettings,
} from "./read-authorizer-identity";
import { resolveAuthorizerTtlSeconds } from "./resolve-authorizer-ttl-seconds";
import { readAuthorizerOutput } from "./read-authorizer-output";
import { toAuthorizerCacheKey } from "./to-authorizer-cache-key";
import type { AuthorizerOutput } from "./to-authorizer-output";

export interface AuthorizeWithLambdaInput {
  readonly authorizer: LambdaAuthorizerSettings;
  readonly request: AuthorizerRequest;
  readonly lambda: LambdaInvoker | undefined;
  readonly cache: AuthorizerResultCache;
  readonly clock: Clock;
  /** How long the function may take; default DEFAULT_AUTHORIZER_TIMEOUT_MS. */
  readonly timeoutMs?: number;
  /** IAM condition evaluation for policies with `Condition` blocks (none: they fail closed). */
  readonly evaluateCondition?: ConditionEvaluator;
  /** The condition keys of this request (aws:SourceIp...), lower-cased, for `evaluateCondition`. */
  readonly conditionContext?: ConditionContext;
  /** Lines describing what happened are appended here (and returned on success). */
  readonly trace?: string[];
}

export interface LambdaAuthorization {
  readonly outcome: "ALLOW";
  readonly principalId: string;
  /** Context values, all strings, for `$context.authorizer.<key>` and `requestContext.authorizer`. */
  readonly context: Readonly<Record<string, string>>;
  readonly usageIdentifierKey?: string;
  /** Whether the result came from the authorizer cache (the function was not invoked). */
  readonly cached: boolean;
  /** The function's latency (0 from the cache): `$context.authorizer.integrationLatency`. */
  readonly latencyMs: number;
  readonly methodArn: string;
  readonly trace: string[];
}

function toEvent(input: AuthorizeWithLambdaInput, identity: AuthorizerIdentity, methodArn: string): string {
  const event =
    input.authorizer.type === "TOKEN"
      ? buildTokenAuthorizerEvent(identity.values[0] ?? "", methodArn)
      : buildRequestAuthorizerEvent(input.request, methodArn);
  return JSON.stringify(event);
}

function cacheKeyOf(
  input: AuthorizeWithLambdaInput,
  identity: AuthorizerIdentity,
  ttlSeconds: number,
): string | undefined {
  // Without a complete identity there is nothing that could tell two callers apart: never cache.
  if (ttlSeconds === 0 || !identity.complete) return undefined;
  const { request } = input;
  const values = identity.values.filter((value): value is string => value !== undefined);
  return toAuthorizerCacheKey({
    apiId: request.apiId,
    stage: request.stage,
    authorizer: input.authorizer,
    identity: values,
  });
}

function toAuthorization(
  output: AuthorizerOutput,
  rest: Pick<LambdaAuthorization, "cached" | "latencyMs" | "methodArn" | "trace">,
): LambdaAuthorization {
  const { principalId, context, usageIdentifierKey } = output;
  return {
    outcome: "ALLOW",
    principalId,
    // A copy: the cached entry must not change if a later stage edits what it was handed.
    context: { ...context },
    ...(usageIdentifierKey !== undefined ? { usageIdentifierKey } : {}),
    ...rest,
  };
}

export async function authorizeWithLambda(input: AuthorizeWithLambdaInput): Promise<LambdaAuthorization> {
  const { authorizer, request } = input;
  const trace = input.trace ?? [];
  const methodArn = buildMethodArn(request);
  trace.push(`Starting authorizer: ${authorizer.id} for method: ${methodArn}`);
  const ttlSeconds = resolveAuthorizerTtlSeconds(authorizer);
  const identity = readAuthorizerIdentity(authorizer, request, ttlSeconds > 0, trace);
  const key = cacheKeyOf(input, identity, ttlSeconds);
  const cached = key === undefined ? undefined : input.cache.get(key, input.clock.now());
  if (cached) {
    trace.push("Authorizer result from cache");
    enforceAuthorizerPolicy(cached, methodArn, trace, input);
    return toAuthorization(cached, { cached: true, latencyMs: 0, methodArn, trace });
  }
  const { payload, latencyMs } = await invokeAuthorizerFunction({
    lambda: input.lambda,
    authorizerUri: authorizer.authorizerUri,
    stageVariables: request.stageVariables ?? {},
    payload: toEvent(input, identity, methodArn),
    timeoutMs: input.timeoutMs ?? DEFAULT_AUTHORIZER_TIMEOUT_MS,
    trace,
  });
  const output = readAuthorizerOutput(payload, trace);
  if (key !== undefined) {
    input.cache.set(
      key,
      { apiId: request.apiId, stage: request.stage },
      output,
      input.clock.now() + ttlSeconds * 1000,
    );
  }
  enforceAuthorizerPolicy(output, methodArn, trace, input);
  trace.push("Successfully completed authorizer execution");
  return toAuthorization(output, { cached: false, latencyMs, methodArn, trace });
}
