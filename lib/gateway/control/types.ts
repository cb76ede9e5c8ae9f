/**
 * The REST API control-plane model in AWS's own shapes (API Gateway V1 API reference): the same field
 * names and value types that GetRestApi, GetResources, GetMethod, GetIntegration, GetStage... return.
 * Maps keyed by status code or content type are plain records, as in AWS's JSON.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_Operations_Amazon_API_Gateway.html
 */

export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE" | "PATCH" | "HEAD" | "OPTIONS";
/** `ANY` stands for every method not defined explicitly on the resource. */
export type MethodVerb = HttpMethod | "ANY";

export type EndpointType = "EDGE" | "REGIONAL" | "PRIVATE";
/** Since 2025-03 every REST API reports one; PRIVATE APIs accept only `dualstack`. */
export type IpAddressType = "ipv4" | "dualstack";
export type ApiKeySource = "HEADER" | "AUTHORIZER";

export interface RestApi {
  id: string;
  name: string;
  description?: string;
  createdDate: number; // epoch seconds, as the AWS JSON protocol returns
  version?: string;
  binaryMediaTypes?: string[];
  minimumCompressionSize?: number;
  apiKeySource: ApiKeySource;
  endpointConfiguration: { types: EndpointType[]; vpcEndpointIds?: string[]; ipAddressType?: IpAddressType };
  /** JSON-encoded IAM policy document, as AWS stores it. */
  policy?: string;
  tags?: Record<string, string>;
  disableExecuteApiEndpoint: boolean;
  rootResourceId: string;
}

export interface Resource {
  id: string;
  parentId?: string;
  pathPart?: string;
  path: string;
  resourceMethods?: Partial<Record<MethodVerb, Method>>;
}

export type AuthorizationType = "NONE" | "AWS_IAM" | "CUSTOM" | "COGNITO_USER_POOLS";

export interface Method {
  httpMethod: MethodVerb;
  authorizationType: AuthorizationType;
  authorizerId?: string;
  apiKeyRequired: boolean;
  requestValidatorId?: string;
  operationName?: string;
  /** `method.request.{path|querystring|header}.<name>` to required flag. */
  requestParameters?: Record<string, boolean>;
  /** content type to model name */
  requestModels?: Record<string, string>;
  methodResponses?: Record<string, MethodResponse>;
  methodIntegration?: Integration;
  authorizationScopes?: string[];
}

export interface MethodResponse {
  statusCode: string;
  /** `method.response.header.<name>` to required flag */
  responseParameters?: Record<string, boolean>;
  responseModels?: Record<string, string>;
}

export type IntegrationType = "HTTP" | "HTTP_PROXY" | "AWS" | "AWS_PROXY" | "MOCK";
export type PassthroughBehavior = "WHEN_NO_MATCH" | "WHEN_NO_TEMPLATES" | "NEVER";
export type ContentHandling = "CONVERT_TO_BINARY" | "CONVERT_TO_TEXT";
export type ConnectionType = "INTERNET" | "VPC_LINK";

export interface Integration {
  type: IntegrationType;
  /**
   * The backend's HTTP method (for AWS_PROXY to Lambda, always POST). `ANY` is accepted for HTTP and
   * HTTP_PROXY integrations, where it forwards the client's own method.
   */
  httpMethod?: MethodVerb;
  uri?: string;
  connectionType?: ConnectionType;
  connectionId?: string;
  credentials?: string;
  /** `integration.request.{path|querystring|header}.<name>` to a source expression */
  requestParameters?: Record<string, string>;
  /** content type to VTL template */
  requestTemplates?: Record<string, string>;
  passthroughBehavior?: PassthroughBehavior;
  contentHandling?: ContentHandling;
  timeoutInMillis: number;
  cacheNamespace?: string;
  cacheKeyParameters: string[];
  integrationResponses?: Record<string, IntegrationResponse>;
  tlsConfig?: { insecureSkipVerification?: boolean };
}

export interface IntegrationResponse {
  statusCode: string;
  selectionPattern?: string;
  /** `method.response.header.<name>` to a source expression */
  responseParameters?: Record<string, string>;
  responseTemplates?: Record<string, string>;
  contentHandling?: ContentHandling;
}

export interface Model {
  id: string;
  name: string;
  description?: string;
  /** JSON Schema draft 4, as a string (AWS stores it verbatim). */
  schema?: string;
  contentType: string;
}

export interface RequestValidator {
  id: string;
  name?: string;
  validateRequestBody: boolean;
  validateRequestParameters: boolean;
}

export type AuthorizerType = "TOKEN" | "REQUEST" | "COGNITO_USER_POOLS";

export interface Authorizer {
  id: string;
  name: string;
  type: AuthorizerType;
  providerARNs?: string[];
  authType?: string;
  authorizerUri?: string;
  authorizerCredentials?: string;
  identitySource?: string;
  identityValidationExpression?: string;
  authorizerResultTtlInSeconds?: number;
}

export type GatewayResponseType =
  | "ACCESS_DENIED"
  | "API_CONFIGURATION_ERROR"
  | "AUTHORIZER_CONFIGURATION_ERROR"
  | "AUTHORIZER_FAILURE"
  | "BAD_REQUEST_PARAMETERS"
  | "BAD_REQUEST_BODY"
  | "DEFAULT_4XX"
  | "DEFAULT_5XX"
  | "EXPIRED_TOKEN"
  | "INTEGRATION_FAILURE"
  | "INTEGRATION_TIMEOUT"
  | "INVALID_API_KEY"
  | "INVALID_SIGNATURE"
  | "MISSING_AUTHENTICATION_TOKEN"
  | "QUOTA_EXCEEDED"
  | "REQUEST_TOO_LARGE"
  | "RESOURCE_NOT_FOUND"
  | "THROTTLED"
  | "UNAUTHORIZED"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "WAF_FILTERED";

