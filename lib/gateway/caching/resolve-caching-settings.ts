import type { MethodSetting, Stage, UnauthorizedCacheControlHeaderStrategy } from "../control/types";
import { findMethodSettings } from "../throttling/find-method-settings";
import { MAX_CACHE_TTL_SECONDS } from "./stage-cache";

export interface CachingSettings {
  /** Whether this method's responses are looked up in and stored to the stage cache. */
  readonly enabled: boolean;
  readonly ttlSeconds: number;
  readonly dataEncrypted: boolean;
  readonly requireAuthorizationForCacheControl: boolean;
  readonly unauthorizedCacheControlHeaderStrategy: UnauthorizedCacheControlHeaderStrategy;
  /** The `methodSettings` key the settings came from, if any. */
  readonly settingKey?: string;
}

/** The values AWS materialises for a method setting (REC, LocalStack stage snapshots). */
const DEFAULTS = {
  ttlSeconds: 300,
  dataEncrypted: false,
  requireAuthorizationForCacheControl: true,
  unauthorizedCacheControlHeaderStrategy: "SUCCEED_WITH_RESPONSE_HEADER",
} as const;

/**
 * Caching for one method of a stage. Nothing is cached without a cache cluster. The method's own
 * `resourcePath/METHOD` entry decides for any method; otherwise the stage default (`*` + `/` + `*`) caches
 * GET only, as AWS does ("only GET methods have caching enabled by default"). A TTL of 0 disables caching;
 * TTLs are capped at 3600 s.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html
 */
export function resolveCachingSettings(
  stage: Pick<Stage, "cacheClusterEnabled" | "methodSettings">,
  resourcePath: string,
  httpMethod: string,
): CachingSettings {
  const { key, specific, stageDefault } = findMethodSettings(stage.methodSettings, resourcePath, httpMethod);
  if (specific) return toSettings(specific, stage.cacheClusterEnabled, key);
  if (stageDefault)
    return toSettings(stageDefault, stage.cacheClusterEnabled && httpMethod.toUpperCase() === "GET", "*/*");
  return { enabled: false, ...DEFAULTS };
}

function toSettings(setting: MethodSetting, allowed: boolean, settingKey: string): CachingSettings {
  const ttlSeconds = Math.max(0, Math.min(setting.cacheTtlInSeconds, MAX_CACHE_TTL_SECONDS));
  return {
    enabled: allowed && setting.cachingEnabled && ttlSeconds > 0,
    ttlSeconds,
    dataEncrypted: setting.cacheDataEncrypted,
    requireAuthorizationForCacheControl: setting.requireAuthorizationForCacheControl,
    unauthorizedCacheControlHeaderStrategy: setting.unauthorizedCacheControlHeaderStrategy,
    settingKey,
  };
}
