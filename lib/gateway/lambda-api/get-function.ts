import { readFunctionMetadata, getFunctionRecordOrThrow } from "./function-store";
import type { LambdaApiContext } from "./lambda-api-context";
import { FunctionInput, parseInput } from "./lambda-api-inputs";
import { parseFunctionName } from "./parse-function-name";
import { toFunctionConfiguration } from "./to-function-configuration";

/**
 * GetFunction: the configuration, where the package can be downloaded, and the tags. Lambda answers a presigned
 * S3 URL valid for ten minutes; the simulator keeps no zip, so `Location` has that URL's shape on Lambda's own
 * bucket and cannot be fetched (S3 refuses it).
 * @see https://docs.aws.amazon.com/lambda/latest/api/API_GetFunction.html
 */
export async function getFunction(
  ctx: LambdaApiContext,
  rawInput: unknown,
): Promise<Record<string, unknown>> {
  const input = parseInput(FunctionInput, rawInput, "GetFunction");
  const record = getFunctionRecordOrThrow(ctx, parseFunctionName(input.FunctionName, input.Qualifier));
  const meta = await readFunctionMetadata(ctx, record);
  const bucket = `awslambda-${ctx.region}-tasks`;
  const key = `snapshots/${ctx.accountId}/${record.functionName}-${meta.revisionId}`;
  return {
    Configuration: toFunctionConfiguration(ctx, record, meta, "read"),
    Code: {
      RepositoryType: "S3",
      Location:
        `https://${bucket}.s3.${ctx.region}.amazonaws.com/${key}` +
        "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=600&X-Amz-SignedHeaders=host",
    },
    ...(Object.keys(meta.tags).length > 0 && { Tags: { ...meta.tags } }),
  };
}

/**
 * GetFunctionConfiguration: the `FunctionConfiguration` alone.
 * @see https://docs.aws.amazon.com/lambda/latest/api/API_GetFunctionConfiguration.html
 */
export async function getFunctionConfiguration(
  ctx: LambdaApiContext,
  rawInput: unknown,
): Promise<Record<string, unknown>> {
  const input = parseInput(FunctionInput, rawInput, "GetFunctionConfiguration");
  const record = getFunctionRecordOrThrow(ctx, parseFunctionName(input.FunctionName, input.Qualifier));
  return toFunctionConfiguration(ctx, record, await readFunctionMetadata(ctx, record), "read");
}
