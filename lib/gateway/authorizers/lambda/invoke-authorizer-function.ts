/**
 * Calls the authorizer's Lambda function and sorts out what came back: the error message `Unauthorized`
 * (Node's `callback("Unauthorized")` or `throw new Error("Unauthorized")`, Python's
 * `raise Exception('Unauthorized')`, all of which Lambda reports as `errorMessage: "Unauthorized"`) is
 * 401; any other function error, an invoke failure or a timeout is 500 `AuthorizerConfigurationException`
 * [DOC, REC loige-2023].
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-use-lambda-authorizer.html
 */
import { ApiConfigurationError, AuthorizerConfigurationError, UnauthorizedError } from "../../errors";
import { toLambdaFunctionName } from "../../integrations/integration-uri";
import type { LambdaInvoker } from "../../pipeline/context";
import { traceValue } from "../../pipeline/trace";

/**
 * [UNVERIFIED] How long API Gateway waits for a REST authorizer is not documented; we use the integration
 * default (29 s).
 */
export const DEFAULT_AUTHORIZER_TIMEOUT_MS = 29_000;

export interface AuthorizerCall {
  readonly lambda: LambdaInvoker | undefined;
  readonly authorizerUri: string | undefined;
  readonly stageVariables: Readonly<Record<string, string>>;
  readonly payload: string;
  readonly timeoutMs: number;
  readonly trace: string[];
}

function failConfiguration(trace: string[], reason: string): never {
  trace.push(`Execution failed due to configuration error: ${reason}`);
  throw new AuthorizerConfigurationError();
}

/** The function `authorizerUri` names, stage variables substituted (same URI form as Lambda integrations). */
export function toAuthorizerFunctionName(
  authorizerUri: string | undefined,
  stageVariables: Readonly<Record<string, string>>,
  trace: string[],
): string {
  try {
    return toLambdaFunctionName(authorizerUri ?? "", stageVariables);
  } catch (error) {
    if (error instanceof ApiConfigurationError) return failConfiguration(trace, error.reason);
    throw error;
  }
}

function errorMessageOf(payload: string): unknown {
  try {
    return (JSON.parse(payload) as { errorMessage?: unknown } | null)?.errorMessage;
  } catch {
    return undefined;
  }
}

/** The function's response payload and how long it took; throws the gateway error for any failure. */
export async function invokeAuthorizerFunction(
  call: AuthorizerCall,
): Promise<{ payload: string; latencyMs: number }> {
  const { trace } = call;
  const functionName = toAuthorizerFunctionName(call.authorizerUri, call.stageVariables, trace);
  if (!call.lambda) return failConfiguration(trace, "this sandbox has no Lambda service");
  trace.push(`Sending request to Lambda function ${functionName}`);
  let result: Awaited<ReturnType<LambdaInvoker["invoke"]>>;
  try {
    result = await call.lambda.invoke(functionName, call.payload);
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return failConfiguration(trace, detail);
  }
  const latencyMs = result.durationMs + (result.initDurationMs ?? 0);
  trace.push(`Authorizer result body before parsing: ${traceValue(result.payload)}`);
  if (latencyMs > call.timeoutMs)
    return failConfiguration(trace, `Authorizer timed out after ${call.timeoutMs} ms`);
  if (result.functionError) {
    if (errorMessageOf(result.payload) === "Unauthorized") {
      trace.push("The authorizer refused the identity: Unauthorized");
      throw new UnauthorizedError();
    }
    return failConfiguration(trace, "Authorizer error");
  }
  return { payload: result.payload, latencyMs };
}
