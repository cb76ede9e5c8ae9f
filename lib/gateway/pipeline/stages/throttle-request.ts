/**
 * throttleRequest: every applicable token bucket, in AWS's order (usage plan per method, usage plan,
 * stage method settings, account); the first empty one answers 429 (spec 3.2).
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html
 */
import { QuotaExceededError, ThrottledError } from "../../errors";
import type { InvocationContext } from "../context";
import { traceStage } from "../trace";

export function throttleRequest(ctx: InvocationContext): void {
  const routed = ctx.routed!;
  const decision = ctx.env.throttles.throttleRequest(
    {
      apiId: ctx.request.apiId,
      stageName: routed.deployed.stage.stageName,
      resourcePath: routed.resource.path,
      httpMethod: ctx.parsed!.httpMethod,
      methodSettings: routed.deployed.stage.methodSettings,
      // A plan meters only methods that require a key (DOC: otherwise its limits are bypassed).
      usagePlan: ctx.apiKey && {
        plan: ctx.apiKey.usagePlan,
        apiKeyId: ctx.apiKey.id,
        apiKeyValue: ctx.apiKey.value,
        planStartMs: ctx.apiKey.planStartMs,
      },
    },
    ctx.env.clock.now(),
  );
  if (decision.allowed) {
    if (ctx.apiKey?.usagePlan.quota) {
      ctx.env.apiKeys?.recordQuotaUsage({
        usagePlanId: ctx.apiKey.usagePlan.id,
        keyId: ctx.apiKey.id,
        nowMs: ctx.env.clock.now(),
      });
    }
    return;
  }
  if (decision.error === "QUOTA_EXCEEDED") {
    traceStage(ctx, "throttleRequest", decision.description).decisive = true;
    throw new QuotaExceededError();
  }
  traceStage(ctx, "throttleRequest", decision.limit.description).decisive = true;
  throw new ThrottledError(decision.limit.description);
}
