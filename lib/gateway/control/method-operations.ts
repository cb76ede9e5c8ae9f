import { BadRequestException, ConflictException } from "./api-gateway-error";
import type { MethodIdInput, PutMethodInput } from "./api-inputs";
import type { ControlContext } from "./control-context";
import type { RestApiRecord } from "./control-state";
import { findRestApiRecord, getMethodOrThrow, getResourceOrThrow } from "./lookups";
import type { AuthorizationType, Method, MethodVerb } from "./types";

const METHOD_VERBS: readonly MethodVerb[] = [
  "GET",
  "PUT",
  "POST",
  "DELETE",
  "PATCH",
  "OPTIONS",
  "HEAD",
  "ANY",
];
const AUTHORIZATION_TYPES: readonly AuthorizationType[] = ["NONE", "AWS_IAM", "CUSTOM", "COGNITO_USER_POOLS"];
const REQUEST_PARAMETER =
  /^method\.request\.(path|querystring|header|multivaluequerystring|multivalueheader)\.[^.\s]+$/;

/**
 * PutMethod: creates the method; it has no integration or method response yet.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_PutMethod.html
 */
export function putMethod(ctx: ControlContext, input: PutMethodInput): Method {
  const resource = getResourceOrThrow(ctx, input.restApiId, input.resourceId);
  const record = findRestApiRecord(ctx, input.restApiId) as RestApiRecord;
  const httpMethod = assertMethodVerb(input.httpMethod);
  // [UNVERIFIED] wording; PutMethod does not replace an existing method, UpdateMethod does.
  if (resource.resourceMethods?.[httpMethod])
    throw new ConflictException("Method already exists for this resource");
  if (input.requestParameters) assertRequestParametersValid(Object.keys(input.requestParameters));
  // AWS accepts the type in any case and stores it upper-cased [LS implementation].
  const authorizationType = (input.authorizationType ?? "").toUpperCase() as AuthorizationType;
  if (!AUTHORIZATION_TYPES.includes(authorizationType)) {
    // [UNVERIFIED] wording, modelled on the recorded HttpMethod message.
    throw new BadRequestException(
      "Invalid authorization type specified. Valid options are NONE,AWS_IAM,CUSTOM,COGNITO_USER_POOLS",
    );
  }
  if (needsAuthorizer(authorizationType)) assertAuthorizerValid(record, input.authorizerId);
  if (input.requestValidatorId !== undefined) assertRequestValidatorValid(record, input.requestValidatorId);
  for (const modelName of Object.values(input.requestModels ?? {})) assertModelExists(record, modelName);

  const method: Method = { httpMethod, authorizationType, apiKeyRequired: input.apiKeyRequired ?? false };
  if (needsAuthorizer(authorizationType)) method.authorizerId = input.authorizerId;
  if (input.operationName !== undefined) method.operationName = input.operationName;
  if (input.requestParameters) method.requestParameters = { ...input.requestParameters };
  if (input.requestModels) method.requestModels = { ...input.requestModels };
  if (input.requestValidatorId) method.requestValidatorId = input.requestValidatorId;
  if (input.authorizationScopes) method.authorizationScopes = [...input.authorizationScopes];
  resource.resourceMethods = { ...resource.resourceMethods, [httpMethod]: method };
  return structuredClone(method);
}

/** GetMethod: the method with its method responses and integration. */
export function getMethod(ctx: ControlContext, input: MethodIdInput): Method {
  const resource = getResourceOrThrow(ctx, input.restApiId, input.resourceId);
  return structuredClone(getMethodOrThrow(resource, input.httpMethod));
}

/** DeleteMethod: the method, its integration and its responses. */
export function deleteMethod(ctx: ControlContext, input: MethodIdInput): void {
  const resource = getResourceOrThrow(ctx, input.restApiId, input.resourceId);
  getMethodOrThrow(resource, input.httpMethod);
  const { [input.httpMethod as MethodVerb]: _removed, ...remaining } = resource.resourceMethods ?? {};
  if (Object.keys(remaining).length > 0) resource.resourceMethods = remaining;
  else delete resource.resourceMethods;
}

/** [REC] "Invalid HttpMethod specified. Valid options are GET,PUT,POST,DELETE,PATCH,OPTIONS,HEAD,ANY". */
export function assertMethodVerb(httpMethod: string): MethodVerb {
  if (!(METHOD_VERBS as readonly string[]).includes(httpMethod)) {
    throw new BadRequestException(
      `Invalid HttpMethod specified. Valid options are ${METHOD_VERBS.join(",")}`,
    );
  }
  return httpMethod as MethodVerb;
}

export function needsAuthorizer(authorizationType: string): boolean {
  return authorizationType === "CUSTOM" || authorizationType === "COGNITO_USER_POOLS";
}

/** [REC test_put_method_validation "missing-authorizer-id"]. */
export function assertAuthorizerValid(record: RestApiRecord, authorizerId: string | undefined): void {
  if (!authorizerId || !record.authorizers.some((authorizer) => authorizer.id === authorizerId)) {
    throw new BadRequestException(
      "Invalid authorizer ID specified. Setting the authorization type to CUSTOM or COGNITO_USER_POOLS requires a valid authorizer.",
    );
  }
}

/** PutMethod answers 400 here, not 404 [REC test_put_method_validation "invalid-request-validator"]. */
export function assertRequestValidatorValid(record: RestApiRecord, requestValidatorId: string): void {
  if (!record.requestValidators.some((validator) => validator.id === requestValidatorId)) {
    throw new BadRequestException("Invalid Request Validator identifier specified");
  }
}

/** [REC test_put_method_validation "invalid-model-name"]. */
export function assertModelExists(record: RestApiRecord, modelName: string): void {
  if (!record.models.some((model) => model.name === modelName)) {
    throw new BadRequestException(`Invalid model identifier specified: ${modelName}`);
  }
}

/** Keys `method.request.{path|querystring|header}.name`, names unique across locations [REC test_method_request_parameters]. */
export function assertRequestParametersValid(keys: readonly string[]): void {
  const invalid = keys.find((key) => !REQUEST_PARAMETER.test(key));
  if (invalid) {
    // [UNVERIFIED] wording, modelled on the recorded mapping expression message.
    throw new BadRequestException(
      `Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression specified: ${invalid}]`,
    );
  }
  const names = keys.map((key) => key.slice(key.lastIndexOf(".") + 1));
  if (new Set(names).size !== names.length) {
    throw new BadRequestException("Parameter names must be unique across querystring, header and path");
  }
}
