/**
 * UpdateStage patch operations for the stage panels: method settings (`/*\/*\/throttling/rateLimit` for the
 * stage, `/~1pets/GET/caching/enabled` for one method), stage variables, canary and access logs.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateStage-Patch
 */
import type { PatchOperation } from "@/lib/gateway/control/types";
import { escapePatchSegment, removeOp, replaceOp } from "./patch-path";

/** The `methodSettings` key of the stage-wide defaults. */
export const STAGE_DEFAULT_KEY = "*/*";

/** Verbs a method setting can name: AWS refuses `ANY` there. */
export const SETTING_VERBS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;

export interface MethodRoute {
  resourcePath: string;
  httpMethod: string;
}

/** `/*\/*` for the stage defaults, else `/~1pets~1{id}/GET`: the resource path is one escaped segment. */
export function toMethodSettingPath(route: MethodRoute | typeof STAGE_DEFAULT_KEY): string {
  if (route === STAGE_DEFAULT_KEY) return "/*/*";
  return `/${escapePatchSegment(route.resourcePath)}/${route.httpMethod}`;
}

/** `pets/GET` → `/pets` GET; `/GET` (the root) → `/` GET; undefined for the stage defaults. */
export function toMethodRoute(key: string): MethodRoute | undefined {
  if (key === STAGE_DEFAULT_KEY) return undefined;
  const slash = key.lastIndexOf("/");
  if (slash < 0) return undefined;
  const resource = key.slice(0, slash);
  return {
    resourcePath: resource.startsWith("/") ? resource : `/${resource}`,
    httpMethod: key.slice(slash + 1),
  };
}

/** The `methodSettings` key AWS files a route under: the resource path without its leading slash. */
export function toMethodSettingKey(route: MethodRoute): string {
  return `${route.resourcePath.startsWith("/") ? route.resourcePath.slice(1) : route.resourcePath}/${route.httpMethod}`;
}

export interface ThrottleDraft {
  rateLimit: string;
  burstLimit: string;
}

/** Replace ops for the limits that were filled in; a blank field keeps its current value. */
export function toThrottlePatch(prefix: string, draft: ThrottleDraft): PatchOperation[] {
  const ops: PatchOperation[] = [];
  if (draft.rateLimit.trim()) ops.push(replaceOp(`${prefix}/throttling/rateLimit`, draft.rateLimit.trim()));
  if (draft.burstLimit.trim())
    ops.push(replaceOp(`${prefix}/throttling/burstLimit`, draft.burstLimit.trim()));
  return ops;
}

export interface CachingDraft {
  enabled: boolean;
  ttlInSeconds: string;
  requireAuthorization: boolean;
}

export function toCachingPatch(prefix: string, draft: CachingDraft): PatchOperation[] {
  const ops = [replaceOp(`${prefix}/caching/enabled`, String(draft.enabled))];
  if (draft.ttlInSeconds.trim())
    ops.push(replaceOp(`${prefix}/caching/ttlInSeconds`, draft.ttlInSeconds.trim()));
  ops.push(
    replaceOp(`${prefix}/caching/requireAuthorizationForCacheControl`, String(draft.requireAuthorization)),
  );
  return ops;
}

/** Sets (or, with undefined, removes) one stage variable. */
export function toVariablePatch(name: string, value: string | undefined): PatchOperation {
  const path = `/variables/${escapePatchSegment(name)}`;
  return value === undefined ? removeOp(path) : replaceOp(path, value);
}

export interface CanaryDraft {
  percentTraffic: string;
  useStageCache: boolean;
  stageVariableOverrides: Readonly<Record<string, string>>;
}

/**
 * Creates or updates a canary: a replace on a stage without one creates it on the stage's own deployment,
 * so it serves the same code until the next deployment made to the canary.
 */
export function toCanaryPatch(draft: CanaryDraft): PatchOperation[] {
  return [
    replaceOp("/canarySettings/percentTraffic", draft.percentTraffic.trim() || "0"),
    replaceOp("/canarySettings/useStageCache", String(draft.useStageCache)),
    ...Object.entries(draft.stageVariableOverrides).map(([name, value]) =>
      replaceOp(`/canarySettings/stageVariableOverrides/${escapePatchSegment(name)}`, value),
    ),
  ];
}

/** The documented promotion, for engines without the console's promoteStageCanary shortcut. */
export const PROMOTE_CANARY_PATCH: readonly PatchOperation[] = [
  { op: "copy", from: "/canarySettings/deploymentId", path: "/deploymentId" },
  { op: "copy", from: "/canarySettings/stageVariableOverrides", path: "/variables" },
  removeOp("/canarySettings"),
];

/** Both fields blank turns access logging off; otherwise each field is set or cleared. */
export function toAccessLogPatch(format: string, destinationArn: string): PatchOperation[] {
  if (!format.trim() && !destinationArn.trim()) return [removeOp("/accessLogSettings")];
  return [
    ["/accessLogSettings/format", format.trim()],
    ["/accessLogSettings/destinationArn", destinationArn.trim()],
  ].map(([path = "", value = ""]) => (value ? replaceOp(path, value) : removeOp(path)));
}
