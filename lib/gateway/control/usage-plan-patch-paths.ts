import type { BadRequestException } from "./api-gateway-error";
import { invalidPatchOperation, unsupportedPathForOperation } from "./patch-operations";
import type { UsagePlanApiStage } from "./types";

/**
 * The paths UpdateUsagePlan accepts per op, as AWS lists them in its refusal. The `remove` list is
 * [3P verbatim, boto/boto3#2629] (AWS's own spelling `apidId` included); `add` and `replace` are
 * [UNVERIFIED], written the same way.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateUsagePlan-Patch
 */
const USAGE_PLAN_PATCH_PATHS: Readonly<Record<string, readonly string[]>> = {
  add: ["/apiStages"],
  remove: [
    "/apiStages",
    "/quota",
    "/throttle",
    "/productCode",
    "/apiStages/<apidId:stageName>/throttle/<resourcePath>/<httpMethod>",
    "/apiStages/<apidId:stageName>/throttle",
  ],
  replace: [
    "/name",
    "/description",
    "/productCode",
    "/throttle/rateLimit",
    "/throttle/burstLimit",
    "/quota/limit",
    "/quota/offset",
    "/quota/period",
    "/apiStages/<apidId:stageName>/throttle",
    "/apiStages/<apidId:stageName>/throttle/<resourcePath>/<httpMethod>/rateLimit",
    "/apiStages/<apidId:stageName>/throttle/<resourcePath>/<httpMethod>/burstLimit",
  ],
};

/** "Invalid patch path  '/x' specified for op 'remove'. Must be one of: [...]" [3P verbatim]. */
export function unsupportedUsagePlanPath(path: string, op: string): BadRequestException {
  const allowed = USAGE_PLAN_PATCH_PATHS[op];
  return allowed
    ? unsupportedPathForOperation(path, op, allowed)
    : invalidPatchOperation(["add", "remove", "replace"]);
}

/** `abc123:dev` as `["abc123", "dev"]`. */
export function splitApiStage(value: string): [string, string] {
  const colon = value.indexOf(":");
  return colon < 0 ? [value, ""] : [value.slice(0, colon), value.slice(colon + 1)];
}

export function isApiStage(apiStage: UsagePlanApiStage, apiId: string, stage: string): boolean {
  return apiStage.apiId === apiId && apiStage.stage === stage;
}
