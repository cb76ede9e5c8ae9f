import { randomUuid } from "../ports";
import type { LambdaNodeRuntime } from "../runtime";
import { assertArchitectures, assertFunctionSettings } from "./assert-function-settings";
import { toLastModified, type FunctionMetadata, type FunctionRecord } from "./function-record";
import { findFunctionRecord, saveFunctionRecord } from "./function-store";
import type { LambdaApiContext } from "./lambda-api-context";
import { InvalidParameterValueException, ResourceConflictException } from "./lambda-api-errors";
import { CreateFunctionInput, parseInput } from "./lambda-api-inputs";
import { parseFunctionName } from "./parse-function-name";
import { readFunctionCode } from "./read-function-code";
import { resolveHandlerCode } from "./resolve-handler-code";
import { toFunctionConfiguration } from "./to-function-configuration";

/**
 * CreateFunction: a `.zip` package (or the workbench's single-file `Code.Source`) deployed as `$LATEST`.
 * `Publish` is accepted and ignored (no versions here); S3 and image packages and layers are refused.
 * @see https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html
 */
export async function createFunction(
  ctx: LambdaApiContext,
  rawInput: unknown,
): Promise<Record<string, unknown>> {
  const input = parseInput(CreateFunctionInput, rawInput, "CreateFunction");
  const ref = parseFunctionName(input.FunctionName);
  if (ref.qualifier !== undefined)
    throw new InvalidParameterValueException(
      `A qualifier is not valid in CreateFunction: ${input.FunctionName}`,
    );
  assertFunctionSettings(input, true);
  const architectures = assertArchitectures(input.Architectures) ?? ["x86_64"];
  if (input.Code === undefined)
    throw new InvalidParameterValueException("Please provide a source for function code.");
  if (input.PackageType === "Image")
    throw new InvalidParameterValueException("This simulator runs .zip packages only, not container images.");
  if (input.Runtime === undefined || input.Handler === undefined)
    throw new InvalidParameterValueException(
      "Runtime and Handler are mandatory parameters for functions created with deployment packages.",
    );
  if (findFunctionRecord(ctx, ref.name))
    throw new ResourceConflictException(`Function already exist: ${ref.name}`);
  const deployment = await readFunctionCode(input.Code, input.Handler, "CreateFunction");
  const handlerCode = resolveHandlerCode(deployment.package, input.Handler);
  const meta: FunctionMetadata = {
    role: input.Role ?? "",
    description: input.Description ?? "",
    codeSha256: deployment.codeSha256,
    codeSize: deployment.codeSize,
    lastModified: toLastModified(ctx.clock.now()),
    revisionId: randomUuid(ctx.random),
    architectures,
    tracingMode: input.TracingConfig?.Mode === "Active" ? "Active" : "PassThrough",
    tags: { ...input.Tags },
    package: deployment.package,
    policy: [],
  };
  const record: FunctionRecord = {
    functionName: ref.name,
    code: handlerCode.code,
    ...(handlerCode.moduleFormat && { moduleFormat: handlerCode.moduleFormat }),
    handler: input.Handler,
    // assertFunctionSettings has refused every other runtime.
    runtime: input.Runtime as LambdaNodeRuntime,
    timeout: input.Timeout ?? 3,
    memorySize: input.MemorySize ?? 128,
    environment: { ...input.Environment?.Variables },
    lambdaApi: meta,
  };
  saveFunctionRecord(ctx, record);
  return toFunctionConfiguration(ctx, record, meta, "created");
}
