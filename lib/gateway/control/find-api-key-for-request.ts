import type { ControlContext } from "./control-context";
import type { StoredApiKey } from "./control-state";
import type { UsagePlan } from "./types";
import { directoryOf } from "./usage-plan-lookups";

/** Why a key does not open a method that requires one; every reason is 403 `Forbidden` (INVALID_API_KEY). */
export type ApiKeyRejection = "MISSING_KEY" | "UNKNOWN_KEY" | "DISABLED_KEY" | "NOT_IN_USAGE_PLAN";

export type ApiKeyForRequest =
  | {
      readonly found: true;
      /** The live record: read it, never change it. */
      readonly apiKey: Readonly<StoredApiKey>;
      /** The plan metering this key on this stage (live: plan updates apply at once, as on AWS). */
      readonly usagePlan: Readonly<UsagePlan>;
      /** When the plan was created: its quota `offset` applies to the period containing it. */
      readonly planStartMs: number;
    }
  | {
      readonly found: false;
      readonly reason: ApiKeyRejection;
      /** The key, when the value matched one (disabled, or in no plan for this stage). */
      readonly apiKey?: Readonly<StoredApiKey>;
      /** For the execution trace. */
      readonly description: string;
    };

/**
 * Not an AWS action: the data plane's API key check for a method with `apiKeyRequired`, in AWS's order
 * [DOC KC-403; spec 3.4]: a key was sent, its value is a known key, the key is enabled, and the key is in
 * the usage plan bound to this API stage. `apiKeyValue` is the `x-api-key` header (apiKeySource HEADER)
 * or the authorizer's `usageIdentifierKey` (AUTHORIZER). O(1), no copies: safe to call per request.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html
 */
export function findApiKeyForRequest(
  ctx: ControlContext,
  apiKeyValue: string | null | undefined,
  restApiId: string,
  stageName: string,
): ApiKeyForRequest {
  if (!apiKeyValue) return rejected("MISSING_KEY", "API key is required but none was sent");
  const directory = directoryOf(ctx);
  const apiKey = directory.findApiKeyByValue(apiKeyValue);
  if (!apiKey) return rejected("UNKNOWN_KEY", "No API key matches the value sent");
  if (!apiKey.enabled) return rejected("DISABLED_KEY", `API Key ${apiKey.id} is disabled`, apiKey);
  const record = directory.findPlanForKeyOnStage(apiKey.id, restApiId, stageName);
  if (!record) {
    return rejected(
      "NOT_IN_USAGE_PLAN",
      `API Key ${apiKey.id} is not associated with a Usage Plan for API Stage ${restApiId}/${stageName}`,
      apiKey,
    );
  }
  return { found: true, apiKey, usagePlan: record.usagePlan, planStartMs: record.createdAt };
}

function rejected(reason: ApiKeyRejection, description: string, apiKey?: StoredApiKey): ApiKeyForRequest {
  return apiKey ? { found: false, reason, apiKey, description } : { found: false, reason, description };
}
