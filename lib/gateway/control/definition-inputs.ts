import type { AuthorizerType, GatewayResponseType } from "./types";
import type { PageInput, RestApiIdInput } from "./api-inputs";

/**
 * Inputs of the Model, RequestValidator, Authorizer, GatewayResponse, Deployment and Stage commands,
 * field for field as the AWS SDK v3 sends them.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_Operations.html
 */

export interface CreateModelInput extends RestApiIdInput {
  name: string;
  description?: string;
  schema?: string;
  contentType: string;
}

export interface ModelNameInput extends RestApiIdInput {
  modelName: string;
}

export interface CreateRequestValidatorInput extends RestApiIdInput {
  name?: string;
  validateRequestBody?: boolean;
  validateRequestParameters?: boolean;
}

export interface RequestValidatorIdInput extends RestApiIdInput {
  requestValidatorId: string;
}

export interface CreateAuthorizerInput extends RestApiIdInput {
  name: string;
  type: AuthorizerType | string;
  providerARNs?: string[];
  authType?: string;
  authorizerUri?: string;
  authorizerCredentials?: string;
  identitySource?: string;
  identityValidationExpression?: string;
  authorizerResultTtlInSeconds?: number;
}

export interface AuthorizerIdInput extends RestApiIdInput {
  authorizerId: string;
}

export interface ResponseTypeInput extends RestApiIdInput {
  responseType: GatewayResponseType | string;
}

export interface PutGatewayResponseInput extends ResponseTypeInput {
  statusCode?: string;
  responseParameters?: Record<string, string>;
  responseTemplates?: Record<string, string>;
}

export interface DeploymentCanarySettingsInput {
  percentTraffic?: number;
  stageVariableOverrides?: Record<string, string>;
  useStageCache?: boolean;
}

export interface CreateDeploymentInput extends RestApiIdInput {
  stageName?: string;
  stageDescription?: string;
  description?: string;
  cacheClusterEnabled?: boolean;
  cacheClusterSize?: string;
  variables?: Record<string, string>;
  canarySettings?: DeploymentCanarySettingsInput;
  tracingEnabled?: boolean;
}

export interface DeploymentIdInput extends RestApiIdInput {
  deploymentId: string;
}

export type GetDeploymentsInput = RestApiIdInput & PageInput;

export interface CreateStageInput extends RestApiIdInput {
  stageName: string;
  deploymentId: string;
  description?: string;
  cacheClusterEnabled?: boolean;
  cacheClusterSize?: string;
  variables?: Record<string, string>;
  documentationVersion?: string;
  canarySettings?: DeploymentCanarySettingsInput & { deploymentId?: string };
  tracingEnabled?: boolean;
  tags?: Record<string, string>;
}

export interface StageNameInput extends RestApiIdInput {
  stageName: string;
}

export interface GetStagesInput extends RestApiIdInput {
  deploymentId?: string;
}
