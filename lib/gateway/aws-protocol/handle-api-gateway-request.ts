import type { ControlPlaneOperations } from "../control";
import { findRestJsonRouteOrThrow } from "./find-rest-json-route";
import type { RestJsonAction, RestJsonRoute } from "./rest-json-route";
import type { RestJsonRequest, RestJsonResponse } from "./rest-json-response";
import { UnknownOperationException } from "./rest-json-protocol-error";
import type { TestInvokeSandbox } from "../test-invoke-method";
import { toSandboxOperations, type SandboxOperations } from "./sandbox-operations";
import { toOperationInput } from "./to-operation-input";
import { toRestJsonError } from "./to-rest-json-error";
import { toRestJsonResponse } from "./to-rest-json-response";

/** Where the app mounts the endpoint; a path under it is served as if the endpoint were the host root. */
export const API_GATEWAY_BASE_PATH = "/aws/apigateway";

export interface HandleApiGatewayRequestOptions {
  /** Receives any error that is not an AWS exception (a bug); default: console.error. */
  reportInternalError?: (error: unknown) => void;
  /**
   * The rest of the sandbox (its data plane), for the actions that need more than the control plane:
   * TestInvokeMethod. With it the answer is a promise; without it those actions answer
   * UnknownOperationException.
   */
  sandbox?: TestInvokeSandbox;
}

type Reporter = (error: unknown) => void;

/**
 * Serves one request of API Gateway V1's `restJson1` protocol against a sandbox's control plane, so the
 * AWS SDKs and CLI (with an endpoint override) can drive it. Signatures are not checked here: the caller
 * authenticates the learner first. Control-plane actions answer synchronously; given the `sandbox`,
 * the answer is a promise, since TestInvokeMethod runs the data plane.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_Operations_Amazon_API_Gateway.html
 * @see https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html
 */
export function handleApiGatewayRequest(
  controlPlane: ControlPlaneOperations,
  request: RestJsonRequest,
  options: HandleApiGatewayRequestOptions & { sandbox: TestInvokeSandbox },
): Promise<RestJsonResponse>;
export function handleApiGatewayRequest(
  controlPlane: ControlPlaneOperations,
  request: RestJsonRequest,
  options?: HandleApiGatewayRequestOptions,
): RestJsonResponse;
export function handleApiGatewayRequest(
  controlPlane: ControlPlaneOperations,
  request: RestJsonRequest,
  options: HandleApiGatewayRequestOptions = {},
): RestJsonResponse | Promise<RestJsonResponse> {
  const report: Reporter =
    options.reportInternalError ?? ((error: unknown) => console.error("apigateway endpoint failed", error));
  const extraOperations = options.sandbox && toSandboxOperations(options.sandbox);
  const answer = serve(controlPlane, request, extraOperations, report);
  return extraOperations ? Promise.resolve(answer) : (answer as RestJsonResponse);
}

function serve(
  controlPlane: ControlPlaneOperations,
  request: RestJsonRequest,
  extraOperations: SandboxOperations | undefined,
  report: Reporter,
): RestJsonResponse | Promise<RestJsonResponse> {
  try {
    const match = findRestJsonRouteOrThrow(request.method, toEndpointPath(request.path), request.query);
    const input = toOperationInput(match, request.query, request.body, request.headers);
    const output = callOperation(controlPlane, extraOperations, match.route, input);
    if (!(output instanceof Promise)) return toRestJsonResponse(match.route, output);
    return output.then(
      (value: unknown) => toRestJsonResponse(match.route, value),
      (error: unknown) => toRestJsonError(error, report),
    );
  } catch (error) {
    return toRestJsonError(error, report);
  }
}

function toEndpointPath(path: string): string {
  const withoutQuery = path.split("?")[0] ?? "";
  if (withoutQuery === API_GATEWAY_BASE_PATH) return "/";
  return withoutQuery.startsWith(`${API_GATEWAY_BASE_PATH}/`)
    ? withoutQuery.slice(API_GATEWAY_BASE_PATH.length)
    : withoutQuery;
}

function callOperation(
  controlPlane: ControlPlaneOperations,
  extraOperations: SandboxOperations | undefined,
  route: RestJsonRoute,
  input: Record<string, unknown>,
): unknown {
  const action: RestJsonAction = route.action;
  const name = `${action.charAt(0).toLowerCase()}${action.slice(1)}`;
  if (name in controlPlane) {
    const operation = controlPlane[name as keyof ControlPlaneOperations] as (input: unknown) => unknown;
    return operation(input);
  }
  const extra = extraOperations?.[name as keyof SandboxOperations] as
    ((input: unknown) => unknown) | undefined;
  if (!extra) throw new UnknownOperationException(`${action} is not served by this endpoint`);
  return extra(input);
}
