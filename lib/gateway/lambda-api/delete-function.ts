import { getFunctionRecordOrThrow } from "./function-store";
import type { LambdaApiContext } from "./lambda-api-context";
import { FunctionInput, parseInput } from "./lambda-api-inputs";
import { parseFunctionName } from "./parse-function-name";

/**
 * DeleteFunction: the function, its resource policy and its warm environments go; the answer is empty (204).
 * @see https://docs.aws.amazon.com/lambda/latest/api/API_DeleteFunction.html
 */
export async function deleteFunction(ctx: LambdaApiContext, rawInput: unknown): Promise<undefined> {
  const input = parseInput(FunctionInput, rawInput, "DeleteFunction");
  const record = getFunctionRecordOrThrow(ctx, parseFunctionName(input.FunctionName, input.Qualifier));
  ctx.sandbox.deleteFunction(record.functionName);
  return undefined;
}
