import type { MethodSetting } from "../control/types";
import { QuotaCounter } from "./quota-counter";
import { resolveStageThrottle, type AccountThrottle } from "./resolve-stage-throttle";
import {
  ALLOWED,
  describeKeyThrottle,
  toQuotaExceeded,
  type KeyContext,
  type ThrottleDecision,
  type ThrottleLimit,
} from "./throttle-decision";
import { BucketTree } from "./bucket-tree";
import { MethodKeyMemo } from "./method-key-memo";
import { TokenBucket } from "./token-bucket";
import type { ThrottleSettings, UsagePlan, UsagePlanApiStage } from "./usage-plan";

export interface ThrottleRegistryOptions {
  /** Account-level steady-state rate per Region (default 10,000 rps, DOC). */
  readonly accountRateLimit?: number;
  /** Account-level burst (default 5,000, DOC). */
  readonly accountBurstLimit?: number;
  /** How often (in clock time) idle, full buckets and ended quota periods are dropped. */
  readonly sweepIntervalMs?: number;
}

/** What one request is measured against. */
export interface ThrottleRequest {
  readonly apiId: string;
  readonly stageName: string;
  /** The matched resource's path template, e.g. `/pets/{id}`. */
  readonly resourcePath: string;
  readonly httpMethod: string;
  readonly methodSettings?: Readonly<Record<string, MethodSetting>>;
  /**
   * The caller's usage plan: pass it only when the method requires an API key (otherwise AWS bypasses the
   * plan's throttle and quota even if a key is sent, DOC) and the key's plan covers this stage.
   */
  readonly usagePlan?: {
    readonly plan: UsagePlan;
    readonly apiKeyId: string;
    /** The key's value, masked in log lines. */
    readonly apiKeyValue?: string;
    /** When the plan was created: its quota `offset` applies to the period containing it. */
    readonly planStartMs?: number;
  };
}

type PlanUsage = NonNullable<ThrottleRequest["usagePlan"]>;

/** A usage plan's per-method throttles are keyed `<resourcePath>/<METHOD>`: `/pets/GET`, `//GET` (DOC). */
const planMethodKeys = new MethodKeyMemo((resourcePath, httpMethod) => `${resourcePath}/${httpMethod}`);

/**
 * Every token bucket and quota of one account (sandbox). For one request it checks, in AWS's order, the
 * usage plan's quota, the usage plan's per-method throttle, the usage plan's throttle (per key, shared by
 * every stage of the plan), the stage's method throttle and the account throttle; the first empty bucket
 * rejects. Buckets are charged as they pass, so a bucket after the rejecting one is not charged (the
 * order of charging is unverified; see DEVIATIONS.md). Full idle buckets are dropped: a new bucket starts
 * full, so dropping one changes nothing but memory.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html
 */
export class ThrottleRegistry {
  readonly quotas = new QuotaCounter();
  private readonly account: AccountThrottle;
  private readonly accountBucket: TokenBucket;
  /** Per key and method: plan, key, API, stage, resource path, method. */
  private readonly planMethodBuckets = new BucketTree(6);
  /** Per key, shared by every stage of the plan: plan, key. */
  private readonly planBuckets = new BucketTree(2);
  /** Per method of a stage: API, stage, resource path, method. */
  private readonly stageBuckets = new BucketTree(4);
  private readonly sweepIntervalMs: number;
  private lastSweepMs: number;

  constructor(nowMs: number, options: ThrottleRegistryOptions = {}) {
    this.account = {
      rateLimit: options.accountRateLimit ?? 10_000,
      burstLimit: options.accountBurstLimit ?? 5_000,
    };
    this.accountBucket = new TokenBucket(this.account.rateLimit, this.account.burstLimit, nowMs);
    this.sweepIntervalMs = options.sweepIntervalMs ?? 60_000;
    this.lastSweepMs = nowMs;
  }

  /** Measures one request; on `allowed: true` its tokens and quota are spent. */
  throttleRequest(request: ThrottleRequest, nowMs: number): ThrottleDecision {
    if (nowMs - this.lastSweepMs >= this.sweepIntervalMs) this.sweep(nowMs);
    const usage = request.usagePlan;
    const quota = usage?.plan.quota;
    if (
      usage &&
      quota &&
      !this.quotas.tryConsume(usage.plan.id, usage.apiKeyId, quota, nowMs, usage.planStartMs)
    ) {
      const { limit } = this.quotas.getUsage(usage.plan.id, usage.apiKeyId, quota, nowMs, usage.planStartMs);
      return toQuotaExceeded(toKeyContext(request, usage), limit, quota.period ?? "DAY");
    }
    const rejection =
      (usage && this.takeUsagePlanTokens(request, usage, nowMs)) || this.takeStageTokens(request, nowMs);
    if (!rejection) return ALLOWED;
    // A throttled request does not count against the quota (unverified; see DEVIATIONS.md).
    if (usage && quota) this.quotas.refund(usage.plan.id, usage.apiKeyId, quota, nowMs);
    return { allowed: false, error: "THROTTLED", limit: rejection };
  }

