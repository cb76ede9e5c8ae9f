import type { PageInput, UpdateInput } from "./api-inputs";
import type { ApiKey, ThrottleSettings, UsagePlanKey } from "./types";

/**
 * Inputs and outputs of the ApiKey, UsagePlan, UsagePlanKey and Usage commands, field for field as the
 * AWS SDK v3 (`@aws-sdk/client-api-gateway`) sends and receives them. Values arrive unchecked from an
 * HTTP endpoint, so enum fields are typed `string` and validated by the operations.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_Operations.html
 */

export interface CreateApiKeyInput {
  name?: string;
  description?: string;
  enabled?: boolean;
  /** Legacy; ids are always distinct here. */
  generateDistinctId?: boolean;
  value?: string;
  /** Legacy stage associations, from before usage plans. */
  stageKeys?: { restApiId?: string; stageName?: string }[];
  customerId?: string;
  tags?: Record<string, string>;
}

/** The SDK names the key id `apiKey`. */
export interface ApiKeyIdInput {
  apiKey: string;
}

export interface GetApiKeyInput extends ApiKeyIdInput {
  includeValue?: boolean;
}

export interface GetApiKeysInput extends PageInput {
  nameQuery?: string;
  customerId?: string;
  includeValues?: boolean;
}

export interface ApiKeysOutput {
  items: ApiKey[];
  position?: string;
}

/** `body` is the CSV file (text or bytes); `format` must be `csv`. */
export interface ImportApiKeysInput {
  body: string | Uint8Array;
  format: string;
  failOnWarnings?: boolean;
}

export interface ImportApiKeysOutput {
  ids: string[];
  warnings: string[];
}

export interface ApiStageInput {
  apiId?: string;
  stage?: string;
  throttle?: Record<string, ThrottleSettings>;
}

export interface QuotaSettingsInput {
  limit?: number;
  offset?: number;
  period?: string;
}

export interface CreateUsagePlanInput {
  name: string;
  description?: string;
  apiStages?: ApiStageInput[];
  throttle?: ThrottleSettings;
  quota?: QuotaSettingsInput;
  tags?: Record<string, string>;
}

export interface UsagePlanIdInput {
  usagePlanId: string;
}

export interface GetUsagePlansInput extends PageInput {
  /** Only the plans holding this API key. */
  keyId?: string;
}

export interface CreateUsagePlanKeyInput extends UsagePlanIdInput {
  keyId: string;
  keyType: string;
}

export interface UsagePlanKeyIdInput extends UsagePlanIdInput {
  keyId: string;
}

export interface GetUsagePlanKeysInput extends UsagePlanIdInput, PageInput {
  nameQuery?: string;
}

export interface UsagePlanKeysOutput {
  items: UsagePlanKey[];
  position?: string;
}

/** Dates as `yyyy-MM-dd` (UTC), both included. */
export interface GetUsageInput extends UsagePlanIdInput, PageInput {
  keyId?: string;
  startDate: string;
  endDate: string;
}

export type UpdateUsageInput = UsagePlanKeyIdInput & UpdateInput;

/** GetUsage: per API key id, one `[used, remaining]` pair per day of the range. */
export interface UsageOutput {
  usagePlanId: string;
  startDate: string;
  endDate: string;
  items: Record<string, [number, number][]>;
  position?: string;
}
