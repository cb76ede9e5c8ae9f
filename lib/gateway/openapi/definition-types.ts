import type {
  PutIntegrationInput,
  PutIntegrationResponseInput,
  PutMethodResponseInput,
} from "../control/api-inputs";
import type { CreateAuthorizerInput, PutGatewayResponseInput } from "../control/definition-inputs";
import type { AuthorizationType } from "../control/types";

/**
 * What an import turns a definition into: plain data naming things by path and name, never by id, so
 * that the control plane can apply it with its own operations (and their validation) to a new API
 * (ImportRestApi) or an existing one (PutRestApi).
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-import-api.html
 */

/** A parsed definition: the document's root object. */
export type DefinitionDocument = Record<string, unknown>;

/** `swagger` for Swagger 2.0, `oas30` for OpenAPI 3.0: GetExport's `exportType` names. */
export type DefinitionVersion = "swagger" | "oas30";

/** How the definition's base path becomes resources (`basepath` import parameter). */
export type BasePathMode = "ignore" | "prepend" | "split";

type WithoutIds<T> = Omit<T, "restApiId" | "resourceId" | "httpMethod">;

/** RestApi fields the definition sets: `info` and the root `x-amazon-apigateway-*` extensions. */
export interface PlannedApiSettings {
  name?: string;
  description?: string;
  version?: string;
  binaryMediaTypes?: string[];
  minimumCompressionSize?: number;
  apiKeySource?: string;
  /** JSON text, as RestApi stores it. */
  policy?: string;
  endpointTypes?: string[];
  vpcEndpointIds?: string[];
  disableExecuteApiEndpoint?: boolean;
}

/** A model; its schema still refers to the others as `#/definitions/X` or `#/components/schemas/X`. */
export interface PlannedModel {
  name: string;
  description?: string;
  contentType: string;
  schema: unknown;
}

export interface PlannedRequestValidator {
  name: string;
  validateRequestBody: boolean;
  validateRequestParameters: boolean;
}

export type PlannedAuthorizer = WithoutIds<CreateAuthorizerInput>;
export type PlannedGatewayResponse = Omit<PutGatewayResponseInput, "restApiId">;
export type PlannedMethodResponse = WithoutIds<PutMethodResponseInput>;
export type PlannedIntegration = WithoutIds<PutIntegrationInput>;
export type PlannedIntegrationResponse = WithoutIds<PutIntegrationResponseInput>;

/** One operation of the definition as a method, its responses and its integration. */
export interface PlannedMethod {
  /** The resource path after the base path was applied: `/pets/{petId}`. */
  path: string;
  /** `GET`... or `ANY` for `x-amazon-apigateway-any-method`. */
  httpMethod: string;
  /** Where the operation is in the document, for messages: `paths.'/pets'(get)`. */
  location: string;
  authorizationType: AuthorizationType;
  /** The security scheme (authorizer) name, resolved to an id when applied. */
  authorizerName?: string;
  authorizationScopes?: string[];
  apiKeyRequired: boolean;
  operationName?: string;
  requestParameters: Record<string, boolean>;
  /** Content type to model name. */
  requestModels: Record<string, string>;
  requestValidatorName?: string;
  methodResponses: PlannedMethodResponse[];
  integration?: PlannedIntegration;
  integrationResponses: PlannedIntegrationResponse[];
}

export interface ImportPlan {
  settings: PlannedApiSettings;
  models: PlannedModel[];
  requestValidators: PlannedRequestValidator[];
  authorizers: PlannedAuthorizer[];
  /** Every resource path the definition needs, parents before children (the root excluded). */
  resourcePaths: string[];
  methods: PlannedMethod[];
  gatewayResponses: PlannedGatewayResponse[];
  /** What the definition holds that the import ignores (AWS returns these as `warnings`). */
  warnings: string[];
}

/** What a planner step reads and where it reports what it skips. */
export interface PlanContext {
  document: DefinitionDocument;
  version: DefinitionVersion;
  warnings: string[];
}
