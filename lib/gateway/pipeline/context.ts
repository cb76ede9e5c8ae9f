/**
 * The InvocationContext: one per request, with one typed slot per stage. A stage reads earlier slots and
 * writes only its own (STYLE.md habit 2), which is what lets each stage be tested alone.
 */
import type { Clock, Random } from "../ports";
import type { StageCacheRegistry } from "../caching";
import type { ThrottleRegistry } from "../throttling";
import type { MethodRequestValues } from "../validation";
import type { ContextOverrides } from "../vtl";
import type { AwsServices } from "../services";
import type { HttpBackendRegistry } from "../backends";
import type { AuthorizerResultCache } from "../authorizers/lambda";
import type { ApiKeyForRequest, UsagePlan } from "../control";
import type { UserPoolDirectory } from "../cognito";
import type { IamStore } from "../iam";
import type { ApiSnapshot, CanarySettings, Method, Resource, Stage } from "../control/types";
import type { GatewayError } from "../errors";
import type { GatewayHttpResponse, GatewayRequest, HeaderMap } from "./request";
import type { QueryParameters } from "./query-string";
import type { TraceEntry } from "./trace";

/** A stage as it is served: its frozen deployment, and the canary's when one is configured. */
export interface DeployedStage {
  apiId: string;
  stage: Stage;
  deploymentId: string;
  snapshot: ApiSnapshot;
  canary?: { deploymentId: string; snapshot: ApiSnapshot; settings: CanarySettings };
}

/** Where the data plane finds what is deployed; the control plane implements it. */
export interface StageDirectory {
  findStage(apiId: string, stageName: string): DeployedStage | undefined;
}

/** What the pipeline needs of the Lambda service (lib/gateway/runtime implements it). */
export interface LambdaInvoker {
  invoke(
    functionName: string,
    payload: string,
  ): Promise<{
    payload: string;
    functionError?: "Unhandled";
    durationMs: number;
    initDurationMs?: number;
    requestId: string;
  }>;
}

/** The API keys and usage plans of the sandbox, as the data plane needs them (the control plane implements it). */
export interface ApiKeyDirectory {
  findApiKeyForRequest(
    apiKeyValue: string | null | undefined,
    restApiId: string,
    stageName: string,
  ): ApiKeyForRequest;
  /** Counts one metered request, so quotas survive a restart. */
  recordQuotaUsage(input: { usagePlanId: string; keyId: string; nowMs?: number }): void;
}

/** Long-lived collaborators shared by every request of one engine. */
export interface EngineEnv {
  clock: Clock;
  random: Random;
  accountId: string;
  region: string;
  stages: StageDirectory;
  /** Token buckets and quotas of this sandbox (account, stage, method, usage plan). */
  throttles: ThrottleRegistry;
  /** Stage response caches of this sandbox. */
  caches: StageCacheRegistry;
  /** Lambda authorizer results, keyed by API, stage, authorizer and identity. */
  authorizerCache: AuthorizerResultCache;
  /** The sandbox's Lambda functions, for AWS and AWS_PROXY integrations to Lambda. */
  lambda?: LambdaInvoker;
  /** The sandbox's simulated AWS services, for AWS service integrations. */
  services?: AwsServices;
  /** The sandbox's IAM users, access keys and policies, for AWS_IAM methods and resource policies. */
  iam?: IamStore;
  /** The sandbox's Cognito user pools, for COGNITO_USER_POOLS authorizers. */
  userPools?: UserPoolDirectory;
  /** API keys and usage plans (methods with apiKeyRequired). */
  apiKeys?: ApiKeyDirectory;
  /** The sandbox's HTTP backends, for HTTP and HTTP_PROXY integrations (no outbound network). */
  backends?: HttpBackendRegistry;
}

/** Slot written by parseRequest. */
export interface ParsedRequest {
  /** After X-HTTP-Method-Override. */
  httpMethod: string;
  stageName: string;
  /** The path without the stage, not decoded: `/pets/a%2Fb`. */
  path: string;
  /** `/{stage}{path}` as sent (keeps a doubled slash after the stage: REC). */
  stagePath: string;
  headers: HeaderMap;
  query: QueryParameters;
  /** The body as text (UTF-8), or null when the request has none. */
  body: string | null;
  bodyBytes: number;
}

