import * as apiKeys from "./api-key-operations";
import * as authorizers from "./authorizer-operations";
import * as deployments from "./deployment-operations";
import { enableCors } from "./enable-cors";
import { findApiKeyForRequest } from "./find-api-key-for-request";
import { getExport } from "./get-export";
import { getRestApiSnapshot } from "./get-rest-api-snapshot";
import * as gatewayResponses from "./gateway-response-operations";
import { importApiKeys } from "./import-api-keys";
import { importRestApi, putRestApi } from "./import-rest-api";
import * as integrationResponses from "./integration-response-operations";
import * as integrations from "./integration-operations";
import * as methodResponses from "./method-response-operations";
import * as methods from "./method-operations";
import * as models from "./model-operations";
import { promoteStageCanary } from "./promote-stage-canary";
import { putIntegration } from "./put-integration";
import { quotaUsageSnapshot, recordQuotaUsage } from "./quota-usage-log";
import * as requestValidators from "./request-validator-operations";
import * as resources from "./resource-operations";
import * as restApis from "./rest-api-operations";
import * as stages from "./stage-operations";
import { updateMethod } from "./update-method";
import { updateResource } from "./update-resource";
import { updateRestApi } from "./update-rest-api";
import { updateStage } from "./update-stage";
import { updateApiKey } from "./update-api-key";
import { updateUsagePlan } from "./update-usage-plan";
import * as usage from "./usage-operations";
import * as usagePlanKeys from "./usage-plan-key-operations";
import * as usagePlans from "./usage-plan-operations";

/**
 * Every control-plane operation, named as the API Gateway V1 action (camel-cased), each taking the
 * sandbox context and the command's input.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_Operations_Amazon_API_Gateway.html
 */
export const CONTROL_OPERATIONS = {
  createRestApi: restApis.createRestApi,
  getRestApi: restApis.getRestApi,
  getRestApis: restApis.getRestApis,
  updateRestApi,
  deleteRestApi: restApis.deleteRestApi,
  importRestApi,
  putRestApi,
  getExport,
  createResource: resources.createResource,
  getResource: resources.getResource,
  getResources: resources.getResources,
  updateResource,
  deleteResource: resources.deleteResource,
  putMethod: methods.putMethod,
  getMethod: methods.getMethod,
  updateMethod,
  deleteMethod: methods.deleteMethod,
  putMethodResponse: methodResponses.putMethodResponse,
  getMethodResponse: methodResponses.getMethodResponse,
  updateMethodResponse: methodResponses.updateMethodResponse,
  deleteMethodResponse: methodResponses.deleteMethodResponse,
  putIntegration,
  getIntegration: integrations.getIntegration,
  updateIntegration: integrations.updateIntegration,
  deleteIntegration: integrations.deleteIntegration,
  putIntegrationResponse: integrationResponses.putIntegrationResponse,
  getIntegrationResponse: integrationResponses.getIntegrationResponse,
  updateIntegrationResponse: integrationResponses.updateIntegrationResponse,
  deleteIntegrationResponse: integrationResponses.deleteIntegrationResponse,
  createModel: models.createModel,
  getModel: models.getModel,
  getModels: models.getModels,
  updateModel: models.updateModel,
  deleteModel: models.deleteModel,
  createRequestValidator: requestValidators.createRequestValidator,
  getRequestValidator: requestValidators.getRequestValidator,
  getRequestValidators: requestValidators.getRequestValidators,
  updateRequestValidator: requestValidators.updateRequestValidator,
  deleteRequestValidator: requestValidators.deleteRequestValidator,
  createAuthorizer: authorizers.createAuthorizer,
  getAuthorizer: authorizers.getAuthorizer,
  getAuthorizers: authorizers.getAuthorizers,
  updateAuthorizer: authorizers.updateAuthorizer,
  deleteAuthorizer: authorizers.deleteAuthorizer,
  putGatewayResponse: gatewayResponses.putGatewayResponse,
  getGatewayResponse: gatewayResponses.getGatewayResponse,
  getGatewayResponses: gatewayResponses.getGatewayResponses,
  updateGatewayResponse: gatewayResponses.updateGatewayResponse,
  deleteGatewayResponse: gatewayResponses.deleteGatewayResponse,
  createDeployment: deployments.createDeployment,
  getDeployment: deployments.getDeployment,
  getDeployments: deployments.getDeployments,
  updateDeployment: deployments.updateDeployment,
  deleteDeployment: deployments.deleteDeployment,
  createStage: stages.createStage,
  getStage: stages.getStage,
  getStages: stages.getStages,
  updateStage,
  deleteStage: stages.deleteStage,
  flushStageCache: stages.flushStageCache,
  flushStageAuthorizersCache: stages.flushStageAuthorizersCache,
  /** Not an AWS action: the console's "Promote canary", as UpdateStage patch operations. */
  promoteStageCanary,
  createApiKey: apiKeys.createApiKey,
  getApiKey: apiKeys.getApiKey,
  getApiKeys: apiKeys.getApiKeys,
  updateApiKey,
  deleteApiKey: apiKeys.deleteApiKey,
  importApiKeys,
  createUsagePlan: usagePlans.createUsagePlan,
  getUsagePlan: usagePlans.getUsagePlan,
  getUsagePlans: usagePlans.getUsagePlans,
  updateUsagePlan,
  deleteUsagePlan: usagePlans.deleteUsagePlan,
  createUsagePlanKey: usagePlanKeys.createUsagePlanKey,
  getUsagePlanKey: usagePlanKeys.getUsagePlanKey,
  getUsagePlanKeys: usagePlanKeys.getUsagePlanKeys,
  deleteUsagePlanKey: usagePlanKeys.deleteUsagePlanKey,
  getUsage: usage.getUsage,
  updateUsage: usage.updateUsage,
  /** Not an AWS action: the API's current configuration, frozen as a deployment would be (TestInvokeMethod). */
  getRestApiSnapshot,
  /** Not an AWS action: the console's "Enable CORS" on a resource, as Put* operations. */
  enableCors,
  /** Not an AWS action: the data plane's API key check (validateApiKey). */
  findApiKeyForRequest,
  /** Not an AWS action: the data plane writes quota usage here so it survives a restart. */
  recordQuotaUsage,
  /** Not an AWS action: the quota usage of the current period, to seed the data plane's QuotaCounter. */
  quotaUsageSnapshot,
} as const;
