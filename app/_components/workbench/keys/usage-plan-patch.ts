/**
 * UpdateUsagePlan patch operations from a plan as it is and the settings the learner wants, using the paths
 * lib/gateway/control/usage-plan-patch-paths.ts accepts (`replace` `/name`, `/throttle/rateLimit`,
 * `/quota/period`..., `remove` `/throttle` and `/quota`, `add`/`remove` `/apiStages` with `<apiId>:<stage>`).
 * @see https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateUsagePlan-Patch
 */
import type { PatchOperation, QuotaPeriodType, UsagePlan } from "@/lib/gateway/control/types";

export interface UsagePlanSettings {
  name: string;
  description: string;
  throttle?: { rateLimit: number; burstLimit: number };
  quota?: { limit: number; offset: number; period: QuotaPeriodType };
}

function replace(path: string, value: string | number): PatchOperation {
  return { op: "replace", path, value: String(value) };
}

/** Only what changed, so an unchanged form sends no operation. */
export function toUsagePlanPatch(before: UsagePlan, after: UsagePlanSettings): PatchOperation[] {
  const operations: PatchOperation[] = [];
  if (after.name !== (before.name ?? "")) operations.push(replace("/name", after.name));
  if (after.description !== (before.description ?? ""))
    operations.push(replace("/description", after.description));
  if (!after.throttle) {
    if (before.throttle) operations.push({ op: "remove", path: "/throttle" });
  } else {
    for (const field of ["rateLimit", "burstLimit"] as const)
      if (before.throttle?.[field] !== after.throttle[field])
        operations.push(replace(`/throttle/${field}`, after.throttle[field]));
  }
  if (!after.quota) {
    if (before.quota) operations.push({ op: "remove", path: "/quota" });
  } else {
    for (const field of ["limit", "offset", "period"] as const)
      if (before.quota?.[field] !== after.quota[field])
        operations.push(replace(`/quota/${field}`, after.quota[field]));
  }
  return operations;
}

/** `abc123:dev`, the value `add`/`remove` `/apiStages` take. */
export function toApiStageValue(apiId: string, stage: string): string {
  return `${apiId}:${stage}`;
}

/**
 * A method throttle key as usage plans write it: the resource path then the method, `/pets/GET`, and `//GET`
 * for the root resource `/`.
 */
export function toMethodThrottleKey(resourcePath: string, method: string): string {
  const rooted = resourcePath.startsWith("/") ? resourcePath : `/${resourcePath}`;
  const path = rooted.length > 1 ? rooted.replace(/\/+$/, "") : rooted;
  return `${path}/${method.toUpperCase()}`;
}

/**
 * `replace` one method's limits: `/apiStages/<apiId>:<stage>/throttle/<resourcePath>/<METHOD>/rateLimit`, the
 * method key written as is (`/apiStages/a1:dev/throttle//pets/GET/rateLimit`).
 */
export function toMethodThrottlePatch(
  apiId: string,
  stage: string,
  methodKey: string,
  limits: { rateLimit: number; burstLimit: number },
): PatchOperation[] {
  const base = `/apiStages/${toApiStageValue(apiId, stage)}/throttle/${methodKey}`;
  return [replace(`${base}/rateLimit`, limits.rateLimit), replace(`${base}/burstLimit`, limits.burstLimit)];
}

/** `remove` one method's throttle from an API stage of the plan. */
export function toRemoveMethodThrottlePatch(apiId: string, stage: string, methodKey: string): PatchOperation {
  return { op: "remove", path: `/apiStages/${toApiStageValue(apiId, stage)}/throttle/${methodKey}` };
}
