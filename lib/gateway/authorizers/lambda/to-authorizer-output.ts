/**
 * Reads what a Lambda authorizer returned: `principalId` and `policyDocument` are required, `context` is a
 * flat map whose values must be strings, numbers or booleans (objects and arrays are refused) and reach
 * `$context.authorizer.<key>` as strings, and `usageIdentifierKey` names the API key for usage plans when
 * the API's key source is AUTHORIZER [DOC]. Anything else is malformed: API Gateway answers 500
 * `AuthorizerConfigurationException` [REC loige-2023].
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html
 */
import { MalformedPolicyError, toPolicyDocument, type PolicyDocument } from "../policy";

export interface AuthorizerOutput {
  readonly principalId: string;
  readonly policyDocument: PolicyDocument;
  /** Context values as API Gateway passes them on: every value a string. */
  readonly context: Readonly<Record<string, string>>;
  readonly usageIdentifierKey?: string;
}

/** Output API Gateway cannot use; `reason` goes to the execution trace. */
export class MalformedAuthorizerOutputError extends Error {
  override name = "MalformedAuthorizerOutputError";
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Scalars as API Gateway's (Java) deserialiser turns them into strings: `1` → "1", `true` → "true".
 * [UNVERIFIED] a number written `1.0` reaches us as 1 and becomes "1" (Java may keep "1.0").
 */
function toScalarText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "boolean") return String(value);
  return undefined;
}

function toContext(value: unknown): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (!isObject(value)) throw new MalformedAuthorizerOutputError("context must be a JSON object");
  const context: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value)) {
    // [UNVERIFIED] a null value is left out rather than refused (AWS documents only objects and arrays).
    if (entry === null) continue;
    const text = toScalarText(entry);
    if (text === undefined) {
      throw new MalformedAuthorizerOutputError(
        `context value for '${key}' must be a string, number or boolean, not ${Array.isArray(entry) ? "an array" : "an object"}`,
      );
    }
    context[key] = text;
  }
  return context;
}

function toPolicy(value: unknown): PolicyDocument {
  try {
    return toPolicyDocument(value);
  } catch (error) {
    if (error instanceof MalformedPolicyError) {
      throw new MalformedAuthorizerOutputError(`Invalid policyDocument: ${error.reason}`);
    }
    throw error;
  }
}

function parseJson(payload: string): unknown {
  try {
    return JSON.parse(payload) as unknown;
  } catch {
    throw new MalformedAuthorizerOutputError("Invalid JSON in response");
  }
}

/** The authorizer's answer read from the function's response payload; throws MalformedAuthorizerOutputError. */
export function toAuthorizerOutput(payload: string): AuthorizerOutput {
  const output = parseJson(payload);
  if (!isObject(output)) throw new MalformedAuthorizerOutputError("the response is not a JSON object");
  // [UNVERIFIED] a number or boolean principalId is taken as its text, as a Java String field would take it.
  const principalId = toScalarText(output.principalId);
  if (principalId === undefined) throw new MalformedAuthorizerOutputError("the response has no principalId");
  if (output.policyDocument === undefined || output.policyDocument === null) {
    throw new MalformedAuthorizerOutputError("the response has no policyDocument");
  }
  const policyDocument = toPolicy(output.policyDocument);
  const context = toContext(output.context);
  const usageIdentifierKey = toScalarText(output.usageIdentifierKey);
  return {
    principalId,
    policyDocument,
    context,
    ...(usageIdentifierKey !== undefined ? { usageIdentifierKey } : {}),
  };
}
