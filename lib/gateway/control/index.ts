/**
 * The REST API control plane: AWS's API Gateway V1 operations over an in-memory, per-sandbox state.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_Operations_Amazon_API_Gateway.html
 */
export { createControlPlane } from "./create-control-plane";
export type { ControlPlane, ControlPlaneOperations, ControlPlaneOptions } from "./create-control-plane";
export { DEFAULT_CONTROL_PLANE_QUOTAS, type ControlPlaneQuotas } from "./control-context";
export type { ControlPlaneEvent, ControlPlaneListener } from "./control-plane-event";
export type { ControlPlaneState, RestApiRecord } from "./control-state";
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
export type * from "./types";
