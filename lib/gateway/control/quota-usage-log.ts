import { toQuotaPeriod } from "../throttling/quota-period";
import type { ControlContext } from "./control-context";
import type { KeyQuotaUsage, UsagePlanRecord } from "./control-state";
import { remainingAt, sumDays, toUtcDate, DAY_MS } from "./daily-usage";
import type { QuotaSettings } from "./types";
import { directoryOf } from "./usage-plan-lookups";

/** One key's quota in one plan for the current period, as the data plane seeds its QuotaCounter with it. */
export interface QuotaUsageSnapshotEntry {
  usagePlanId: string;
  keyId: string;
  quota: QuotaSettings;
  /** When the plan was created: pass it to the throttle registry so `offset` applies to the right period. */
  planStartMs: number;
  /** Requests counted in the current period. */
  used: number;
  /** What is left of the current period, UpdateUsage grants included. */
  remaining: number;
}

export interface RecordQuotaUsageInput {
  usagePlanId: string;
  keyId: string;
  /** When the request was served (default: the control plane's clock). */
  nowMs?: number;
  /** Requests to count (default 1). */
  count?: number;
}

/**
 * Not an AWS action: the data plane reports a request it let through against a key's quota (after
 * `ThrottleRegistry.throttleRequest` allowed it), so that GetUsage can report it and the count survives
 * a restart (it lives in the exported state). O(1): one counter per plan, key and UTC day.
 */
export function recordQuotaUsage(ctx: ControlContext, input: RecordQuotaUsageInput): void {
  // A request racing the plan's deletion must not bring its log back.
  if (!directoryOf(ctx).findUsagePlan(input.usagePlanId)) return;
  const usage = keyUsageFor(ctx, input.usagePlanId, input.keyId);
  const day = toUtcDate(input.nowMs ?? ctx.clock.now());
  usage.used[day] = (usage.used[day] ?? 0) + (input.count ?? 1);
}

/**
 * Not an AWS action: every key's quota in every plan with a quota, for the period containing `nowMs`.
 * The data plane calls it when it starts (and on `StateRestored`) and gives each entry to
 * `throttles.quotas.setRemaining(usagePlanId, keyId, quota, remaining, nowMs, planStartMs)`.
 */
export function quotaUsageSnapshot(
  ctx: ControlContext,
  input: { nowMs?: number } = {},
): QuotaUsageSnapshotEntry[] {
  const nowMs = input.nowMs ?? ctx.clock.now();
  return directoryOf(ctx).usagePlans.flatMap((record) =>
    record.usagePlan.quota ? record.keyIds.map((keyId) => toSnapshotEntry(ctx, record, keyId, nowMs)) : [],
  );
}

/** One key's entry of `quotaUsageSnapshot` (also carried by the UsageUpdated event). */
export function toSnapshotEntry(
  ctx: ControlContext,
  record: UsagePlanRecord,
  keyId: string,
  nowMs: number,
): QuotaUsageSnapshotEntry {
  const quota = record.usagePlan.quota ?? {};
  const usage = findKeyUsage(ctx, record.usagePlan.id, keyId);
  const today = Math.floor(nowMs / DAY_MS) * DAY_MS;
  const period = toQuotaPeriod(quota.period ?? "DAY", nowMs);
  return {
    usagePlanId: record.usagePlan.id,
    keyId,
    quota: { ...quota },
    planStartMs: record.createdAt,
    used: sumDays(usage?.used, period.startMs, today),
    remaining: remainingAt(record, usage, today),
  };
}

export function findKeyUsage(
  ctx: ControlContext,
  usagePlanId: string,
  keyId: string,
): KeyQuotaUsage | undefined {
  return ctx.state.quotaUsage?.[usagePlanId]?.[keyId];
}

/** The log entry of a key in a plan, created empty on first use. */
export function keyUsageFor(ctx: ControlContext, usagePlanId: string, keyId: string): KeyQuotaUsage {
  const byKey = ((ctx.state.quotaUsage ??= {})[usagePlanId] ??= {});
  return (byKey[keyId] ??= { used: {} });
}
