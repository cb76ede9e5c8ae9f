import { decodeBase64, encodeTextBase64, InvalidBase64Error } from "./base64";
import { listFunctionRecords, readFunctionMetadata } from "./function-store";
import type { LambdaApiContext } from "./lambda-api-context";
import { InvalidParameterValueException, ValidationException } from "./lambda-api-errors";
import { ListFunctionsInput, parseInput } from "./lambda-api-inputs";
import { toFunctionConfiguration } from "./to-function-configuration";

/** ListFunctions answers at most 50 functions per call, whatever MaxItems (1-10,000) asks. */
const PAGE_LIMIT = 50;

/**
 * ListFunctions: the functions by name, a page at a time. `NextMarker` is opaque (the base64 of the next page's
 * first name), so a page stays right when functions are added or deleted between calls. `FunctionVersion=ALL`
 * lists the same (only `$LATEST` exists); `MasterRegion` filters for Lambda@Edge replicas, of which there are none.
 * @see https://docs.aws.amazon.com/lambda/latest/api/API_ListFunctions.html
 */
export async function listFunctions(
  ctx: LambdaApiContext,
  rawInput: unknown,
): Promise<Record<string, unknown>> {
  const input = parseInput(ListFunctionsInput, rawInput, "ListFunctions");
  const maxItems = input.MaxItems ?? PAGE_LIMIT;
  if (!Number.isInteger(maxItems) || maxItems < 1 || maxItems > 10_000)
    throw new ValidationException([
      `Value '${maxItems}' at 'maxItems' failed to satisfy constraint: Member must have value ` +
        (maxItems < 1 ? "greater than or equal to 1" : "less than or equal to 10000"),
    ]);
  if (input.FunctionVersion !== undefined && input.FunctionVersion !== "ALL")
    throw new ValidationException([
      `Value '${input.FunctionVersion}' at 'functionVersion' failed to satisfy constraint: ` +
        "Member must satisfy enum value set: [ALL]",
    ]);
  const start = input.Marker === undefined ? undefined : readMarker(input.Marker);
  const all = input.MasterRegion === undefined ? listFunctionRecords(ctx) : [];
  const rest = start === undefined ? all : all.filter((f) => f.functionName >= start);
  const page = rest.slice(0, Math.min(maxItems, PAGE_LIMIT));
  const next = rest[page.length];
  const functions = await Promise.all(
    page.map(async (record) =>
      toFunctionConfiguration(ctx, record, await readFunctionMetadata(ctx, record), "listed"),
    ),
  );
  return { Functions: functions, ...(next && { NextMarker: encodeTextBase64(next.functionName) }) };
}

function readMarker(marker: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(decodeBase64(marker));
  } catch (error) {
    if (!(error instanceof InvalidBase64Error) && !(error instanceof TypeError)) throw error;
    throw new InvalidParameterValueException(`Invalid marker: ${marker}`);
  }
}
