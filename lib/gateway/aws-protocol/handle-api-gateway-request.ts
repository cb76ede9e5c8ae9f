import type { ControlPlaneOperations } from "../control";
import { findRestJsonRouteOrThrow } from "./find-rest-json-route";
import type { RestJsonAction } from "./rest-json-route";
import type { RestJsonRequest, RestJsonResponse } from "./rest-json-response";
import { toOperationInput } from "./to-operation-input";
import { toRestJsonError } from "./to-rest-json-error";
import { toRestJsonResponse } from "./to-rest-json-response";

/** Where the app mounts the endpoint; a path under it is served as if the endpoint were the host root. */
export const API_GATEWAY_BASE_PATH = "/aws/apigateway";

export interface HandleApiGatewayRequestOptions {
  /** Receives any error that is not an AWS exception (a bug); default: console.error. */
  reportInternalError?: (error: unknown) => void;
}

/**
 * Serves one request of API Gateway V1's `restJson1` protocol against a sandbox's control plane, so the
 * AWS SDKs and CLI (with an endpoint override) can drive it. Signatures are not checked here: the caller
 * authenticates the learner first.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_Operations_Amazon_API_Gateway.html
 * @see https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html
 */
export function handleApiGatewayRequest(
  controlPlane: ControlPlaneOperations,
  request: RestJsonRequest,
  options: HandleApiGatewayRequestOptions = {},
): RestJsonResponse {
  const reportInternalError =
    options.reportInternalError ?? ((error: unknown) => console.error("apigateway endpoint failed", error));
  try {
    const match = findRestJsonRouteOrThrow(request.method, toEndpointPath(request.path), request.query);
    const input = toOperationInput(match, request.query, request.body);
    const output = callOperation(controlPlane, match.route.action, input);
    return toRestJsonResponse(match.route, output);
  } catch (error) {
    return toRestJsonError(error, reportInternalError);
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
  action: RestJsonAction,
  input: Record<string, unknown>,
): unknown {
  const name = `${action.charAt(0).toLowerCase()}${action.slice(1)}` as Uncapitalize<RestJsonAction>;
  const operation = controlPlane[name] as (input: unknown) => unknown;
  return operation(input);
}
