/**
 * Validates a function configuration and applies Lambda's defaults (CreateFunction's rules).
 * @see https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html
 * @see https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime
 */
import { InvalidParameterValueError } from "./lambda-errors";
import { DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT_SECONDS } from "./runtime-limits";
import type { LambdaFunctionConfig, LambdaNodeRuntime, ResolvedFunctionConfig } from "./types";

const RUNTIMES: readonly LambdaNodeRuntime[] = ["nodejs18.x", "nodejs20.x", "nodejs22.x"];
const FUNCTION_NAME = /^[a-zA-Z0-9_-]{1,64}$/;
const ENV_KEY = /^[a-zA-Z][a-zA-Z0-9_]*$/;
/** Keys Lambda sets itself and refuses in a function's configuration. */
const RESERVED_ENV_KEYS = new Set([
  "_HANDLER",
  "_X_AMZN_TRACE_ID",
  "AWS_DEFAULT_REGION",
  "AWS_REGION",
  "AWS_EXECUTION_ENV",
  "AWS_LAMBDA_FUNCTION_NAME",
  "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
  "AWS_LAMBDA_FUNCTION_VERSION",
  "AWS_LAMBDA_INITIALIZATION_TYPE",
  "AWS_LAMBDA_LOG_GROUP_NAME",
  "AWS_LAMBDA_LOG_STREAM_NAME",
  "AWS_ACCESS_KEY",
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "AWS_LAMBDA_RUNTIME_API",
  "LAMBDA_TASK_ROOT",
  "LAMBDA_RUNTIME_DIR",
]);
/** An `import` or `export` statement starting a line or a statement: the code is an ES module. */
const MODULE_SYNTAX =
  /(?:^|[\n;{}])[ \t]*(?:import\s*(?:[\w*{$]|["'])|export\s+(?:\{|\*|default\b|const\b|let\b|var\b|function\b|async\s+function\b|class\b))/;

export interface FunctionLocation {
  region: string;
  accountId: string;
}

export function resolveFunctionConfig(
  config: LambdaFunctionConfig,
  location: FunctionLocation,
): ResolvedFunctionConfig {
  const functionName = assertFunctionName(config.functionName);
  const handler = config.handler ?? "index.handler";
  const dot = handler.indexOf(".");
  const moduleName = dot === -1 ? handler : handler.slice(0, dot);
  const moduleFormat = config.moduleFormat ?? (MODULE_SYNTAX.test(config.code) ? "esm" : "commonjs");
  return {
    functionName,
    code: config.code,
    handler,
    moduleName,
    handlerPath: dot === -1 ? [] : handler.slice(dot + 1).split("."),
    runtime: assertRuntime(config.runtime ?? "nodejs20.x"),
    timeout: assertIntegerInRange("timeout", config.timeout ?? DEFAULT_TIMEOUT_SECONDS, 1, 900),
    memorySize: assertIntegerInRange("memorySize", config.memorySize ?? DEFAULT_MEMORY_MB, 128, 10_240),
    environment: assertEnvironment(config.environment ?? {}),
    moduleFormat,
    fileName: `/var/task/${moduleName}${moduleFormat === "esm" ? ".mjs" : ".js"}`,
    functionArn: toFunctionArn(functionName, location),
  };
}

export function toFunctionArn(functionName: string, location: FunctionLocation): string {
  return `arn:aws:lambda:${location.region}:${location.accountId}:function:${functionName}`;
}

function assertFunctionName(name: string): string {
  if (!FUNCTION_NAME.test(name)) {
    throw new InvalidParameterValueError(
      `1 validation error detected: Value '${name}' at 'functionName' failed to satisfy constraint: ` +
        "Member must satisfy regular expression pattern: [a-zA-Z0-9-_]+ and have length between 1 and 64",
    );
  }
  return name;
}

function assertRuntime(runtime: string): LambdaNodeRuntime {
  const known = RUNTIMES.find((r) => r === runtime);
  if (known === undefined) {
    throw new InvalidParameterValueError(
      `The runtime parameter of ${runtime} is not supported by this simulator.`,
    );
  }
  return known;
}

function assertIntegerInRange(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    const bound = value < min ? `greater than or equal to ${min}` : `less than or equal to ${max}`;
    throw new InvalidParameterValueError(
      `1 validation error detected: Value '${value}' at '${field}' failed to satisfy constraint: ` +
        `Member must have value ${Number.isInteger(value) ? bound : "that is an integer"}`,
    );
  }
  return value;
}

function assertEnvironment(environment: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  const reserved = Object.keys(environment).filter((key) => RESERVED_ENV_KEYS.has(key));
  if (reserved.length > 0) {
    throw new InvalidParameterValueError(
      "Lambda was unable to configure your environment variables because the environment variables you have " +
        "provided contains reserved keys that are currently not supported for modification. Reserved keys used " +
        `in this request: ${reserved.join(", ")}`,
    );
  }
  for (const [key, value] of Object.entries(environment)) {
    if (!ENV_KEY.test(key) || typeof value !== "string") {
      throw new InvalidParameterValueError(
        `Lambda was unable to configure your environment variables because the environment variables you have ` +
          `provided failed to satisfy constraint: key '${key}' must match [a-zA-Z]([a-zA-Z0-9_])+ and map to a string.`,
      );
    }
  }
  return { ...environment };
}
