import { BadRequestException, LimitExceededException } from "./api-gateway-error";
import type { CreateRestApiInput, PageInput, RestApiIdInput } from "./api-inputs";
import { nowInSeconds, type ControlContext } from "./control-context";
import type { RestApiRecord } from "./control-state";
import { createDefaultModels } from "./create-default-models";
import { createId } from "./create-id";
import { getRestApiRecordOrThrow } from "./lookups";
import { paginate } from "./paginate";
import { endpointConfigurationViolations, toEndpointConfiguration } from "./to-endpoint-configuration";
import type { ApiKeySource, EndpointType, RestApi } from "./types";
import { enumViolation, throwIfValidationErrors } from "./validation-errors";

const API_KEY_SOURCES: readonly ApiKeySource[] = ["HEADER", "AUTHORIZER"];
const MAX_COMPRESSION_SIZE = 10_485_760;

/** Regional and private APIs per Region: 600; edge-optimized: 120 [DOC spec 7.3]. */
const API_QUOTAS: Readonly<Record<EndpointType, number>> = { REGIONAL: 600, PRIVATE: 600, EDGE: 120 };

/**
 * CreateRestApi: a new API with its root resource `/` and the default models `Empty` and `Error`.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_CreateRestApi.html
 */
export function createRestApi(ctx: ControlContext, input: CreateRestApiInput): RestApi {
  throwIfValidationErrors([
    ...endpointConfigurationViolations(input.endpointConfiguration),
    ...(input.apiKeySource !== undefined &&
    !(API_KEY_SOURCES as readonly string[]).includes(input.apiKeySource)
      ? [enumViolation(input.apiKeySource, "createRestApiInput.apiKeySource", API_KEY_SOURCES)]
      : []),
  ]);
  // [UNVERIFIED] message for a missing name; the SDK refuses it client-side.
  if (!input.name) throw new BadRequestException("Invalid REST API name specified");
  if (input.description === "") throw new BadRequestException("Description cannot be an empty string");
  assertCompressionSizeValid(input.minimumCompressionSize);
  const endpointConfiguration = toEndpointConfiguration(input.endpointConfiguration);
  assertApiQuotaAvailable(ctx, endpointConfiguration.types[0] ?? "EDGE");

  const restApi = toRestApi(ctx, input, endpointConfiguration);
  ctx.state.restApis.push(toRestApiRecord(ctx, restApi));
  return structuredClone(restApi);
}

/** [REC] "Invalid minimum compression size, must be between 0 and 10485760". */
export function assertCompressionSizeValid(size: number | undefined): void {
  if (size === undefined) return;
  if (!Number.isInteger(size) || size < 0 || size > MAX_COMPRESSION_SIZE) {
    throw new BadRequestException(
      `Invalid minimum compression size, must be between 0 and ${MAX_COMPRESSION_SIZE}`,
    );
  }
}

function assertApiQuotaAvailable(ctx: ControlContext, type: EndpointType): void {
  const count = ctx.state.restApis.filter(
    (record) => record.restApi.endpointConfiguration.types[0] === type,
  ).length;
  if (count >= API_QUOTAS[type]) {
    // [UNVERIFIED] wording, modelled on the recorded resource quota message.
    throw new LimitExceededException(
      `Maximum number of ${type} APIs for this account has been reached.  Please contact AWS if you need additional APIs.`,
    );
  }
}

function toRestApi(
  ctx: ControlContext,
  input: CreateRestApiInput,
  endpointConfiguration: RestApi["endpointConfiguration"],
): RestApi {
  const taken = (id: string) => ctx.state.restApis.some((record) => record.restApi.id === id);
  const restApi: RestApi = {
    id: createId(ctx.random, 10, taken),
    name: input.name,
    createdDate: nowInSeconds(ctx),
    apiKeySource: (input.apiKeySource ?? "HEADER") as ApiKeySource,
    endpointConfiguration,
    disableExecuteApiEndpoint: input.disableExecuteApiEndpoint ?? false,
    rootResourceId: createId(ctx.random, 10),
  };
  if (input.description !== undefined) restApi.description = input.description;
  if (input.version) restApi.version = input.version;
  // An empty binaryMediaTypes list is not echoed [REC create-with-empty-binary-media].
  if (input.binaryMediaTypes?.length) restApi.binaryMediaTypes = [...input.binaryMediaTypes];
  if (input.minimumCompressionSize !== undefined)
    restApi.minimumCompressionSize = input.minimumCompressionSize;
  if (input.policy !== undefined) restApi.policy = input.policy;
  if (input.tags && Object.keys(input.tags).length > 0) restApi.tags = { ...input.tags };
  return restApi;
}

function toRestApiRecord(ctx: ControlContext, restApi: RestApi): RestApiRecord {
  return {
    restApi,
    resources: [{ id: restApi.rootResourceId, path: "/" }],
    models: createDefaultModels(() => createId(ctx.random, 6)),
    requestValidators: [],
    authorizers: [],
    gatewayResponses: {},
    deployments: [],
    stages: [],
  };
}

/** GetRestApi. @see https://docs.aws.amazon.com/apigateway/latest/api/API_GetRestApi.html */
export function getRestApi(ctx: ControlContext, input: RestApiIdInput): RestApi {
  return structuredClone(getRestApiRecordOrThrow(ctx, input.restApiId).restApi);
}

/** GetRestApis, in creation order. @see https://docs.aws.amazon.com/apigateway/latest/api/API_GetRestApis.html */
export function getRestApis(
  ctx: ControlContext,
  input: PageInput = {},
): { items: RestApi[]; position?: string } {
  const page = paginate(ctx.state.restApis, input.position, input.limit);
  return { ...page, items: page.items.map((record) => structuredClone(record.restApi)) };
}

/**
 * DeleteRestApi: the API, its deployments and its stages go at once.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_DeleteRestApi.html
 */
export function deleteRestApi(ctx: ControlContext, input: RestApiIdInput): void {
  const record = getRestApiRecordOrThrow(ctx, input.restApiId);
  ctx.state.restApis.splice(ctx.state.restApis.indexOf(record), 1);
  ctx.emit({ type: "RestApiDeleted", restApiId: input.restApiId });
}
