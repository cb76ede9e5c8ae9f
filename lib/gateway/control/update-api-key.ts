import { NotFoundException } from "./api-gateway-error";
import { toStageKeys } from "./api-key-operations";
import { assertApiKeyDescriptionValid, assertApiKeyNameValid } from "./assert-api-key-valid";
import { nowInSeconds, type ControlContext } from "./control-context";
import type { StoredApiKey } from "./control-state";
import { setOptional } from "./patch-map-entry";
import {
  assertPatchOperationsValid,
  invalidPatchOperation,
  invalidPatchPath,
  patchPathOf,
  toBooleanValue,
} from "./patch-operations";
import type { ApiKey, PatchOperation } from "./types";
import type { ApiKeyIdInput } from "./usage-plan-inputs";
import type { UpdateInput } from "./api-inputs";
import { directoryOf, getApiKeyOrThrow, toApiKeyOutput } from "./usage-plan-lookups";

/**
 * UpdateApiKey: `replace` on `/name`, `/description`, `/enabled` and `/customerId`; `add`/`remove` on
 * `/stages` with a `<restApiId>/<stageName>` value (the legacy stage keys). Disabling a key makes the
 * data plane refuse it with 403 from the next request on (AWS takes a while to propagate it [REC]).
 * @see https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateApiKey-Patch
 */
export function updateApiKey(ctx: ControlContext, input: ApiKeyIdInput & UpdateInput): ApiKey {
  const key = getApiKeyOrThrow(ctx, input.apiKey);
  const operations = input.patchOperations ?? [];
  assertPatchOperationsValid("updateApiKeyInput", operations);
  const next = structuredClone(key);
  for (const operation of operations) applyApiKeyPatch(ctx, next, operation);
  next.lastUpdatedDate = nowInSeconds(ctx);
  directoryOf(ctx).replaceApiKey(key, next);
  return toApiKeyOutput(next, false);
}

function applyApiKeyPatch(ctx: ControlContext, key: StoredApiKey, operation: PatchOperation): void {
  const path = patchPathOf(operation);
  const { op, value } = operation;
  if (path === "/stages") return patchStageKeys(ctx, key, op, value ?? "");
  if (!["/name", "/description", "/enabled", "/customerId"].includes(path)) throw invalidPatchPath(path);
  if (op !== "replace") throw invalidPatchOperation(["replace"]);
  if (path === "/enabled") {
    key.enabled = toBooleanValue(value);
  } else if (path === "/name") {
    assertApiKeyNameValid(value ?? "");
    key.name = value ?? "";
  } else if (path === "/description") {
    assertApiKeyDescriptionValid(value ?? "");
    setOptional(key, "description", value || undefined);
  } else {
    setOptional(key, "customerId", value || undefined);
  }
}

function patchStageKeys(ctx: ControlContext, key: StoredApiKey, op: string, value: string): void {
  if (op === "add") {
    const slash = value.indexOf("/");
    const [stageKey] = toStageKeys(ctx, [
      { restApiId: value.slice(0, slash), stageName: value.slice(slash + 1) },
    ]);
    if (stageKey && !key.stageKeys.includes(stageKey)) key.stageKeys = [...key.stageKeys, stageKey];
  } else if (op === "remove") {
    // [UNVERIFIED] wording for a stage key the API key does not have.
    if (!key.stageKeys.includes(value)) throw new NotFoundException("Invalid stage key specified");
    key.stageKeys = key.stageKeys.filter((candidate) => candidate !== value);
  } else {
    throw invalidPatchOperation(["add", "remove"]);
  }
}
