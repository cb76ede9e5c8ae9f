import { BadRequestException } from "./api-gateway-error";
import type { UpdateInput } from "./api-inputs";
import type { ControlContext } from "./control-context";
import type { RestApiRecord } from "./control-state";
import type { StageNameInput } from "./definition-inputs";
import { getRestApiRecordOrThrow, getStageOrThrow } from "./lookups";
import { assertDeploymentExists, copyFromCanary, patchCanarySettings } from "./patch-canary-settings";
import {
  isMethodSettingName,
  patchMethodSetting,
  removeMethodSetting,
  toMethodSettingKey,
} from "./patch-method-setting";
import {
  assertPatchOperationsValid,
  decodePatchSegment,
  invalidPatchOperation,
  toBooleanValue,
} from "./patch-operations";
import { replaceStage, toStageOutput } from "./stage-operations";
import {
  assertAccessLogFormatValid,
  assertStageVariableValid,
  assertStageVariablesValid,
  CACHE_CLUSTER_SIZES,
} from "./stage-rules";
import type { CacheClusterSize, PatchOperation, Stage } from "./types";

/** The list AWS quotes, run-together entries included, verbatim [REC test_create_update_stages "error-update-doc-version"]. */
const VALID_STAGE_PATHS =
  "[/deploymentId, /description, /cacheClusterEnabled, /cacheClusterSize, /clientCertificateId, /accessLogSettings, /accessLogSettings/destinationArn, /accessLogSettings/format, /{resourcePath}/{httpMethod}/metrics/enabled, /{resourcePath}/{httpMethod}/logging/dataTrace, /{resourcePath}/{httpMethod}/logging/loglevel, /{resourcePath}/{httpMethod}/throttling/burstLimit/{resourcePath}/{httpMethod}/throttling/rateLimit/{resourcePath}/{httpMethod}/caching/ttlInSeconds, /{resourcePath}/{httpMethod}/caching/enabled, /{resourcePath}/{httpMethod}/caching/dataEncrypted, /{resourcePath}/{httpMethod}/caching/requireAuthorizationForCacheControl, /{resourcePath}/{httpMethod}/caching/unauthorizedCacheControlHeaderStrategy, /*/*/metrics/enabled, /*/*/logging/dataTrace, /*/*/logging/loglevel, /*/*/throttling/burstLimit /*/*/throttling/rateLimit /*/*/caching/ttlInSeconds, /*/*/caching/enabled, /*/*/caching/dataEncrypted, /*/*/caching/requireAuthorizationForCacheControl, /*/*/caching/unauthorizedCacheControlHeaderStrategy, /variables/{variable_name}, /tracingEnabled]";

/**
 * UpdateStage: stage fields, stage variables, method settings (`/*\/*\/throttling/rateLimit`,
 * `/~1pets/GET/caching/enabled`), canary settings and the promotion `copy` ops. All or nothing.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateStage-Patch
 */
export function updateStage(ctx: ControlContext, input: StageNameInput & UpdateInput): Stage {
  const record = getRestApiRecordOrThrow(ctx, input.restApiId);
  const current = getStageOrThrow(record, input.stageName);
  const operations = input.patchOperations ?? [];
  assertPatchOperationsValid("updateStageInput", operations);
  const stage = structuredClone(current);
  for (const operation of operations) applyStagePatch(record, stage, operation);
  if (stage.variables) assertStageVariablesValid(stage.variables);
  return toStageOutput(replaceStage(ctx, record, current, stage));
}

function applyStagePatch(record: RestApiRecord, stage: Stage, operation: PatchOperation): void {
  const path = operation.path ?? "null";
  if (operation.op === "copy") return copyFromCanary(stage, operation);
  if (path.startsWith("/canarySettings") && patchCanarySettings(record, stage, operation)) return;
  if (path.startsWith("/variables/")) return patchVariable(stage, operation);
  const segments = path.split("/");
  const key = segments.length >= 3 ? toMethodSettingKey(segments[1] ?? "", segments[2] ?? "") : undefined;
  const settingName = segments.slice(3).join("/");
  if (key && segments.length === 3 && operation.op === "remove") return removeMethodSetting(stage, key);
  if (key && segments.length === 5 && isMethodSettingName(settingName))
    return patchMethodSetting(stage, key, settingName, operation);
  if (!patchStageField(record, stage, path, operation)) {
    throw new BadRequestException(
      `Invalid method setting path: ${path}. Must be one of: ${VALID_STAGE_PATHS}`,
    );
  }
}

