import { BadRequestException, NotFoundException } from "./api-gateway-error";
import type { UpdateInput } from "./api-inputs";
import { assertNoStageConflict, toMethodThrottles, toQuota, toThrottle } from "./assert-usage-plan-valid";
import type { ControlContext } from "./control-context";
import { findRestApiRecord } from "./lookups";
import { setOptional } from "./patch-map-entry";
import { assertPatchOperationsValid } from "./patch-operations";
import type { PatchOperation, UsagePlan } from "./types";
import { patchApiStageThrottle } from "./patch-api-stage-throttle";
import type { UsagePlanIdInput } from "./usage-plan-inputs";
import { directoryOf, getUsagePlanRecordOrThrow } from "./usage-plan-lookups";
import { isApiStage, splitApiStage, unsupportedUsagePlanPath } from "./usage-plan-patch-paths";

/**
 * UpdateUsagePlan. `add`/`remove` `/apiStages` with an `<apiId>:<stage>` value binds or unbinds a stage;
 * `/apiStages/<apiId>:<stage>/throttle[/<resourcePath>/<httpMethod>[/rateLimit|/burstLimit]]` edits the
 * per-method throttles; `/throttle/*` and `/quota/*` edit the plan's own. Changes apply to the data plane
 * at once, without a redeployment.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateUsagePlan-Patch
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-create-usage-plans-with-rest-api.html
 */
export function updateUsagePlan(ctx: ControlContext, input: UsagePlanIdInput & UpdateInput): UsagePlan {
  const record = getUsagePlanRecordOrThrow(ctx, input.usagePlanId);
  const operations = input.patchOperations ?? [];
  assertPatchOperationsValid("updateUsagePlanInput", operations);
  const next = structuredClone(record.usagePlan);
  for (const operation of operations) applyUsagePlanPatch(ctx, next, operation);
  for (const apiStage of next.apiStages)
    if (apiStage.throttle) apiStage.throttle = toMethodThrottles(apiStage.throttle);
  if (next.quota) next.quota = toQuota(next.quota, "quota");
  const added = next.apiStages.filter((stage) => !hasApiStage(record.usagePlan, stage.apiId, stage.stage));
  assertNoStageConflict(ctx, record, record.keyIds, added);
  record.usagePlan = next;
  directoryOf(ctx).apiStagesChanged();
  return structuredClone(next);
}

function applyUsagePlanPatch(ctx: ControlContext, plan: UsagePlan, operation: PatchOperation): void {
  const { op, path } = operation;
  const value = operation.value ?? "";
  if (path.startsWith("/apiStages/")) return patchApiStageThrottle(plan, operation);
  if (op === "add") {
    if (path !== "/apiStages") throw unsupportedUsagePlanPath(path, op);
    return addApiStage(ctx, plan, value);
  }
  if (op === "remove") return removeFromPlan(plan, path, value);
  if (op !== "replace") throw unsupportedUsagePlanPath(path, op);
  if (path === "/name") plan.name = value;
  else if (path === "/description") setOptional(plan, "description", value || undefined);
  else if (path === "/productCode") setOptional(plan, "productCode", value || undefined);
  else if (path === "/throttle/rateLimit" || path === "/throttle/burstLimit")
    plan.throttle = toThrottle({ ...plan.throttle, [path.slice("/throttle/".length)]: Number(value) });
  else if (path === "/quota/limit" || path === "/quota/offset")
    plan.quota = { ...plan.quota, [path.slice("/quota/".length)]: Number(value) };
  else if (path === "/quota/period") plan.quota = { ...plan.quota, period: value as "DAY" };
  else throw unsupportedUsagePlanPath(path, op);
}

/** `<apiId>:<stage>` must be a deployed stage: "API Stage not found: <apiId>:<stage>" [3P verbatim, boto/boto3#825]. */
function addApiStage(ctx: ControlContext, plan: UsagePlan, value: string): void {
  const [apiId = "", stage = ""] = splitApiStage(value);
  const record = findRestApiRecord(ctx, apiId);
  if (!record?.stages.some((candidate) => candidate.stageName === stage))
    throw new NotFoundException(`API Stage not found: ${apiId}:${stage}`);
  if (!hasApiStage(plan, apiId, stage)) plan.apiStages = [...plan.apiStages, { apiId, stage }];
}

function removeFromPlan(plan: UsagePlan, path: string, value: string): void {
  if (path === "/apiStages") {
    const [apiId = "", stage = ""] = splitApiStage(value);
    // [3P verbatim, boto/boto3#2629].
    if (!hasApiStage(plan, apiId, stage)) throw new BadRequestException("Invalid API Stage specified");
    plan.apiStages = plan.apiStages.filter((candidate) => !isApiStage(candidate, apiId, stage));
  } else if (path === "/quota" || path === "/throttle" || path === "/productCode") {
    delete plan[path.slice(1) as "quota" | "throttle" | "productCode"];
  } else {
    throw unsupportedUsagePlanPath(path, "remove");
  }
}

function hasApiStage(plan: UsagePlan, apiId: string, stage: string): boolean {
  return plan.apiStages.some((candidate) => isApiStage(candidate, apiId, stage));
}
