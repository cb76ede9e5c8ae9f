/**
 * The Lambda runtime: learner functions (Node.js handlers) in QuickJS execution environments on the virtual clock.
 * The pipeline's Lambda integrations call `createLambdaRuntime(...).invoke(...)`; the services engineer's
 * simulated AWS services plug in through `LambdaServices`.
 */
export { createLambdaRuntime } from "./create-lambda-runtime";
export type { LambdaRuntime } from "./create-lambda-runtime";
export {
  InvalidParameterValueError,
  InvalidRequestContentError,
  LambdaServiceError,
  RequestEntityTooLargeError,
  ResourceNotFoundError,
  TooManyRequestsError,
} from "./lambda-errors";
export type { LambdaServiceErrorType } from "./lambda-errors";
export { getDefaultLambdaSandbox, loadLambdaSandbox } from "./load-lambda-sandbox";
export type { LambdaSandbox, LambdaSandboxOptions } from "./load-lambda-sandbox";
export { AWS_SDK_CLIENTS } from "./builtin-modules";
export {
  DEFAULT_RUNTIME_LIMITS,
  MAX_REQUEST_PAYLOAD_BYTES,
  MAX_RESPONSE_PAYLOAD_BYTES,
  toHeapLimitBytes,
} from "./runtime-limits";
export type * from "./types";
