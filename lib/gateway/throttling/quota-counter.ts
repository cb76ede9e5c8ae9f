import { toQuotaPeriod } from "./quota-period";
import type { QuotaSettings } from "./usage-plan";

/** One API key's quota in one usage plan, as GetUsage reports it for the current period. */
export interface QuotaUsage {
  readonly usagePlanId: string;
  readonly apiKeyId: string;
  readonly used: number;
  readonly remaining: number;
  /** The limit for this period: `limit - offset` in the plan's initial period. */
  readonly limit: number;
  readonly periodStartMs: number;
  readonly periodEndMs: number;
}

interface Counter {
  periodStartMs: number;
  periodEndMs: number;
  used: number;
}

/**
 * Usage-plan quotas, counted per API key per plan, reset on UTC period boundaries. `offset` is subtracted
 * from the limit in the plan's initial period only: the period containing `planStartMs`, or when unknown,
 * the first period in which this counter saw the plan.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html
 */
export class QuotaCounter {
  /** Usage plan id, then API key id. */
  private readonly counters = new Map<string, Map<string, Counter>>();
  private readonly planStarts = new Map<string, number>();

  /** Requests left for this key in the current period (0 when the quota is exhausted). */
  remaining(
    usagePlanId: string,
    apiKeyId: string,
    quota: QuotaSettings,
    nowMs: number,
    planStartMs?: number,
  ): number {
    const counter = this.counterFor(usagePlanId, apiKeyId, quota, nowMs);
    return Math.max(0, this.limitFor(usagePlanId, quota, counter, planStartMs) - counter.used);
  }

  /** Counts one request against the key's quota. */
  consume(usagePlanId: string, apiKeyId: string, quota: QuotaSettings, nowMs: number): void {
    this.counterFor(usagePlanId, apiKeyId, quota, nowMs).used += 1;
  }

  /** Counts one request if the quota has room for it; false (and nothing counted) when it is exhausted. */
  tryConsume(
    usagePlanId: string,
    apiKeyId: string,
    quota: QuotaSettings,
    nowMs: number,
    planStartMs?: number,
  ): boolean {
    const counter = this.counterFor(usagePlanId, apiKeyId, quota, nowMs);
    if (counter.used + 1 > this.limitFor(usagePlanId, quota, counter, planStartMs)) return false;
    counter.used += 1;
    return true;
  }

  /** Gives back a request counted by `tryConsume` that was then rejected by a throttle. */
  refund(usagePlanId: string, apiKeyId: string, quota: QuotaSettings, nowMs: number): void {
    const counter = this.counterFor(usagePlanId, apiKeyId, quota, nowMs);
    if (counter.used > 0) counter.used -= 1;
  }

  /** GetUsage for the current period. */
  getUsage(
    usagePlanId: string,
    apiKeyId: string,
    quota: QuotaSettings,
    nowMs: number,
    planStartMs?: number,
  ): QuotaUsage {
    const counter = this.counterFor(usagePlanId, apiKeyId, quota, nowMs);
    const limit = this.limitFor(usagePlanId, quota, counter, planStartMs);
    return {
      usagePlanId,
      apiKeyId,
      used: counter.used,
      remaining: Math.max(0, limit - counter.used),
      limit,
      periodStartMs: counter.periodStartMs,
      periodEndMs: counter.periodEndMs,
    };
  }

  /** UpdateUsage: sets what is left of the current period (e.g. to extend a key's quota). */
  setRemaining(
    usagePlanId: string,
    apiKeyId: string,
    quota: QuotaSettings,
    remaining: number,
    nowMs: number,
    planStartMs?: number,
  ): void {
    const counter = this.counterFor(usagePlanId, apiKeyId, quota, nowMs);
    counter.used = this.limitFor(usagePlanId, quota, counter, planStartMs) - remaining;
  }

  /** Forgets counters whose period has ended: a fresh counter for the new period starts at zero anyway. */
  sweep(nowMs: number): void {
    for (const [planId, byKey] of this.counters) {
      for (const [keyId, counter] of byKey) if (counter.periodEndMs <= nowMs) byKey.delete(keyId);
      if (byKey.size === 0) this.counters.delete(planId);
    }
  }

  /** Counters held in memory. */
  get size(): number {
    let size = 0;
    for (const byKey of this.counters.values()) size += byKey.size;
    return size;
  }

  private counterFor(usagePlanId: string, apiKeyId: string, quota: QuotaSettings, nowMs: number): Counter {
    let byKey = this.counters.get(usagePlanId);
    if (byKey === undefined) {
      byKey = new Map();
      this.counters.set(usagePlanId, byKey);
      if (!this.planStarts.has(usagePlanId)) this.planStarts.set(usagePlanId, nowMs);
    }
    const counter = byKey.get(apiKeyId);
    if (counter && nowMs >= counter.periodStartMs && nowMs < counter.periodEndMs) return counter;
    const period = toQuotaPeriod(quota.period ?? "DAY", nowMs);
    const fresh = { periodStartMs: period.startMs, periodEndMs: period.endMs, used: 0 };
    byKey.set(apiKeyId, fresh);
    return fresh;
  }

  private limitFor(
    usagePlanId: string,
    quota: QuotaSettings,
    counter: Counter,
    planStartMs: number | undefined,
  ): number {
    const limit = quota.limit ?? 0;
    const start = planStartMs ?? this.planStarts.get(usagePlanId) ?? counter.periodStartMs;
    const initial = start >= counter.periodStartMs && start < counter.periodEndMs;
    return initial ? Math.max(0, limit - (quota.offset ?? 0)) : limit;
  }
}
