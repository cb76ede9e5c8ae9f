/**
 * API Gateway control-plane operations the workbench may run: every AWS action the control plane
 * implements, plus the console's "Enable CORS" and "Promote canary". Not the engine's internal hooks
 * (findApiKeyForRequest, recordQuotaUsage, quotaUsageSnapshot, getRestApiSnapshot) nor state plumbing
 * (exportState, restoreState, subscribe): the workbench must not be able to bypass what AWS allows.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_Operations_Amazon_API_Gateway.html
 */
import { toSandboxOperations } from "@/lib/gateway/aws-protocol/sandbox-operations";
import type { ControlPlaneOperations } from "@/lib/gateway/control";
import { toTableRunner } from "./sandbox-service-runner";

export const APIGATEWAY_OPERATIONS = [
  "createRestApi",
  "getRestApi",
  "getRestApis",
  "updateRestApi",
  "deleteRestApi",
  "importRestApi",
  "putRestApi",
  "getExport",
  "createResource",
  "getResource",
  "getResources",
  "updateResource",
  "deleteResource",
  "putMethod",
  "getMethod",
  "updateMethod",
  "deleteMethod",
  "putMethodResponse",
  "getMethodResponse",
  "updateMethodResponse",
  "deleteMethodResponse",
  "putIntegration",
  "getIntegration",
  "updateIntegration",
  "deleteIntegration",
  "putIntegrationResponse",
  "getIntegrationResponse",
  "updateIntegrationResponse",
  "deleteIntegrationResponse",
  "createModel",
  "getModel",
  "getModels",
  "updateModel",
  "deleteModel",
  "createRequestValidator",
  "getRequestValidator",
  "getRequestValidators",
  "updateRequestValidator",
  "deleteRequestValidator",
  "createAuthorizer",
  "getAuthorizer",
  "getAuthorizers",
  "updateAuthorizer",
  "deleteAuthorizer",
  "putGatewayResponse",
  "getGatewayResponse",
  "getGatewayResponses",
  "updateGatewayResponse",
  "deleteGatewayResponse",
  "createDeployment",
  "getDeployment",
  "getDeployments",
  "updateDeployment",
  "deleteDeployment",
  "createStage",
  "getStage",
  "getStages",
  "updateStage",
  "deleteStage",
  "flushStageCache",
  "flushStageAuthorizersCache",
  "promoteStageCanary",
  "createApiKey",
  "getApiKey",
  "getApiKeys",
  "updateApiKey",
  "deleteApiKey",
  "importApiKeys",
  "createUsagePlan",
  "getUsagePlan",
  "getUsagePlans",
  "updateUsagePlan",
  "deleteUsagePlan",
  "createUsagePlanKey",
  "getUsagePlanKey",
  "getUsagePlanKeys",
  "deleteUsagePlanKey",
  "getUsage",
  "updateUsage",
  "enableCors",
] as const satisfies ReadonlyArray<keyof ControlPlaneOperations>;

/**
 * TestInvokeMethod runs the method's current (undeployed) configuration through the data plane, like the
 * console's Test tab; it needs more of the sandbox than the control plane.
 */
export const SANDBOX_LEVEL_OPERATIONS = ["testInvokeMethod"] as const;

export const apiGatewayRunner = toTableRunner(
  [...APIGATEWAY_OPERATIONS, ...SANDBOX_LEVEL_OPERATIONS],
  (operation) => operation.startsWith("get"),
  (engine) =>
    ({ ...engine.controlPlane, ...toSandboxOperations(engine) }) as unknown as Record<string, unknown>,
);
