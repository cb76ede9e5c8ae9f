import { BadRequestException } from "./api-gateway-error";
import { decodePatchSegment, invalidPatchOperation, toBooleanValue } from "./patch-operations";
import type { MethodSetting, PatchOperation, Stage, UnauthorizedCacheControlHeaderStrategy } from "./types";

/** Verbs a method setting can name: `ANY` is refused, as is a wildcard on one segment only [3P measured 2026]. */
const SETTING_VERBS = ["GET", "PUT", "POST", "DELETE", "PATCH", "OPTIONS", "HEAD"];
const LOGGING_LEVELS = ["OFF", "ERROR", "INFO"];
const CACHE_CONTROL_STRATEGIES: readonly UnauthorizedCacheControlHeaderStrategy[] = [
  "FAIL_WITH_403",
  "SUCCEED_WITH_RESPONSE_HEADER",
  "SUCCEED_WITHOUT_RESPONSE_HEADER",
];

/**
 * What a method setting holds when it is first written and no stage-wide `*\/*` setting exists
 * [REC LS:test_apigateway_common::TestStages::test_create_update_stages].
 */
export const DEFAULT_METHOD_SETTING: Readonly<MethodSetting> = {
  metricsEnabled: false,
  dataTraceEnabled: false,
  throttlingRateLimit: 10_000,
  cachingEnabled: false,
  cacheTtlInSeconds: 300,
  cacheDataEncrypted: false,
  requireAuthorizationForCacheControl: true,
  unauthorizedCacheControlHeaderStrategy: "SUCCEED_WITH_RESPONSE_HEADER",
};

/**
 * The `methodSettings` key of a patch path's first two segments: `*\/*` for the stage default, else the
 * resource path without its leading slash and the verb (`/~1pets/GET` → `pets/GET`); undefined when
 * they do not name a method.
 */
export function toMethodSettingKey(resourceSegment: string, verbSegment: string): string | undefined {
  if (resourceSegment === "*" && verbSegment === "*") return "*/*";
  if (resourceSegment === "*" || !SETTING_VERBS.includes(verbSegment)) return undefined;
  const resourcePath = decodePatchSegment(resourceSegment);
  return `${resourcePath.startsWith("/") ? resourcePath.slice(1) : resourcePath}/${verbSegment}`;
}

type SettingWriter = (setting: MethodSetting, value: string | undefined) => void;

const WRITERS: Readonly<Record<string, SettingWriter>> = {
  "metrics/enabled": (s, v) => (s.metricsEnabled = toBooleanValue(v)),
  "logging/dataTrace": (s, v) => (s.dataTraceEnabled = toBooleanValue(v)),
  "logging/loglevel": (s, v) =>
    (s.loggingLevel = oneOf(v, LOGGING_LEVELS, "logging level") as MethodSetting["loggingLevel"]),
  "throttling/burstLimit": (s, v) => (s.throttlingBurstLimit = toNumber(v, "burst limit", true)),
  "throttling/rateLimit": (s, v) => (s.throttlingRateLimit = toNumber(v, "rate limit", false)),
  "caching/ttlInSeconds": (s, v) => (s.cacheTtlInSeconds = toTtl(v)),
  "caching/enabled": (s, v) => (s.cachingEnabled = toBooleanValue(v)),
  "caching/dataEncrypted": (s, v) => (s.cacheDataEncrypted = toBooleanValue(v)),
  "caching/requireAuthorizationForCacheControl": (s, v) =>
    (s.requireAuthorizationForCacheControl = toBooleanValue(v)),
  "caching/unauthorizedCacheControlHeaderStrategy": (s, v) =>
    (s.unauthorizedCacheControlHeaderStrategy = oneOf(
      v,
      CACHE_CONTROL_STRATEGIES,
      "strategy",
    ) as UnauthorizedCacheControlHeaderStrategy),
};

/** True when `group/name` is a method setting AWS knows. */
export function isMethodSettingName(name: string): boolean {
  return name in WRITERS;
}

/**
 * Writes one method setting. A key written for the first time starts as a copy of the stage-wide
 * `*\/*` setting (or the defaults), and later changes to `*\/*` leave it alone: the recorded `test/GET`
 * inherited `cachingEnabled: true` from `*\/*` and kept its own burst limit when `*\/*` changed [REC].
 */
export function patchMethodSetting(stage: Stage, key: string, name: string, operation: PatchOperation): void {
  if (operation.op !== "replace") throw invalidPatchOperation(["replace"]);
  const base =
    stage.methodSettings[key] ??
    (key !== "*/*" ? stage.methodSettings["*/*"] : undefined) ??
    DEFAULT_METHOD_SETTING;
  const setting = structuredClone(base) as MethodSetting;
  WRITERS[name]?.(setting, operation.value);
  stage.methodSettings = { ...stage.methodSettings, [key]: setting };
}

/** `remove` on `/*\/*` or `/{resourcePath}/{verb}` drops the whole setting [LS, message from AWS]. */
export function removeMethodSetting(stage: Stage, key: string): void {
  if (!stage.methodSettings[key]) {
    throw new BadRequestException(
      `Cannot remove method setting ${key} because there is no method setting for this method `,
    );
  }
  const { [key]: _removed, ...remaining } = stage.methodSettings;
  stage.methodSettings = remaining;
}

// [UNVERIFIED] wording of the value errors below; AWS refuses such values.
function oneOf(value: string | undefined, allowed: readonly string[], what: string): string {
  if (!allowed.includes(value ?? ""))
    throw new BadRequestException(`Invalid ${what} specified: ${value ?? "null"}`);
  return value as string;
}

function toNumber(value: string | undefined, what: string, integer: boolean): number {
  const number = Number(value);
  if (
    value === undefined ||
    value === "" ||
    !Number.isFinite(number) ||
    number < 0 ||
    (integer && !Number.isInteger(number))
  ) {
    throw new BadRequestException(`Invalid ${what} specified: ${value ?? "null"}`);
  }
  return number;
}

/** TTL 0 to 3600 s; 0 disables caching [DOC spec 4]. */
function toTtl(value: string | undefined): number {
  const ttl = toNumber(value, "cache TTL", true);
  if (ttl > 3600)
    throw new BadRequestException(`Invalid cache TTL specified: ${ttl}. Must be between 0 and 3600`);
  return ttl;
}
