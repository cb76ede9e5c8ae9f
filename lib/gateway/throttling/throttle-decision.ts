import type { QuotaPeriodType } from "./usage-plan";

/** Which bucket a request was measured against, in AWS's order of application. */
export type ThrottleScope = "USAGE_PLAN_METHOD" | "USAGE_PLAN" | "STAGE_METHOD" | "ACCOUNT";

export interface ThrottleLimit {
  readonly scope: ThrottleScope;
  readonly rateLimit: number;
  readonly burstLimit: number;
  /** For the trace, e.g. "Throttled by stage method setting pets/GET". */
  readonly description: string;
}

export interface QuotaExceeded {
  readonly allowed: false;
  readonly error: "QUOTA_EXCEEDED";
  readonly usagePlanId: string;
  readonly apiKeyId: string;
  readonly limit: number;
  readonly period: QuotaPeriodType;
  /** AWS's execution-log line for this case (DOC KC-429). */
  readonly description: string;
}

export type ThrottleDecision =
  | { readonly allowed: true }
  /** 429 `{"message":"Too Many Requests"}` (THROTTLED). */
  | { readonly allowed: false; readonly error: "THROTTLED"; readonly limit: ThrottleLimit }
  /** 429 `{"message":"Limit Exceeded"}` (QUOTA_EXCEEDED). */
  | QuotaExceeded;

export const ALLOWED: ThrottleDecision = Object.freeze({ allowed: true });

/** Where a usage-plan decision happened, for AWS's execution-log wording. */
export interface KeyContext {
  readonly apiId: string;
  readonly stageName: string;
  readonly resourcePath: string;
  readonly httpMethod: string;
  readonly usagePlanId: string;
  readonly apiKeyId: string;
  readonly apiKeyValue?: string;
}

/** `**********F0yrv6`: how AWS's execution log masks an API key (DOC KC-429). */
export function maskApiKey(value: string): string {
  return `**********${value.slice(-6)}`;
}

/**
 * AWS's execution-log line for a usage-plan throttle (DOC KC-429), e.g. `API Key **********F0yrv6 exceeded
 * throttle limit for API Stage abc/dev: Key throttle limit exceeded for Usage Plan ID p1, RestApi abc,
 * Stage dev, Resource /pets, HttpMethod GET. Limit: 5.00 Burst: 10`.
 * @see https://repost.aws/knowledge-center/api-gateway-429-limit
 */
export function describeKeyThrottle(context: KeyContext, rateLimit: number, burstLimit: number): string {
  return (
    `API Key ${toKeyLabel(context)} exceeded throttle limit for API Stage ${context.apiId}/${context.stageName}: ` +
    `Key throttle limit exceeded for Usage Plan ID ${context.usagePlanId}, RestApi ${context.apiId}, ` +
    `Stage ${context.stageName}, Resource ${context.resourcePath}, HttpMethod ${context.httpMethod}. ` +
    `Limit: ${rateLimit.toFixed(2)} Burst: ${burstLimit}`
  );
}

/** The QUOTA_EXCEEDED decision, with AWS's execution-log line (DOC KC-429). */
export function toQuotaExceeded(context: KeyContext, limit: number, period: QuotaPeriodType): QuotaExceeded {
  return {
    allowed: false,
    error: "QUOTA_EXCEEDED",
    usagePlanId: context.usagePlanId,
    apiKeyId: context.apiKeyId,
    limit,
    period,
    description:
      `API Key ${toKeyLabel(context)} exceeded quota limit for API Stage ${context.apiId}/${context.stageName}: ` +
      `Key quota exhausted for Usage Plan ID ${context.usagePlanId}. Limit: ${limit} Period: ${period}`,
  };
}

function toKeyLabel(context: KeyContext): string {
  return context.apiKeyValue === undefined ? context.apiKeyId : maskApiKey(context.apiKeyValue);
}
