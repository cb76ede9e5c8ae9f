import type {
  ApiKeySource,
  ConnectionType,
  ContentHandling,
  EndpointType,
  IntegrationType,
  IpAddressType,
  PassthroughBehavior,
  PatchOperation,
} from "./types";

/**
 * Inputs of the RestApi, Resource, Method and Integration commands, field for field as the AWS SDK v3
 * (`@aws-sdk/client-api-gateway`) sends them. Values arrive unchecked from an HTTP endpoint, so enum
 * fields are typed `string` and validated by the operations.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_Operations.html
 */

export interface CreateRestApiInput {
  name: string;
  description?: string;
  version?: string;
  binaryMediaTypes?: string[];
  minimumCompressionSize?: number;
  apiKeySource?: ApiKeySource | string;
  endpointConfiguration?: {
    types?: (EndpointType | string)[];
    vpcEndpointIds?: string[];
    ipAddressType?: IpAddressType | string;
  };
  policy?: string;
  tags?: Record<string, string>;
  disableExecuteApiEndpoint?: boolean;
}

export interface RestApiIdInput {
  restApiId: string;
}

export interface PageInput {
  position?: string;
  limit?: number;
}

export interface UpdateInput {
  patchOperations?: PatchOperation[];
}

export interface CreateResourceInput extends RestApiIdInput {
  parentId: string;
  pathPart: string;
}

export interface ResourceIdInput extends RestApiIdInput {
  resourceId: string;
}

/** `embed: ["methods"]` returns each method in full, as `GET .../resources?embed=methods` does. */
export interface GetResourceInput extends ResourceIdInput {
  embed?: string[];
}

export interface GetResourcesInput extends RestApiIdInput, PageInput {
  embed?: string[];
}

export interface MethodIdInput extends ResourceIdInput {
  httpMethod: string;
}

export interface PutMethodInput extends MethodIdInput {
  authorizationType: string;
  authorizerId?: string;
  apiKeyRequired?: boolean;
  operationName?: string;
  requestParameters?: Record<string, boolean>;
  requestModels?: Record<string, string>;
  requestValidatorId?: string;
  authorizationScopes?: string[];
}

export interface StatusCodeInput extends MethodIdInput {
  statusCode: string;
}

export interface PutMethodResponseInput extends StatusCodeInput {
  responseParameters?: Record<string, boolean>;
  responseModels?: Record<string, string>;
}

/** Note the SDK's naming: the backend method is `integrationHttpMethod` here but `httpMethod` on the Integration. */
export interface PutIntegrationInput extends MethodIdInput {
  type: IntegrationType | string;
  integrationHttpMethod?: string;
  uri?: string;
  connectionType?: ConnectionType | string;
  connectionId?: string;
  credentials?: string;
  requestParameters?: Record<string, string>;
  requestTemplates?: Record<string, string>;
  passthroughBehavior?: PassthroughBehavior | string;
  cacheNamespace?: string;
  cacheKeyParameters?: string[];
  contentHandling?: ContentHandling | string;
  timeoutInMillis?: number;
  tlsConfig?: { insecureSkipVerification?: boolean };
}

export interface PutIntegrationResponseInput extends StatusCodeInput {
  selectionPattern?: string;
  responseParameters?: Record<string, string>;
  responseTemplates?: Record<string, string>;
  contentHandling?: ContentHandling | string;
}
