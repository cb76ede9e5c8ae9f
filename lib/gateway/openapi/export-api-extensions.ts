import type { ApiSnapshot } from "../control/types";
import { dropUndefined } from "./drop-undefined";

/**
 * The API-level `x-amazon-apigateway-*` extensions of an export with `extensions=apigateway`: API key
 * source, binary media types, resource policy, minimum compression size, endpoint settings, request
 * validators and the customized gateway responses, so that importing the export rebuilds them.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions.html
 */
export function toApiExtensions(snapshot: ApiSnapshot): Record<string, unknown> {
  const { api } = snapshot;
  const endpoint = dropUndefined({
    vpcEndpointIds: api.endpointConfiguration.vpcEndpointIds,
    disableExecuteApiEndpoint: api.disableExecuteApiEndpoint ? true : undefined,
  });
  const validators = snapshot.requestValidators.map((validator) => [
    validator.name ?? validator.id,
    {
      validateRequestBody: validator.validateRequestBody,
      validateRequestParameters: validator.validateRequestParameters,
    },
  ]);
  const customized = snapshot.gatewayResponses.filter((response) => !response.defaultResponse);
  const gatewayResponses = customized.map((response) => [
    response.responseType,
    dropUndefined({
      statusCode: response.statusCode,
      responseParameters: response.responseParameters,
      responseTemplates: response.responseTemplates,
    }),
  ]);
  return dropUndefined({
    "x-amazon-apigateway-api-key-source": api.apiKeySource,
    "x-amazon-apigateway-binary-media-types": api.binaryMediaTypes?.length ? api.binaryMediaTypes : undefined,
    "x-amazon-apigateway-policy": api.policy === undefined ? undefined : toPolicyObject(api.policy),
    "x-amazon-apigateway-minimum-compression-size": api.minimumCompressionSize,
    "x-amazon-apigateway-endpoint-configuration": Object.keys(endpoint).length > 0 ? endpoint : undefined,
    "x-amazon-apigateway-request-validators":
      validators.length > 0 ? Object.fromEntries(validators) : undefined,
    "x-amazon-apigateway-gateway-responses":
      gatewayResponses.length > 0 ? Object.fromEntries(gatewayResponses) : undefined,
  });
}

function toPolicyObject(policy: string): unknown {
  try {
    return JSON.parse(policy);
  } catch {
    return policy;
  }
}