/** Slot written by routeRequest. */
export interface RoutedRequest {
  deployed: DeployedStage;
  /** The deployment serving this request (the canary's for requests sent to the canary). */
  snapshot: ApiSnapshot;
  isCanary: boolean;
  stageVariables: Record<string, string>;
  resource: Resource;
  method: Method;
  pathParameters: Record<string, string> | null;
}

/** Slot written by the authorization stages: who the caller is, as `$context.authorizer` and `$context.identity` show it. */
export interface AuthSlot {
  /** Lambda authorizer: `principalId`. */
  principalId?: string;
  /** Lambda authorizer `context`, values already strings (DOC). */
  context?: Record<string, string>;
  /** Cognito user pool authorizer: the token's claims as strings. */
  claims?: Record<string, string>;
  /** Identity fields IAM authentication or API keys fill in. */
  identity?: Partial<
    Record<
      "accountId" | "caller" | "user" | "userArn" | "accessKey" | "principalOrgId" | "apiKey" | "apiKeyId",
      string | null
    >
  >;
  /** The API key a Lambda authorizer returned (apiKeySource AUTHORIZER). */
  usageIdentifierKey?: string;
  /** Milliseconds the authorizer Lambda took (0 when served from the authorizer cache). */
  authorizerLatencyMs?: number;
}

/** Slot written by lookupCache and read by storeCache. */
export interface CacheSlot {
  key: string;
  ttlSeconds: number;
  /** Whether the response should be stored (a miss, or an authorised invalidation). */
  store: boolean;
  hit: boolean;
  /** Headers to add to the response (the Warning for an ignored Cache-Control). */
  extraHeaders: Array<[string, string]>;
}

/** Slot written by mapIntegrationRequest: what goes to the backend. */
export interface IntegrationRequestSlot {
  /** The body after the request template (or passed through). */
  body: string | null;
  /** Integration request parameters after mappings and `$context.requestOverride`. */
  path: Record<string, string>;
  querystring: Record<string, string[]>;
  header: Record<string, string>;
  /** `$context` as the templates saw it (shared with the response templates). */
  contextVariables: Record<string, unknown>;
  overrides?: ContextOverrides;
}

/** Slot written by invokeIntegration: what the backend answered (non-proxy integrations). */
export interface IntegrationResultSlot {
  /** The integration's HTTP status (200 for a Lambda invocation, even a failed one). */
  statusCode: number;
  headers: Array<[string, string]>;
  body: string;
  /** A Lambda function error's `errorMessage`, matched against selection patterns (null when absent). */
  lambdaErrorMessage?: string | null;
  latencyMs: number;
}

/** Slot written by mapIntegrationResponse, read by mapMethodResponse. */
export interface MethodResponseDraft {
  statusCode: number;
  body: string | Uint8Array;
  contentType: string;
  headers: Record<string, string>;
}

export interface InvocationContext {
  readonly env: EngineEnv;
  readonly request: GatewayRequest;
  readonly requestId: string;
  readonly extendedRequestId: string;
  /** Clock reading when the request arrived (epoch ms). */
  readonly receivedAt: number;
  readonly trace: TraceEntry[];
  parsed?: ParsedRequest;
  routed?: RoutedRequest;
  /** The method request's headers, query string and path parameters, as validation, cache keys and mappings see them. */
  methodValues?: MethodRequestValues;
  auth?: AuthSlot;
  /** Slot written by validateApiKey: the key and the usage plan metering this request. */
  apiKey?: { id: string; value: string; usagePlan: UsagePlan; planStartMs: number };
  cache?: CacheSlot;
  integrationRequest?: IntegrationRequestSlot;
  integrationResult?: IntegrationResultSlot;
  methodResponse?: MethodResponseDraft;
  /** Milliseconds the integration took (IntegrationLatency). */
  integrationLatencyMs?: number;
  error?: GatewayError;
  response?: GatewayHttpResponse;
}
