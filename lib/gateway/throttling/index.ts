/** Throttling (token buckets in AWS's order of application) and usage-plan quotas. */
export { ThrottleRegistry, type ThrottleRegistryOptions, type ThrottleRequest } from "./throttle-registry";
export {
  ALLOWED,
  describeKeyThrottle,
  maskApiKey,
  toQuotaExceeded,
  type KeyContext,
  type QuotaExceeded,
  type ThrottleDecision,
  type ThrottleLimit,
  type ThrottleScope,
} from "./throttle-decision";
export { TokenBucket } from "./token-bucket";
export { QuotaCounter, type QuotaUsage } from "./quota-counter";
export { toQuotaPeriod, type QuotaPeriod } from "./quota-period";
export { resolveStageThrottle, type AccountThrottle, type StageThrottle } from "./resolve-stage-throttle";
export {
  findMethodSettings,
  STAGE_DEFAULT_SETTINGS_KEY,
  toMethodSettingsKey,
  type MethodSettingsMatch,
} from "./find-method-settings";
export type {
  QuotaPeriodType,
  QuotaSettings,
  ThrottleSettings,
  UsagePlan,
  UsagePlanApiStage,
} from "./usage-plan";
