import type { Integration, Resource } from "../control/types";
import { dropUndefined } from "./drop-undefined";

/**
 * An integration as `x-amazon-apigateway-integration`: `type` and `passthroughBehavior` in lower case as
 * AWS exports them, each integration response under its selection pattern (`default` when it has none).
 * The cache namespace is written only when it is not the resource's own id, the default an import gives.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html
 */
export function toIntegrationExtension(
  integration: Integration,
  resource: Resource,
): Record<string, unknown> {
  const extension = dropUndefined({
    type: integration.type.toLowerCase(),
    httpMethod: integration.httpMethod,
    uri: integration.uri,
    credentials: integration.credentials,
    connectionType: integration.connectionType === "VPC_LINK" ? integration.connectionType : undefined,
    connectionId: integration.connectionId,
    requestParameters: integration.requestParameters,
    requestTemplates: integration.requestTemplates,
    passthroughBehavior: integration.passthroughBehavior?.toLowerCase(),
    contentHandling: integration.contentHandling,
    timeoutInMillis: integration.timeoutInMillis,
    cacheNamespace: integration.cacheNamespace === resource.id ? undefined : integration.cacheNamespace,
    cacheKeyParameters: integration.cacheKeyParameters,
    tlsConfig: integration.tlsConfig,
  });
  const responses = Object.values(integration.integrationResponses ?? {});
  if (responses.length === 0) return extension;
  return {
    ...extension,
    responses: Object.fromEntries(
      responses.map((response) => [
        response.selectionPattern || "default",
        dropUndefined({
          statusCode: response.statusCode,
          responseParameters: response.responseParameters,
          responseTemplates: response.responseTemplates,
          contentHandling: response.contentHandling,
        }),
      ]),
    ),
  };
}
