import { BadRequestException } from "./api-gateway-error";
import type { CacheClusterSize } from "./types";
import { enumViolation } from "./validation-errors";

/** Ascending, as the API reference lists them. @see https://docs.aws.amazon.com/apigateway/latest/api/API_Stage.html */
export const CACHE_CLUSTER_SIZES: readonly CacheClusterSize[] = [
  "0.5",
  "1.6",
  "6.1",
  "13.5",
  "28.4",
  "58.2",
  "118",
  "237",
];

const STAGE_NAME = /^[a-zA-Z0-9_-]{1,128}$/;
const VARIABLE_NAME = /^[A-Za-z0-9_]+$/;
/** The documented set `[A-Za-z0-9-._~:/?#&=,]` plus the space AWS's own error message lists [DOC + 3P]. */
const VARIABLE_VALUE = /^[A-Za-z0-9\-._~:/?#&=, ]+$/;
const MAX_VARIABLES = 100;
const MAX_NAME_LENGTH = 64;
const MAX_VALUE_LENGTH = 512;

/**
 * Stage names: alphanumerics, `-` and `_`, at most 128 characters [DOC API_CreateStage]. The message is
 * the one AWS has long answered ("Stage name only allows a-zA-Z0-9_") [3P verbatim errors, 2016-2024],
 * although hyphens are now allowed.
 */
export function assertStageNameValid(stageName: string): void {
  if (!STAGE_NAME.test(stageName)) throw new BadRequestException("Stage name only allows a-zA-Z0-9_");
}

/**
 * Stage variables: at most 100, names of word characters up to 64, values of the allowed set up to 512
 * [DOC spec 6.4]. Messages are verbatim third-party dumps of AWS errors; the length and count ones are
 * [UNVERIFIED].
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/stage-variables.html
 */
export function assertStageVariablesValid(variables: Readonly<Record<string, string>>): void {
  const entries = Object.entries(variables);
  if (entries.length > MAX_VARIABLES) {
    throw new BadRequestException(`A stage can have at most ${MAX_VARIABLES} stage variables`);
  }
  for (const [name, value] of entries) assertStageVariableValid(name, value);
}

export function assertStageVariableValid(name: string, value: string | undefined): void {
  if (!VARIABLE_NAME.test(name)) {
    throw new BadRequestException(
      `Invalid stage variable name: ${name}. Please use names with only word characters.`,
    );
  }
  if (name.length > MAX_NAME_LENGTH) {
    throw new BadRequestException(`Stage variable name ${name} exceeds ${MAX_NAME_LENGTH} characters`);
  }
  if (!VARIABLE_VALUE.test(value ?? "")) {
    // [3P verbatim, sirceljm/aws-lambda-blog#10]; the odd quoting of the dash is AWS's.
    throw new BadRequestException(
      `Invalid stage variable value: ${value ?? ""}.  Please use values with alphanumeric characters and the symbols ' ', -', '.', '_', ':', '/', '?', '&', '=', and ','.`,
    );
  }
  if ((value ?? "").length > MAX_VALUE_LENGTH) {
    throw new BadRequestException(`Stage variable value for ${name} exceeds ${MAX_VALUE_LENGTH} characters`);
  }
}

/** Smithy enum violation of a cache cluster size, or none. */
export function cacheClusterSizeViolations(inputName: string, size: string | undefined): string[] {
  return size === undefined || (CACHE_CLUSTER_SIZES as readonly string[]).includes(size)
    ? []
    : [enumViolation(size, `${inputName}.cacheClusterSize`, CACHE_CLUSTER_SIZES)];
}

/** Canary traffic is a percentage [DOC API_CanarySettings]. */
export function assertPercentTrafficValid(percentTraffic: number): void {
  if (!Number.isFinite(percentTraffic) || percentTraffic < 0 || percentTraffic > 100) {
    // [UNVERIFIED] wording.
    throw new BadRequestException(
      `Invalid percentTraffic specified: ${percentTraffic}. Must be between 0.0 and 100.0`,
    );
  }
}

/**
 * A REST access log format must be one line and name `$context.requestId` or `$context.extendedRequestId`
 * [DOC set-up-logging; messages 3P].
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html
 */
export function assertAccessLogFormatValid(format: string): void {
  if (/[\r\n]/.test(format.replace(/\r?\n$/, ""))) {
    throw new BadRequestException(
      `Access Log format must be single line, new line character is allowed only at end of the format: '${format}'`,
    );
  }
  if (!/\$\{?context\.(requestId|extendedRequestId)\b/.test(format)) {
    throw new BadRequestException(
      `Access Log format must include either $context.requestId or $context.extendedRequestId : '${format}'`,
    );
  }
}
