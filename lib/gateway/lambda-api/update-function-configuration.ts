import type { LambdaNodeRuntime } from "../runtime";
import { assertFunctionSettings } from "./assert-function-settings";
import type { FunctionRecord } from "./function-record";
import {
  assertRevisionId,
  getFunctionRecordOrThrow,
  readFunctionMetadata,
  saveFunctionRecord,
  toChangedMetadata,
} from "./function-store";
import type { LambdaApiContext } from "./lambda-api-context";
import { parseInput, UpdateFunctionConfigurationInput } from "./lambda-api-inputs";
import { parseFunctionName } from "./parse-function-name";
import { resolveHandlerCode } from "./resolve-handler-code";
import { toFunctionConfiguration } from "./to-function-configuration";

/**
 * UpdateFunctionConfiguration: only the members given change; `Environment` replaces every variable (an empty
 * one removes them all). A new handler is looked up again in the package the function was given.
 * @see https://docs.aws.amazon.com/lambda/latest/api/API_UpdateFunctionConfiguration.html
 */
export async function updateFunctionConfiguration(
  ctx: LambdaApiContext,
  rawInput: unknown,
): Promise<Record<string, unknown>> {
  const input = parseInput(UpdateFunctionConfigurationInput, rawInput, "UpdateFunctionConfiguration");
  const record = getFunctionRecordOrThrow(ctx, parseFunctionName(input.FunctionName));
  assertFunctionSettings(input, false);
  const meta = await readFunctionMetadata(ctx, record);
  assertRevisionId(meta, input.RevisionId);
  const handler = input.Handler ?? record.handler ?? "index.handler";
  const relocated = handler !== (record.handler ?? "index.handler") && meta.package.origin === "zip";
  const handlerCode = relocated
    ? resolveHandlerCode(meta.package, handler)
    : { code: record.code, moduleFormat: record.moduleFormat };
  const changed = toChangedMetadata(ctx, meta, {
    ...(input.Role !== undefined && { role: input.Role }),
    ...(input.Description !== undefined && { description: input.Description }),
    ...(input.TracingConfig?.Mode !== undefined && {
      tracingMode: input.TracingConfig.Mode === "Active" ? "Active" : "PassThrough",
    }),
  });
  const { moduleFormat: _previous, ...rest } = record;
  const updated: FunctionRecord = {
    ...rest,
    handler,
    code: handlerCode.code,
    ...(handlerCode.moduleFormat && { moduleFormat: handlerCode.moduleFormat }),
    // assertFunctionSettings has refused every other runtime.
    ...(input.Runtime !== undefined && { runtime: input.Runtime as LambdaNodeRuntime }),
    ...(input.Timeout !== undefined && { timeout: input.Timeout }),
    ...(input.MemorySize !== undefined && { memorySize: input.MemorySize }),
    ...(input.Environment !== undefined && { environment: { ...input.Environment.Variables } }),
    lambdaApi: changed,
  };
  saveFunctionRecord(ctx, updated);
  return toFunctionConfiguration(ctx, updated, changed, "updated");
}
