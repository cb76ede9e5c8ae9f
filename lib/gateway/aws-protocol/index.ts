/**
 * API Gateway V1's `restJson1` wire protocol over the sandbox control plane: what the app serves at
 * `/aws/apigateway/...` for the AWS SDKs and CLI.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_Operations_Amazon_API_Gateway.html
 */
export {
  API_GATEWAY_BASE_PATH,
  handleApiGatewayRequest,
  type HandleApiGatewayRequestOptions,
} from "./handle-api-gateway-request";
export type { RestJsonRequest, RestJsonResponse } from "./rest-json-response";
export { toSandboxOperations, type SandboxOperations } from "./sandbox-operations";
export {
  REST_JSON_ROUTES,
  findRestJsonRouteOrThrow,
  type RestJsonQuery,
  type RouteMatch,
} from "./find-rest-json-route";
export type { QueryBinding, QueryMemberType, RestJsonAction, RestJsonRoute } from "./rest-json-route";
export {
  RestJsonProtocolError,
  SerializationException,
  UnknownOperationException,
} from "./rest-json-protocol-error";
