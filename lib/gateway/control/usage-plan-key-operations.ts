import {
  BadRequestException,
  ConflictException,
  LimitExceededException,
  NotFoundException,
} from "./api-gateway-error";
import { assertNoStageConflict } from "./assert-usage-plan-valid";
import type { ControlContext } from "./control-context";
import type { StoredApiKey, UsagePlanRecord } from "./control-state";
import { paginate } from "./paginate";
import type { UsagePlanKey } from "./types";
import type {
  CreateUsagePlanKeyInput,
  GetUsagePlanKeysInput,
  UsagePlanKeyIdInput,
  UsagePlanKeysOutput,
} from "./usage-plan-inputs";
import { directoryOf, getApiKeyOrThrow, getUsagePlanRecordOrThrow } from "./usage-plan-lookups";

/** Usage plans per API key [DOC spec 3.3, 7.3]. */
export const MAX_USAGE_PLANS_PER_KEY = 10;

/**
 * CreateUsagePlanKey: puts an API key in a plan. A key is metered by one plan per stage, so a key
 * already in another plan for one of this plan's stages is refused (409) [DOC].
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_CreateUsagePlanKey.html
 */
export function createUsagePlanKey(ctx: ControlContext, input: CreateUsagePlanKeyInput): UsagePlanKey {
  // [UNVERIFIED] wording; API_KEY is the only documented key type.
  if (input.keyType !== "API_KEY")
    throw new BadRequestException(`Invalid key type specified: ${input.keyType}. Valid options are API_KEY`);
  const record = getUsagePlanRecordOrThrow(ctx, input.usagePlanId);
  const key = getApiKeyOrThrow(ctx, input.keyId);
  addKeyToPlan(ctx, record, key);
  return toUsagePlanKey(key);
}

/** Puts `key` in the plan, within the per-key plan quota and the one-plan-per-stage rule (also ImportApiKeys). */
export function addKeyToPlan(ctx: ControlContext, record: UsagePlanRecord, key: StoredApiKey): void {
  // [UNVERIFIED] wording.
  if (record.keyIds.includes(key.id)) throw new ConflictException("Usage Plan Key already exists");
  const directory = directoryOf(ctx);
  if (directory.plansOfKey(key.id).length >= MAX_USAGE_PLANS_PER_KEY) {
    // [UNVERIFIED] wording, modelled on the recorded resource quota message.
    throw new LimitExceededException(
      "Maximum number of Usage Plans for this API Key has been reached.  Please contact AWS if you need additional Usage Plans.",
    );
  }
  assertNoStageConflict(ctx, record, [key.id]);
  directory.addPlanKey(record, key.id);
}

/**
 * GetUsagePlanKey. A key that exists but is not in the plan answers the plan's 404 [3P moto, which
 * mirrors AWS's messages].
 */
export function getUsagePlanKey(ctx: ControlContext, input: UsagePlanKeyIdInput): UsagePlanKey {
  const record = getUsagePlanRecordOrThrow(ctx, input.usagePlanId);
  const key = getApiKeyOrThrow(ctx, input.keyId);
  if (!record.keyIds.includes(key.id)) throw new NotFoundException("Invalid Usage Plan ID specified");
  return toUsagePlanKey(key);
}

/**
 * GetUsagePlanKeys: newest key first, `nameQuery` a case-sensitive prefix of the key's name; an
 * unknown plan lists nothing rather than failing [REC LS:test_apigateway_extended::test_get_usage_plan_api_keys].
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_GetUsagePlanKeys.html
 */
export function getUsagePlanKeys(ctx: ControlContext, input: GetUsagePlanKeysInput): UsagePlanKeysOutput {
  const directory = directoryOf(ctx);
  const record = directory.findUsagePlan(input.usagePlanId);
  const keys = [...(record?.keyIds ?? [])]
    .reverse()
    .map((keyId) => directory.findApiKey(keyId))
    .filter((key): key is StoredApiKey => key !== undefined)
    .filter((key) => !input.nameQuery || (key.name ?? "").startsWith(input.nameQuery));
  const page = paginate(keys, input.position, input.limit);
  return { ...page, items: page.items.map(toUsagePlanKey) };
}

/** DeleteUsagePlanKey: the key leaves the plan; the key itself stays. */
export function deleteUsagePlanKey(ctx: ControlContext, input: UsagePlanKeyIdInput): void {
  const record = getUsagePlanRecordOrThrow(ctx, input.usagePlanId);
  const key = getApiKeyOrThrow(ctx, input.keyId);
  if (!record.keyIds.includes(key.id)) throw new NotFoundException("Invalid Usage Plan ID specified");
  directoryOf(ctx).removePlanKey(record, key.id);
}

/** A plan member as AWS shows it: id, type, value and name [REC "create-up-key"]. */
function toUsagePlanKey(key: StoredApiKey): UsagePlanKey {
  const output: UsagePlanKey = { id: key.id, type: "API_KEY", value: key.value };
  if (key.name !== undefined) output.name = key.name;
  return output;
}
