/**
 * lookupCache: for a method with caching on, serve a fresh cached response, or remember the key so that
 * storeCache keeps what the integration answers. `Cache-Control: max-age=0` invalidates when the caller
 * may (spec section 4).
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html
 */
import { decideCacheControl, resolveCachingSettings, toCacheKey } from "../../caching";
import { CacheInvalidationDeniedError } from "../../errors";
import type { InvocationContext } from "../context";
import { methodValuesOf } from "../method-values";
import { traceStage } from "../trace";

export function lookupCache(ctx: InvocationContext): void {
  const routed = ctx.routed!;
  const stage = routed.deployed.stage;
  if (!stage.cacheClusterEnabled) return;
  // A canary shares the stage cache only when its settings say so (DOC canarySettings.useStageCache).
  if (routed.isCanary && !routed.deployed.canary?.settings.useStageCache) return;
  const httpMethod = ctx.parsed!.httpMethod;
  const settings = resolveCachingSettings(stage, routed.resource.path, httpMethod);
  const cache = settings.enabled ? ctx.env.caches.cacheFor(ctx.request.apiId, stage) : undefined;
  if (!cache) return;
  const integration = routed.method.methodIntegration;
  const method = { resourcePath: routed.resource.path, httpMethod };
  const key = toCacheKey(
    {
      stageName: stage.stageName,
      httpMethod,
      resourcePath: routed.resource.path,
      cacheNamespace: integration?.cacheNamespace,
    },
    integration?.cacheKeyParameters,
    methodValuesOf(ctx),
  );
  const decision = decideCacheControl({
    cacheControl: ctx.parsed!.headers.get("cache-control"),
    requireAuthorizationForCacheControl: settings.requireAuthorizationForCacheControl,
    unauthorizedCacheControlHeaderStrategy: settings.unauthorizedCacheControlHeaderStrategy,
    callerAuthorized: false, // IAM InvalidateCache permissions arrive with AWS_IAM authorization
  });
  if (decision.action === "FAIL_WITH_403") {
    traceStage(
      ctx,
      "lookupCache",
      "Cache-Control: max-age=0 from an unauthorized caller (FAIL_WITH_403)",
    ).decisive = true;
    throw new CacheInvalidationDeniedError();
  }
  const extraHeaders: Array<[string, string]> =
    decision.action === "LOOKUP_IGNORING_CACHE_CONTROL" ? decision.headers.map(([n, v]) => [n, v]) : [];
  if (decision.action === "BYPASS_AND_REPLACE") {
    cache.recordMiss(method);
    ctx.cache = { key, ttlSeconds: settings.ttlSeconds, store: true, hit: false, extraHeaders };
    traceStage(ctx, "lookupCache", `Cache-Control: max-age=0: invalidating ${key}`);
    return;
  }
  const cached = cache.lookup(key, ctx.env.clock.now(), method);
  ctx.cache = {
    key,
    ttlSeconds: settings.ttlSeconds,
    store: !cached,
    hit: cached !== undefined,
    extraHeaders,
  };
  if (!cached) {
    traceStage(ctx, "lookupCache", `Cache miss for key ${key}`);
    return;
  }
  traceStage(ctx, "lookupCache", `Cache hit for key ${key}: sending the cached response`);
  ctx.response = {
    statusCode: cached.statusCode,
    headers: [...cached.headers.map(([n, v]) => [n, v] as [string, string]), ...extraHeaders],
    body: cached.body,
  };
}
