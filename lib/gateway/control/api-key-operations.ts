import {
  assertApiKeyFieldsValid,
  assertApiKeyQuota,
  assertApiKeyValueFree,
  createApiKeyValue,
} from "./assert-api-key-valid";
import { nowInSeconds, type ControlContext } from "./control-context";
import type { StoredApiKey } from "./control-state";
import { createId } from "./create-id";
import { getRestApiRecordOrThrow, getStageOrThrow } from "./lookups";
import { paginate } from "./paginate";
import type { ApiKey } from "./types";
import type { UsagePlanDirectory } from "./usage-plan-directory";
import type {
  ApiKeyIdInput,
  ApiKeysOutput,
  CreateApiKeyInput,
  GetApiKeyInput,
  GetApiKeysInput,
} from "./usage-plan-inputs";
import { directoryOf, getApiKeyOrThrow, toApiKeyOutput } from "./usage-plan-lookups";

/**
 * CreateApiKey. `enabled` defaults to false and the response carries the value, generated when none
 * is given [REC LS:test_apigateway_extended::TestApigatewayApiKeysCrud].
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_CreateApiKey.html
 */
export function createApiKey(ctx: ControlContext, input: CreateApiKeyInput): ApiKey {
  assertApiKeyFieldsValid(input);
  const directory = directoryOf(ctx);
  if (input.value) assertApiKeyValueFree(directory, input.value);
  assertApiKeyQuota(directory);
  const stageKeys = toStageKeys(ctx, input.stageKeys ?? []);
  const key = newApiKey(ctx, directory, input.value || createApiKeyValue(ctx.random, directory), input);
  key.stageKeys = stageKeys;
  directory.addApiKey(key);
  return toApiKeyOutput(key, true);
}

/** A key record with AWS's defaults; shared with ImportApiKeys, which defaults `enabled` to true. */
export function newApiKey(
  ctx: ControlContext,
  directory: UsagePlanDirectory,
  value: string,
  fields: {
    name?: string;
    description?: string;
    enabled?: boolean;
    customerId?: string;
    tags?: Record<string, string>;
  },
): StoredApiKey {
  const id = createId(ctx.random, 10, (candidate) => directory.findApiKey(candidate) !== undefined);
  const now = nowInSeconds(ctx);
  const key: StoredApiKey = {
    id,
    value,
    // [UNVERIFIED] AWS names an unnamed key itself; the simulator uses the key's id.
    name: fields.name || id,
    enabled: fields.enabled ?? false,
    createdDate: now,
    lastUpdatedDate: now,
    stageKeys: [],
  };
  if (fields.description !== undefined) key.description = fields.description;
  if (fields.customerId !== undefined) key.customerId = fields.customerId;
  if (fields.tags) key.tags = { ...fields.tags };
  return key;
}

/** GetApiKey; the value only with `includeValue` [REC]. */
export function getApiKey(ctx: ControlContext, input: GetApiKeyInput): ApiKey {
  return toApiKeyOutput(getApiKeyOrThrow(ctx, input.apiKey), input.includeValue === true);
}

/**
 * GetApiKeys. `nameQuery` is a case-sensitive prefix of the name, and the newest key comes first
 * [REC LS:test_apigateway_extended::TestApigatewayApiKeysCrud::test_get_api_keys].
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_GetApiKeys.html
 */
export function getApiKeys(ctx: ControlContext, input: GetApiKeysInput = {}): ApiKeysOutput {
  const { nameQuery, customerId } = input;
  const matching = [...directoryOf(ctx).apiKeys]
    .reverse()
    .filter((key) => !nameQuery || (key.name ?? "").startsWith(nameQuery))
    .filter((key) => customerId === undefined || key.customerId === customerId);
  const page = paginate(matching, input.position, input.limit);
  return { ...page, items: page.items.map((key) => toApiKeyOutput(key, input.includeValues === true)) };
}

/**
 * DeleteApiKey: the key leaves every usage plan it was in [REC test_get_usage_plan_api_keys
 * "get-up-keys-after-delete"], and its quota counts go with it.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_DeleteApiKey.html
 */
export function deleteApiKey(ctx: ControlContext, input: ApiKeyIdInput): void {
  const key = getApiKeyOrThrow(ctx, input.apiKey);
  directoryOf(ctx).removeApiKey(key);
  for (const byKey of Object.values(ctx.state.quotaUsage ?? {})) delete byKey[key.id];
}

/** Legacy stage keys, stored as `<restApiId>/<stageName>` as AWS returns them; each must name a stage. */
export function toStageKeys(
  ctx: ControlContext,
  stageKeys: readonly { restApiId?: string; stageName?: string }[],
): string[] {
  return stageKeys.map(({ restApiId = "", stageName = "" }) => {
    getStageOrThrow(getRestApiRecordOrThrow(ctx, restApiId), stageName);
    return `${restApiId}/${stageName}`;
  });
}
