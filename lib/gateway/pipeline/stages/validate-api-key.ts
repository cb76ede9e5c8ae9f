/**
 * validateApiKey: a method with `apiKeyRequired` needs a key that exists, is enabled and belongs to a usage
 * plan bound to this stage; the key comes from `x-api-key` (apiKeySource HEADER) or from the Lambda
 * authorizer's `usageIdentifierKey` (AUTHORIZER). Any failure is 403 Forbidden (spec 3.4).
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-key-source.html
 */
import { InvalidApiKeyError } from "../../errors";
import type { InvocationContext } from "../context";
import { traceStage } from "../trace";

export function validateApiKey(ctx: InvocationContext): void {
  const routed = ctx.routed!;
  if (!routed.method.apiKeyRequired) return;
  const fromAuthorizer = routed.snapshot.api.apiKeySource === "AUTHORIZER";
  const value = fromAuthorizer ? ctx.auth?.usageIdentifierKey : ctx.parsed!.headers.get("x-api-key");
  const found = ctx.env.apiKeys?.findApiKeyForRequest(
    value,
    ctx.request.apiId,
    routed.deployed.stage.stageName,
  );
  if (!found?.found) {
    traceStage(ctx, "validateApiKey", found?.description ?? "This sandbox has no API keys").decisive = true;
    throw new InvalidApiKeyError();
  }
  const { apiKey, usagePlan, planStartMs } = found;
  ctx.apiKey = { id: apiKey.id, value: apiKey.value, usagePlan, planStartMs };
  ctx.auth = { ...ctx.auth, identity: { ...ctx.auth?.identity, apiKey: apiKey.value, apiKeyId: apiKey.id } };
  traceStage(ctx, "validateApiKey", `API Key ${apiKey.id} authorized, usage plan ${usagePlan.id}`);
}
