/**
 * Usage plans in AWS's shapes (GetUsagePlan). control/types.ts does not model them yet; these follow the
 * API reference field for field so the control plane can adopt them unchanged.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_UsagePlan.html
 */

/** `rateLimit` = steady-state refill in requests per second, `burstLimit` = bucket capacity. */
export interface ThrottleSettings {
  rateLimit?: number;
  burstLimit?: number;
}

export type QuotaPeriodType = "DAY" | "WEEK" | "MONTH";

export interface QuotaSettings {
  /** Target maximum number of requests in one period. */
  limit?: number;
  /** Requests subtracted from the limit in the initial period. */
  offset?: number;
  period?: QuotaPeriodType;
}

export interface UsagePlanApiStage {
  apiId: string;
  stage: string;
  /** Per-method throttles keyed `<resourcePath>/<METHOD>`, e.g. `/pets/GET`, `//GET` for the root. */
  throttle?: Record<string, ThrottleSettings>;
}

export interface UsagePlan {
  id: string;
  name?: string;
  apiStages: UsagePlanApiStage[];
  throttle?: ThrottleSettings;
  quota?: QuotaSettings;
}
