import { NotFoundException } from "./api-gateway-error";
import type { ControlContext } from "./control-context";
import type { StoredApiKey, UsagePlanRecord } from "./control-state";
import type { ApiKey, UsagePlan } from "./types";
import { usagePlanDirectoryOf, type UsagePlanDirectory } from "./usage-plan-directory";

/**
 * Lookups for API keys and usage plans, with the NotFoundException messages AWS answers
 * ("Invalid API Key identifier specified", "Invalid Usage Plan ID specified" [3P moto, which mirrors them]).
 */

export function directoryOf(ctx: ControlContext): UsagePlanDirectory {
  return usagePlanDirectoryOf(ctx.state);
}

export function getApiKeyOrThrow(ctx: ControlContext, apiKeyId: string): StoredApiKey {
  const key = directoryOf(ctx).findApiKey(apiKeyId);
  if (!key) throw new NotFoundException("Invalid API Key identifier specified");
  return key;
}

export function getUsagePlanRecordOrThrow(ctx: ControlContext, usagePlanId: string): UsagePlanRecord {
  const record = directoryOf(ctx).findUsagePlan(usagePlanId);
  if (!record) throw new NotFoundException("Invalid Usage Plan ID specified");
  return record;
}

/** The key as AWS returns it: the value only when asked for [REC TestApigatewayApiKeysCrud]. */
export function toApiKeyOutput(key: StoredApiKey, includeValue: boolean): ApiKey {
  const { value, ...rest } = structuredClone(key);
  return includeValue ? { ...rest, value } : rest;
}

export function toUsagePlanOutput(record: UsagePlanRecord): UsagePlan {
  return structuredClone(record.usagePlan);
}
