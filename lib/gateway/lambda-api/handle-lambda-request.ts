import type { RestJsonRequest, RestJsonResponse } from "../aws-protocol";
import type { GatewaySandbox } from "../create-gateway-sandbox";
import { exceedsUtf8Bytes } from "../runtime/utf8-byte-length";
import { findLambdaRouteOrThrow } from "./find-lambda-route";
import type { InvokeOutput } from "./invoke";
import { RequestEntityTooLargeException } from "./lambda-api-errors";
import type { LambdaRoute } from "./lambda-routes";
import { MAX_CODE_REQUEST_BYTES } from "./read-deployment-package";
import { LAMBDA_MUTATING_OPERATIONS, runLambdaOperation } from "./run-lambda-operation";
import { toLambdaErrorResponse } from "./to-lambda-error-response";
import { toLambdaInput } from "./to-lambda-input";

/**
 * The answer, and what serving it did to the sandbox: `configuration` (a function or policy changed: save it),
 * `invocation` (a function ran: it may have written to the simulated services), or `none`.
 */
export interface LambdaHttpResponse extends RestJsonResponse {
  readonly effect: "configuration" | "invocation" | "none";
}

export interface HandleLambdaRequestOptions {
  /** Receives any error that is not an AWS exception (a bug); default: console.error. */
  reportInternalError?: (error: unknown) => void;
}

/** The largest request any operation accepts (CreateFunction with a 50 MB zip, base64-encoded). */
export const LAMBDA_MAX_REQUEST_BYTES = MAX_CODE_REQUEST_BYTES;

/**
 * Serves one request of Lambda's `restJson1` protocol (path relative to the endpoint, e.g.
 * `/2015-03-31/functions`) against a sandbox, so the AWS SDKs and CLI can drive its functions. Signatures are
 * not checked here: the caller authenticates the learner first.
 * @see https://docs.aws.amazon.com/lambda/latest/api/API_Operations.html
 * @see https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html
 */
export async function handleLambdaRequest(
  sandbox: GatewaySandbox,
  request: RestJsonRequest,
  options: HandleLambdaRequestOptions = {},
): Promise<LambdaHttpResponse> {
  const report =
    options.reportInternalError ?? ((error: unknown) => console.error("lambda endpoint failed", error));
  try {
    const match = findLambdaRouteOrThrow(request.method, request.path);
    const body = request.body ?? "";
    if (exceedsUtf8Bytes(body, LAMBDA_MAX_REQUEST_BYTES)) throw requestTooLarge(match.route);
    const output = await runLambdaOperation(sandbox, match.route.operation, toLambdaInput(match, request));
    return toLambdaResponse(match.route, output);
  } catch (error) {
    return { ...toLambdaErrorResponse(error, report), effect: "none" };
  }
}

/** The 413 for a body the front door would not read whole (over LAMBDA_MAX_REQUEST_BYTES). */
export function toRequestTooLargeResponse(method: string, path: string): RestJsonResponse {
  let error: unknown;
  try {
    error = requestTooLarge(findLambdaRouteOrThrow(method, path).route);
  } catch (unknownRoute) {
    error = unknownRoute;
  }
  return toLambdaErrorResponse(error, () => undefined);
}

function requestTooLarge(route: LambdaRoute): RequestEntityTooLargeException {
  return new RequestEntityTooLargeException(
    `Request must be smaller than ${LAMBDA_MAX_REQUEST_BYTES} bytes for the ${route.operation} operation`,
  );
}

function toLambdaResponse(route: LambdaRoute, output: unknown): LambdaHttpResponse {
  if (route.operation === "Invoke") return toInvokeResponse(output as InvokeOutput);
  const effect = LAMBDA_MUTATING_OPERATIONS.has(route.operation) ? "configuration" : "none";
  if (output === undefined) return { statusCode: route.status, headers: {}, body: "", effect };
  return {
    statusCode: route.status,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(output),
    effect,
  };
}

/** Invoke's result travels in its status, `X-Amz-*` headers and raw body. */
function toInvokeResponse(output: InvokeOutput): LambdaHttpResponse {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (output.FunctionError) headers["X-Amz-Function-Error"] = output.FunctionError;
  if (output.LogResult) headers["X-Amz-Log-Result"] = output.LogResult;
  if (output.ExecutedVersion) headers["X-Amz-Executed-Version"] = output.ExecutedVersion;
  const effect = output.StatusCode === 204 ? "none" : "invocation";
  return { statusCode: output.StatusCode, headers, body: output.Payload, effect };
}