/** `/variables/{name}`: add or replace sets it, remove drops it. */
function patchVariable(stage: Stage, operation: PatchOperation): void {
  const name = decodePatchSegment(operation.path.slice("/variables/".length));
  const variables = { ...stage.variables };
  if (operation.op === "remove") delete variables[name];
  else if (operation.op === "add" || operation.op === "replace") {
    assertStageVariableValid(name, operation.value);
    variables[name] = operation.value ?? "";
  } else throw invalidPatchOperation(["add", "remove", "replace"]);
  if (Object.keys(variables).length > 0) stage.variables = variables;
  else delete stage.variables;
}

/** The stage's own fields; false when the path is not one of them. */
function patchStageField(
  record: RestApiRecord,
  stage: Stage,
  path: string,
  operation: PatchOperation,
): boolean {
  const value = operation.value;
  const removing = operation.op === "remove";
  if (!removing && operation.op !== "replace") {
    if (
      [
        "/deploymentId",
        "/description",
        "/cacheClusterEnabled",
        "/cacheClusterSize",
        "/tracingEnabled",
      ].includes(path)
    ) {
      throw invalidPatchOperation(["replace"]);
    }
  }
  switch (path) {
    case "/deploymentId":
      assertDeploymentExists(record, value);
      stage.deploymentId = value as string;
      return true;
    case "/description":
      if (value && !removing) stage.description = value;
      else delete stage.description;
      return true;
    case "/cacheClusterEnabled":
      return setCacheClusterEnabled(stage, toBooleanValue(value));
    case "/cacheClusterSize":
      return setCacheClusterSize(stage, value);
    case "/tracingEnabled":
      stage.tracingEnabled = toBooleanValue(value);
      return true;
    case "/clientCertificateId":
      if (value && !removing) stage.clientCertificateId = value;
      else delete stage.clientCertificateId;
      return true;
    default:
      return patchAccessLogSettings(stage, path, removing ? undefined : value);
  }
}

/** The cache is simulated as available at once; enabling it without a size provisions 0.5 GB [DOC]. */
function setCacheClusterEnabled(stage: Stage, enabled: boolean): true {
  stage.cacheClusterEnabled = enabled;
  stage.cacheClusterStatus = enabled ? "AVAILABLE" : "NOT_AVAILABLE";
  if (enabled && !stage.cacheClusterSize) stage.cacheClusterSize = "0.5";
  return true;
}

function setCacheClusterSize(stage: Stage, value: string | undefined): true {
  if (!(CACHE_CLUSTER_SIZES as readonly string[]).includes(value ?? "")) {
    // [UNVERIFIED] wording.
    throw new BadRequestException(`Invalid cache cluster size specified: ${value ?? "null"}`);
  }
  stage.cacheClusterSize = value as CacheClusterSize;
  return true;
}

/** `/accessLogSettings` (remove), `/accessLogSettings/format`, `/accessLogSettings/destinationArn`. */
function patchAccessLogSettings(stage: Stage, path: string, value: string | undefined): boolean {
  if (path === "/accessLogSettings") {
    if (value !== undefined) return false;
    delete stage.accessLogSettings;
    return true;
  }
  const field =
    path === "/accessLogSettings/format"
      ? "format"
      : path === "/accessLogSettings/destinationArn"
        ? "destinationArn"
        : undefined;
  if (!field) return false;
  if (field === "format" && value) assertAccessLogFormatValid(value);
  const settings = { ...stage.accessLogSettings };
  if (value) settings[field] = value;
  else delete settings[field];
  if (Object.keys(settings).length > 0) stage.accessLogSettings = settings;
  else delete stage.accessLogSettings;
  return true;
}
