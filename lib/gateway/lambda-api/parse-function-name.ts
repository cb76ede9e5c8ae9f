import { InvalidParameterValueException, ValidationException } from "./lambda-api-errors";

/** What a `FunctionName` member names: the function, and the account, Region and qualifier an ARN adds. */
export interface FunctionReference {
  readonly name: string;
  readonly qualifier?: string;
  readonly region?: string;
  readonly accountId?: string;
}

/**
 * Lambda's FunctionName pattern: a name, a full ARN or a partial ARN (`123456789012:function:name`), each with an
 * optional `:qualifier` (version or alias).
 * @see https://docs.aws.amazon.com/lambda/latest/api/API_GetFunction.html#API_GetFunction_RequestSyntax
 */
const FUNCTION_NAME_PATTERN =
  "(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?";
const FUNCTION_NAME = new RegExp(`^${FUNCTION_NAME_PATTERN}$`);
/** The length limit applies to the name alone; a full ARN may be longer. */
const MAX_NAME_LENGTH = 64;

/** `FunctionName` (and the `Qualifier` member, if any) as a reference, or Lambda's validation error. */
export function parseFunctionName(functionName: unknown, qualifier?: string): FunctionReference {
  if (typeof functionName !== "string" || functionName === "")
    throw new ValidationException([
      "Value null at 'functionName' failed to satisfy constraint: Member must not be null",
    ]);
  const match = FUNCTION_NAME.exec(functionName);
  const name = match?.[7];
  if (!match || name === undefined)
    throw new ValidationException([
      `Value '${functionName}' at 'functionName' failed to satisfy constraint: ` +
        `Member must satisfy regular expression pattern: ${FUNCTION_NAME_PATTERN}`,
    ]);
  if (name.length > MAX_NAME_LENGTH)
    throw new ValidationException([
      `Value '${functionName}' at 'functionName' failed to satisfy constraint: ` +
        `Member must have length less than or equal to ${MAX_NAME_LENGTH}`,
    ]);
  const fromName = match[9];
  if (fromName !== undefined && qualifier !== undefined && fromName !== qualifier)
    throw new InvalidParameterValueException(
      "The derived qualifier from the function name does not match the specified qualifier.",
    );
  return {
    name,
    qualifier: fromName ?? qualifier,
    region: match[3]?.slice(0, -1),
    accountId: match[5]?.slice(0, -1),
  };
}