  /** Drops buckets that are full (indistinguishable from new ones) and quota periods that have ended. */
  sweep(nowMs: number): void {
    this.lastSweepMs = nowMs;
    this.planMethodBuckets.sweep(nowMs);
    this.planBuckets.sweep(nowMs);
    this.stageBuckets.sweep(nowMs);
    this.quotas.sweep(nowMs);
  }

  /** Buckets held in memory, besides the account bucket. */
  get bucketCount(): number {
    return this.planMethodBuckets.size + this.planBuckets.size + this.stageBuckets.size;
  }

  private takeUsagePlanTokens(
    request: ThrottleRequest,
    usage: PlanUsage,
    nowMs: number,
  ): ThrottleLimit | undefined {
    const { plan, apiKeyId } = usage;
    const { apiId, stageName, resourcePath, httpMethod } = request;
    const methodThrottles = findApiStage(plan, apiId, stageName)?.throttle;
    const methodKey = methodThrottles && planMethodKeys.get(resourcePath, httpMethod);
    const method = methodKey === undefined ? undefined : toLimits(methodThrottles?.[methodKey], this.account);
    if (
      method &&
      !take(
        this.planMethodBuckets,
        [plan.id, apiKeyId, apiId, stageName, resourcePath, httpMethod],
        method,
        nowMs,
      )
    ) {
      const description = describeKeyThrottle(
        toKeyContext(request, usage),
        method.rateLimit,
        method.burstLimit,
      );
      return { scope: "USAGE_PLAN_METHOD", ...method, description };
    }
    const key = toLimits(plan.throttle, this.account);
    if (!key || take(this.planBuckets, [plan.id, apiKeyId], key, nowMs)) return undefined;
    const description = describeKeyThrottle(toKeyContext(request, usage), key.rateLimit, key.burstLimit);
    return { scope: "USAGE_PLAN", ...key, description };
  }

  private takeStageTokens(request: ThrottleRequest, nowMs: number): ThrottleLimit | undefined {
    const { apiId, stageName, resourcePath, httpMethod } = request;
    const stage = resolveStageThrottle(request.methodSettings, resourcePath, httpMethod, this.account);
    if (stage && !take(this.stageBuckets, [apiId, stageName, resourcePath, httpMethod], stage, nowMs)) {
      const { rateLimit, burstLimit, settingKey } = stage;
      return {
        scope: "STAGE_METHOD",
        rateLimit,
        burstLimit,
        description: `Throttled by stage method setting ${settingKey}`,
      };
    }
    if (this.accountBucket.tryTake(nowMs)) return undefined;
    return { scope: "ACCOUNT", ...this.account, description: "Throttled by account-level throttling" };
  }
}

function take(tree: BucketTree, path: readonly string[], limits: AccountThrottle, nowMs: number): boolean {
  return tree.take(path, limits.rateLimit, limits.burstLimit, nowMs);
}

/** A plan throttle with one limit unset takes the account's value for it (unverified). */
function toLimits(
  throttle: ThrottleSettings | undefined,
  account: AccountThrottle,
): AccountThrottle | undefined {
  if (!throttle || (throttle.rateLimit === undefined && throttle.burstLimit === undefined)) return undefined;
  return {
    rateLimit: throttle.rateLimit ?? account.rateLimit,
    burstLimit: throttle.burstLimit ?? account.burstLimit,
  };
}

function findApiStage(plan: UsagePlan, apiId: string, stageName: string): UsagePlanApiStage | undefined {
  for (const apiStage of plan.apiStages)
    if (apiStage.apiId === apiId && apiStage.stage === stageName) return apiStage;
  return undefined;
}

function toKeyContext(request: ThrottleRequest, usage: PlanUsage): KeyContext {
  const { apiId, stageName, resourcePath, httpMethod } = request;
  const { plan, apiKeyId, apiKeyValue } = usage;
  return { apiId, stageName, resourcePath, httpMethod, usagePlanId: plan.id, apiKeyId, apiKeyValue };
}
