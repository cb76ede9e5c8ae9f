/**
 * A usage plan's throttle and quota as form text, and back. Rates may be fractional (requests per second);
 * burst, quota limit and offset are whole numbers; the offset must stay below the limit (the rules of
 * lib/gateway/control/assert-usage-plan-valid.ts).
 */
import type { QuotaPeriodType, UsagePlan } from "@/lib/gateway/control/types";
import type { UsagePlanSettings } from "./usage-plan-patch";

export const QUOTA_PERIODS: readonly QuotaPeriodType[] = ["DAY", "WEEK", "MONTH"];

export interface LimitsDraft {
  throttleOn: boolean;
  rateLimit: string;
  burstLimit: string;
  quotaOn: boolean;
  limit: string;
  offset: string;
  period: QuotaPeriodType;
}

export const EMPTY_LIMITS: LimitsDraft = {
  throttleOn: true,
  rateLimit: "10",
  burstLimit: "20",
  quotaOn: false,
  limit: "1000",
  offset: "0",
  period: "DAY",
};

export function toLimitsDraft(plan: UsagePlan): LimitsDraft {
  return {
    throttleOn: plan.throttle !== undefined,
    rateLimit: String(plan.throttle?.rateLimit ?? EMPTY_LIMITS.rateLimit),
    burstLimit: String(plan.throttle?.burstLimit ?? EMPTY_LIMITS.burstLimit),
    quotaOn: plan.quota !== undefined,
    limit: String(plan.quota?.limit ?? EMPTY_LIMITS.limit),
    offset: String(plan.quota?.offset ?? 0),
    period: plan.quota?.period ?? "DAY",
  };
}

function toNumber(text: string, field: string, whole: boolean): number {
  const value = text.trim() === "" ? Number.NaN : Number(text);
  if (!Number.isFinite(value) || value < 0 || (whole && !Number.isInteger(value)))
    throw new RangeError(`${field} must be a ${whole ? "whole " : ""}number of 0 or more.`);
  return value;
}

/** The throttle and quota the draft describes; throws RangeError with a message for the learner. */
export function toLimits(draft: LimitsDraft): Pick<UsagePlanSettings, "throttle" | "quota"> {
  const limits: Pick<UsagePlanSettings, "throttle" | "quota"> = {};
  if (draft.throttleOn) {
    limits.throttle = {
      rateLimit: toNumber(draft.rateLimit, "Rate", false),
      burstLimit: toNumber(draft.burstLimit, "Burst", true),
    };
  }
  if (draft.quotaOn) {
    const limit = toNumber(draft.limit, "Quota limit", true);
    const offset = toNumber(draft.offset || "0", "Quota offset", true);
    if (offset > 0 && offset >= limit)
      throw new RangeError("Quota offset must be less than the quota limit.");
    limits.quota = { limit, offset, period: draft.period };
  }
  return limits;
}
