import { BadRequestException, NotFoundException } from "./api-gateway-error";
import { decodePatchSegment } from "./patch-operations";
import type { PatchOperation, ThrottleSettings, UsagePlan, UsagePlanApiStage } from "./types";
import { isApiStage, splitApiStage, unsupportedUsagePlanPath } from "./usage-plan-patch-paths";

const LIMIT_SUFFIXES = ["/rateLimit", "/burstLimit"] as const;

/**
 * UpdateUsagePlan on `/apiStages/<apiId>:<stage>/throttle...`: `replace` the whole map with a JSON value
 * (`{"/pets/GET":{"rateLimit":1.0,"burstLimit":1}}`), `replace` one method's `rateLimit`/`burstLimit`,
 * `remove` one method or the whole map. The method key is the rest of the path: in
 * `/apiStages/a1:dev/throttle//pets/GET/rateLimit` it is `/pets/GET` [DOC].
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-create-usage-plans-with-rest-api.html
 */
export function patchApiStageThrottle(plan: UsagePlan, operation: PatchOperation): void {
  const { op, path } = operation;
  const rest = path.slice("/apiStages/".length);
  const slash = rest.indexOf("/");
  const tail = slash < 0 ? "" : rest.slice(slash);
  if (!tail.startsWith("/throttle")) throw unsupportedUsagePlanPath(path, op);
  const apiStage = getApiStageOrThrow(plan, slash < 0 ? rest : rest.slice(0, slash));
  if (tail === "/throttle") return patchWholeThrottle(apiStage, op, operation.value, path);
  if (!tail.startsWith("/throttle/")) throw unsupportedUsagePlanPath(path, op);
  const methodPath = decodePatchSegment(tail.slice("/throttle/".length));
  const suffix = LIMIT_SUFFIXES.find((candidate) => methodPath.endsWith(candidate));
  if (op === "remove" && !suffix) return removeMethodThrottle(apiStage, methodPath);
  if (op !== "replace" || !suffix) throw unsupportedUsagePlanPath(path, op);
  const key = methodPath.slice(0, -suffix.length);
  const limit = suffix.slice(1) as keyof ThrottleSettings;
  apiStage.throttle = {
    ...apiStage.throttle,
    [key]: { ...apiStage.throttle?.[key], [limit]: Number(operation.value) },
  };
}

function patchWholeThrottle(
  apiStage: UsagePlanApiStage,
  op: string,
  value: string | undefined,
  path: string,
): void {
  if (op === "remove") {
    delete apiStage.throttle;
  } else if (op === "replace") {
    const throttle = parseThrottleMap(value ?? "");
    if (Object.keys(throttle).length > 0) apiStage.throttle = throttle;
    else delete apiStage.throttle;
  } else {
    throw unsupportedUsagePlanPath(path, op);
  }
}

function removeMethodThrottle(apiStage: UsagePlanApiStage, key: string): void {
  // [UNVERIFIED] wording for a method that has no throttle in this stage.
  if (!apiStage.throttle?.[key]) throw new NotFoundException(`Invalid method throttle key specified: ${key}`);
  const { [key]: _removed, ...others } = apiStage.throttle;
  if (Object.keys(others).length > 0) apiStage.throttle = others;
  else delete apiStage.throttle;
}

/** [UNVERIFIED] a stage the plan does not hold is refused with the recorded `/apiStages` removal message. */
function getApiStageOrThrow(plan: UsagePlan, value: string): UsagePlanApiStage {
  const [apiId, stage] = splitApiStage(value);
  const apiStage = plan.apiStages.find((candidate) => isApiStage(candidate, apiId, stage));
  if (!apiStage) throw new BadRequestException("Invalid API Stage specified");
  return apiStage;
}

function parseThrottleMap(value: string): Record<string, ThrottleSettings> {
  try {
    const parsed: unknown = JSON.parse(value);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed))
      return parsed as Record<string, ThrottleSettings>;
  } catch {
    // Falls through to the refusal below.
  }
  // [UNVERIFIED] wording.
  throw new BadRequestException(`Invalid throttle settings specified: ${value}`);
}
