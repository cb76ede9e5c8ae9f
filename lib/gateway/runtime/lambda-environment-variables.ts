/**
 * The environment variables Lambda defines in every Node.js execution environment, plus the function's own.
 * No credentials are defined: the simulated services do not sign requests.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime
 */
import { toLogGroupName } from "./log-store";
import type { ResolvedFunctionConfig } from "./types";

export function toLambdaEnvironmentVariables(
  config: ResolvedFunctionConfig,
  region: string,
  logStreamName: string,
): Record<string, string> {
  return {
    ...config.environment,
    _HANDLER: config.handler,
    AWS_REGION: region,
    AWS_DEFAULT_REGION: region,
    AWS_EXECUTION_ENV: `AWS_Lambda_${config.runtime}`,
    AWS_LAMBDA_FUNCTION_NAME: config.functionName,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(config.memorySize),
    AWS_LAMBDA_FUNCTION_VERSION: "$LATEST",
    AWS_LAMBDA_INITIALIZATION_TYPE: "on-demand",
    AWS_LAMBDA_LOG_GROUP_NAME: toLogGroupName(config.functionName),
    AWS_LAMBDA_LOG_STREAM_NAME: logStreamName,
    LAMBDA_TASK_ROOT: "/var/task",
    LAMBDA_RUNTIME_DIR: "/var/runtime",
    LANG: "en_US.UTF-8",
    TZ: ":UTC",
    PATH: "/var/lang/bin:/usr/local/bin:/usr/bin/:/bin:/opt/bin",
    NODE_PATH:
      "/opt/nodejs/node_modules:/opt/nodejs/node20/node_modules:/opt/nodejs/lib/node_modules:/var/runtime/node_modules:/var/runtime:/var/task",
  };
}
