/**
 * The Lambda API (control side) over a sandbox's functions: CreateFunction from a `.zip`, the Update calls,
 * Get/List/Delete, Invoke, and the resource policy (AddPermission, RemovePermission, GetPolicy), in AWS's shapes.
 * In-process through `runLambdaOperation`, or over Lambda's `restJson1` wire protocol through
 * `handleLambdaRequest` (what the app serves at `/aws/{sandboxId}/lambda/...`).
 * @see https://docs.aws.amazon.com/lambda/latest/api/API_Operations.html
 */
export {
  runLambdaOperation,
  isLambdaOperationName,
  LAMBDA_OPERATIONS,
  LAMBDA_MUTATING_OPERATIONS,
  type LambdaOperationName,
} from "./run-lambda-operation";
export {
  handleLambdaRequest,
  toRequestTooLargeResponse,
  LAMBDA_MAX_REQUEST_BYTES,
  type HandleLambdaRequestOptions,
  type LambdaHttpResponse,
} from "./handle-lambda-request";
export type { InvokeOutput } from "./invoke";
export type { FunctionMetadata, FunctionPackage, FunctionRecord } from "./function-record";
export type { PolicyStatement } from "./policy-statement";
export {
  InvalidParameterValueException,
  LambdaApiError,
  PolicyLengthExceededException,
  PreconditionFailedException,
  RequestEntityTooLargeException,
  ResourceConflictException,
  ResourceNotFoundException,
  ServiceException,
  ValidationException,
  type LambdaApiErrorType,
} from "./lambda-api-errors";
export {
  MAX_CODE_REQUEST_BYTES,
  MAX_UNZIPPED_BYTES,
  MAX_ZIPPED_BYTES,
  MAX_KEPT_TEXT_BYTES,
} from "./read-deployment-package";
