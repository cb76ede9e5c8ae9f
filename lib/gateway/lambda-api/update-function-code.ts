import { assertArchitectures } from "./assert-function-settings";
import type { FunctionRecord } from "./function-record";
import {
  assertRevisionId,
  getFunctionRecordOrThrow,
  readFunctionMetadata,
  saveFunctionRecord,
  toChangedMetadata,
} from "./function-store";
import type { LambdaApiContext } from "./lambda-api-context";
import { parseInput, UpdateFunctionCodeInput } from "./lambda-api-inputs";
import { parseFunctionName } from "./parse-function-name";
import { readFunctionCode } from "./read-function-code";
import { resolveHandlerCode } from "./resolve-handler-code";
import { toFunctionConfiguration } from "./to-function-configuration";

/**
 * UpdateFunctionCode: a new package for `$LATEST` (`ZipFile`, or the workbench's top-level `Source`); the next
 * invocation cold starts on it. `DryRun` checks the package and changes nothing; `Publish` is accepted and ignored.
 * @see https://docs.aws.amazon.com/lambda/latest/api/API_UpdateFunctionCode.html
 */
export async function updateFunctionCode(
  ctx: LambdaApiContext,
  rawInput: unknown,
): Promise<Record<string, unknown>> {
  const input = parseInput(UpdateFunctionCodeInput, rawInput, "UpdateFunctionCode");
  const record = getFunctionRecordOrThrow(ctx, parseFunctionName(input.FunctionName));
  const meta = await readFunctionMetadata(ctx, record);
  assertRevisionId(meta, input.RevisionId);
  const architectures = assertArchitectures(input.Architectures) ?? meta.architectures;
  const handler = record.handler ?? "index.handler";
  const deployment = await readFunctionCode(input, handler, "UpdateFunctionCode");
  const handlerCode = resolveHandlerCode(deployment.package, handler);
  if (input.DryRun === true) return toFunctionConfiguration(ctx, record, meta, "read");
  const changed = toChangedMetadata(ctx, meta, {
    codeSha256: deployment.codeSha256,
    codeSize: deployment.codeSize,
    package: deployment.package,
    architectures,
  });
  const { moduleFormat: _previous, ...rest } = record;
  const updated: FunctionRecord = {
    ...rest,
    code: handlerCode.code,
    ...(handlerCode.moduleFormat && { moduleFormat: handlerCode.moduleFormat }),
    lambdaApi: changed,
  };
  saveFunctionRecord(ctx, updated);
  return toFunctionConfiguration(ctx, updated, changed, "updated");
}
