"use client";
/** What the chosen stage will do to the run: its default method throttling and whether it caches. */
import type { Stage } from "@/lib/gateway/control/types";

/** The stage-wide method setting key (`*\/*`), the default every method inherits. */
const STAGE_DEFAULT = "*/*";

export function StageLimitsHint({ stage }: { stage: Stage }) {
  const defaults = stage.methodSettings[STAGE_DEFAULT];
  const rate = defaults?.throttlingRateLimit;
  const burst = defaults?.throttlingBurstLimit;
  const throttling =
    rate !== undefined || burst !== undefined
      ? `throttled at ${rate?.toLocaleString("en-US") ?? "the account rate"} requests/s with a burst of ${burst?.toLocaleString("en-US") ?? "the account burst"}`
      : "throttled by the account limits (10,000 requests/s, burst 5,000 by default)";
  const caching = stage.cacheClusterEnabled
    ? defaults?.cachingEnabled
      ? `caches responses for ${defaults.cacheTtlInSeconds} s`
      : "has a cache cluster; methods cache only where caching is enabled in their settings"
    : "has no cache";
  return (
    <p className="text-xs text-slate-500 dark:text-slate-400">
      Stage <span className="font-mono">{stage.stageName}</span>: {throttling}; {caching}. Per-method settings
      and usage plans can set tighter limits.
    </p>
  );
}
