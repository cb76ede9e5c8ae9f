import type { MethodSetting } from "../control/types";
import { findMethodSettings } from "./find-method-settings";

export interface StageThrottle {
  /** The `methodSettings` key the limits came from: the method's own key, or the stage default key. */
  readonly settingKey: string;
  readonly rateLimit: number;
  readonly burstLimit: number;
}

export interface AccountThrottle {
  readonly rateLimit: number;
  readonly burstLimit: number;
}

/**
 * The stage's throttle for one method, or undefined when neither the method nor the stage default sets
 * one. Each limit comes from the method's own entry, else the stage default, else the account's value
 * (AWS materialises unset limits that way and stage limits are bounded by the account's anyway).
 * Stage limits are *per method* ("default per-method limits", DOC): every method gets its own bucket.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html
 */
export function resolveStageThrottle(
  methodSettings: Readonly<Record<string, MethodSetting>> | undefined,
  resourcePath: string,
  httpMethod: string,
  account: AccountThrottle,
): StageThrottle | undefined {
  const { key, specific, stageDefault } = findMethodSettings(methodSettings, resourcePath, httpMethod);
  const rate = specific?.throttlingRateLimit ?? stageDefault?.throttlingRateLimit;
  const burst = specific?.throttlingBurstLimit ?? stageDefault?.throttlingBurstLimit;
  if (rate === undefined && burst === undefined) return undefined;
  const ownsLimits =
    specific?.throttlingRateLimit !== undefined || specific?.throttlingBurstLimit !== undefined;
  return {
    settingKey: ownsLimits ? key : "*/*",
    rateLimit: rate ?? account.rateLimit,
    burstLimit: burst ?? account.burstLimit,
  };
}
