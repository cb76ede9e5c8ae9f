import { BadRequestException, LimitExceededException } from "./api-gateway-error";
import { toApiStages, toQuota, toThrottle } from "./assert-usage-plan-valid";
import type { ControlContext } from "./control-context";
import type { UsagePlanRecord } from "./control-state";
import { createId } from "./create-id";
import { paginate } from "./paginate";
import type { UsagePlan } from "./types";
import type { CreateUsagePlanInput, GetUsagePlansInput, UsagePlanIdInput } from "./usage-plan-inputs";
import {
  directoryOf,
  getApiKeyOrThrow,
  getUsagePlanRecordOrThrow,
  toUsagePlanOutput,
} from "./usage-plan-lookups";

/** Usage plans per account and Region [DOC spec 3.3, 7.3]. */
export const MAX_USAGE_PLANS = 300;

/**
 * CreateUsagePlan. A plan created with only a name answers `{ id, name, apiStages: [] }`
 * [REC LS:test_apigateway_extended::TestApigatewayApiKeysCrud::test_get_usage_plan_api_keys].
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_CreateUsagePlan.html
 */
export function createUsagePlan(ctx: ControlContext, input: CreateUsagePlanInput): UsagePlan {
  const directory = directoryOf(ctx);
  const quota = input.quota && toQuota(input.quota, "createUsagePlanInput.quota");
  // [UNVERIFIED] wording, modelled on CreateRestApi's.
  if (!input.name) throw new BadRequestException("Invalid Usage Plan name specified");
  if (directory.usagePlans.length >= MAX_USAGE_PLANS) {
    // [UNVERIFIED] wording, modelled on the recorded resource quota message.
    throw new LimitExceededException(
      "Maximum number of Usage Plans for this account has been reached.  Please contact AWS if you need additional Usage Plans.",
    );
  }
  const usagePlan: UsagePlan = {
    id: createId(ctx.random, 6, (id) => directory.findUsagePlan(id) !== undefined),
    name: input.name,
    apiStages: toApiStages(ctx, input.apiStages ?? []),
  };
  if (input.description !== undefined) usagePlan.description = input.description;
  if (input.throttle) usagePlan.throttle = toThrottle(input.throttle);
  if (quota) usagePlan.quota = quota;
  if (input.tags) usagePlan.tags = { ...input.tags };
  directory.addUsagePlan({ usagePlan, createdAt: ctx.clock.now(), keyIds: [] });
  return structuredClone(usagePlan);
}

/** GetUsagePlan. */
export function getUsagePlan(ctx: ControlContext, input: UsagePlanIdInput): UsagePlan {
  return toUsagePlanOutput(getUsagePlanRecordOrThrow(ctx, input.usagePlanId));
}

/**
 * GetUsagePlans, in creation order [UNVERIFIED]; with `keyId`, only the plans holding that key (an
 * unknown key is a 404).
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_GetUsagePlans.html
 */
export function getUsagePlans(
  ctx: ControlContext,
  input: GetUsagePlansInput = {},
): { items: UsagePlan[]; position?: string } {
  const directory = directoryOf(ctx);
  const records: readonly UsagePlanRecord[] =
    input.keyId === undefined
      ? directory.usagePlans
      : directory.plansOfKey(getApiKeyOrThrow(ctx, input.keyId).id);
  const page = paginate(records, input.position, input.limit);
  return { ...page, items: page.items.map(toUsagePlanOutput) };
}

/**
 * DeleteUsagePlan. A plan still bound to API stages is refused: "Cannot delete Usage Plan X because
 * there are API Stages associated with it, including abc123:test" [3P verbatim, aws/aws-sdk-js#3841].
 * Its keys and quota counts go with it.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_DeleteUsagePlan.html
 */
export function deleteUsagePlan(ctx: ControlContext, input: UsagePlanIdInput): void {
  const record = getUsagePlanRecordOrThrow(ctx, input.usagePlanId);
  const [first] = record.usagePlan.apiStages;
  if (first) {
    throw new BadRequestException(
      `Cannot delete Usage Plan ${record.usagePlan.id} because there are API Stages associated with it, including ${first.apiId}:${first.stage}`,
    );
  }
  directoryOf(ctx).removeUsagePlan(record);
  delete ctx.state.quotaUsage?.[record.usagePlan.id];
}