export interface GatewayResponse {
  responseType: GatewayResponseType;
  statusCode?: string;
  /** `gatewayresponse.header.<name>` to a source expression */
  responseParameters?: Record<string, string>;
  responseTemplates?: Record<string, string>;
  defaultResponse: boolean;
}

export type CacheClusterSize = "0.5" | "1.6" | "6.1" | "13.5" | "28.4" | "58.2" | "118" | "237";
export type UnauthorizedCacheControlHeaderStrategy =
  "FAIL_WITH_403" | "SUCCEED_WITH_RESPONSE_HEADER" | "SUCCEED_WITHOUT_RESPONSE_HEADER";

export interface MethodSetting {
  metricsEnabled: boolean;
  loggingLevel?: "OFF" | "ERROR" | "INFO";
  dataTraceEnabled: boolean;
  throttlingBurstLimit?: number;
  throttlingRateLimit?: number;
  cachingEnabled: boolean;
  cacheTtlInSeconds: number;
  cacheDataEncrypted: boolean;
  requireAuthorizationForCacheControl: boolean;
  unauthorizedCacheControlHeaderStrategy: UnauthorizedCacheControlHeaderStrategy;
}

export interface CanarySettings {
  percentTraffic: number;
  deploymentId?: string;
  stageVariableOverrides?: Record<string, string>;
  useStageCache: boolean;
}

export interface Stage {
  stageName: string;
  deploymentId: string;
  description?: string;
  cacheClusterEnabled: boolean;
  cacheClusterSize?: CacheClusterSize;
  cacheClusterStatus:
    "CREATE_IN_PROGRESS" | "AVAILABLE" | "DELETE_IN_PROGRESS" | "NOT_AVAILABLE" | "FLUSH_IN_PROGRESS";
  /** Keyed `<resourcePath without leading slash>/<METHOD>`; the key star-slash-star is the stage default. */
  methodSettings: Record<string, MethodSetting>;
  variables?: Record<string, string>;
  accessLogSettings?: { format?: string; destinationArn?: string };
  canarySettings?: CanarySettings;
  tracingEnabled: boolean;
  tags?: Record<string, string>;
  documentationVersion?: string;
  clientCertificateId?: string;
  createdDate: number;
  lastUpdatedDate: number;
}

/** What a deployment froze: every resource with its methods, and what the methods refer to. */
export interface ApiSnapshot {
  api: RestApi;
  resources: Resource[];
  models: Model[];
  requestValidators: RequestValidator[];
  authorizers: Authorizer[];
  gatewayResponses: GatewayResponse[];
}

export interface Deployment {
  id: string;
  description?: string;
  createdDate: number;
  /** The frozen configuration this deployment serves; stages point at deployments, never at live config. */
  snapshot: ApiSnapshot;
}

/** A JSON Patch-like operation, as UpdateStage / UpdateMethod / UpdateIntegration take them. */
export interface PatchOperation {
  op: "add" | "remove" | "replace" | "move" | "copy" | "test";
  path: string;
  value?: string;
  from?: string;
}

/** `rateLimit` = steady-state refill in requests per second, `burstLimit` = bucket capacity. */
export interface ThrottleSettings {
  burstLimit?: number;
  rateLimit?: number;
}

export type QuotaPeriodType = "DAY" | "WEEK" | "MONTH";

export interface QuotaSettings {
  /** Target maximum number of requests in one period. */
  limit?: number;
  /** Requests subtracted from the limit in the initial period. */
  offset?: number;
  period?: QuotaPeriodType;
}

/** One API stage of a usage plan (AWS's `ApiStage`). */
export interface UsagePlanApiStage {
  apiId: string;
  stage: string;
  /** Per-method throttles keyed `<resourcePath>/<METHOD>`, e.g. `/pets/GET`, `//GET` for the root. */
  throttle?: Record<string, ThrottleSettings>;
}

/** @see https://docs.aws.amazon.com/apigateway/latest/api/API_UsagePlan.html */
export interface UsagePlan {
  id: string;
  name?: string;
  description?: string;
  apiStages: UsagePlanApiStage[];
  throttle?: ThrottleSettings;
  quota?: QuotaSettings;
  productCode?: string;
  tags?: Record<string, string>;
}

/** @see https://docs.aws.amazon.com/apigateway/latest/api/API_ApiKey.html */
export interface ApiKey {
  id: string;
  /** Returned only with `includeValue` / `includeValues`. */
  value?: string;
  name?: string;
  customerId?: string;
  description?: string;
  enabled: boolean;
  createdDate: number;
  lastUpdatedDate: number;
  /** Legacy `<restApiId>/<stageName>` associations, from before usage plans. */
  stageKeys: string[];
  tags?: Record<string, string>;
}

/** An API key as a member of a usage plan. @see https://docs.aws.amazon.com/apigateway/latest/api/API_UsagePlanKey.html */
export interface UsagePlanKey {
  id: string;
  type: "API_KEY";
  value?: string;
  name?: string;
}
