/**
 * The REST API control plane: AWS's API Gateway V1 operations over an in-memory, per-sandbox state.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_Operations_Amazon_API_Gateway.html
 */
export { createControlPlane } from "./create-control-plane";
export type { ControlPlane, ControlPlaneOperations, ControlPlaneOptions } from "./create-control-plane";
export { DEFAULT_CONTROL_PLANE_QUOTAS, type ControlPlaneQuotas } from "./control-context";
export type { ControlPlaneEvent, ControlPlaneListener } from "./control-plane-event";
export type {
  ControlPlaneState,
  KeyQuotaUsage,
  QuotaUsageLog,
  RestApiRecord,
  StoredApiKey,
  UsagePlanRecord,
} from "./control-state";
export type { ApiKeyForRequest, ApiKeyRejection } from "./find-api-key-for-request";
export type { QuotaUsageSnapshotEntry, RecordQuotaUsageInput } from "./quota-usage-log";
export type { EnableCorsInput, EnableCorsOutput } from "./enable-cors";
export { DEFAULT_CORS_ALLOW_HEADERS } from "./cors-header-values";
export { MAX_API_KEYS } from "./assert-api-key-valid";
export { MAX_METHOD_THROTTLES_PER_STAGE } from "./assert-usage-plan-valid";
export { MAX_USAGE_PLANS } from "./usage-plan-operations";
export { MAX_USAGE_PLANS_PER_KEY } from "./usage-plan-key-operations";
export type { StageDeployment } from "./get-stage-deployment-or-throw";
export type { DeploymentOutput } from "./deployment-operations";
export {
  ApiGatewayError,
  BadRequestException,
  ConflictException,
  LimitExceededException,
  NotFoundException,
  TooManyRequestsException,
  UnauthorizedException,
  ValidationException,
} from "./api-gateway-error";
export type { ApiGatewayErrorType } from "./api-gateway-error";
export { DEFAULT_GATEWAY_RESPONSE_STATUS, GATEWAY_RESPONSE_TYPES } from "./default-gateway-responses";
export { DEFAULT_METHOD_SETTING } from "./patch-method-setting";
export type * from "./api-inputs";
export type * from "./definition-inputs";
export type * from "./usage-plan-inputs";
export type * from "./import-inputs";
export type * from "./types";
