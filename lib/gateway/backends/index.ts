/** In-sandbox HTTP backends for HTTP and HTTP_PROXY integrations: the echo server and scripted backends. */
export {
  EndpointTimeoutError,
  EndpointUnreachableError,
  InvalidEndpointError,
  NETWORK_ERROR_MESSAGE,
} from "./endpoint-errors";
export type {
  BackendAnswer,
  HttpBackend,
  HttpBackendRequest,
  HttpBackendResponse,
  ReceivedRequest,
} from "./http-backend";
export { HttpBackendRegistry, type HttpBackendRegistryOptions } from "./http-backend-registry";
export { toHttpBackendsSnapshot, type HttpBackendsSnapshot } from "./http-backends-snapshot";
export { invokeHttpBackend, type InvokeHttpBackendOptions } from "./invoke-http-backend";
export { createEchoBackend, ECHO_HOST } from "./echo-backend";
export {
  NO_RULE_MATCHED_RESPONSE,
  SCRIPTED_BACKEND_DOMAIN,
  ScriptedBackend,
  toScriptedBackendHost,
} from "./scripted-backend";
export {
  InvalidScriptedBackendError,
  MAX_SCRIPTED_DELAY_MS,
  MAX_SCRIPTED_RULES,
  toScriptedBackendDefinition,
  type ScriptedBackendDefinition,
  type ScriptedMatch,
  type ScriptedResponse,
  type ScriptedRule,
} from "./scripted-backend-definition";
export { DEFAULT_MAX_RECORDED_REQUESTS, type RecordedRequest } from "./request-recorder";
export { SANDBOX_SERVER_NAME, toHttpDate } from "./to-backend-response";
