import { dropUndefined } from "./drop-undefined";
import type { PlannedIntegration, PlannedIntegrationResponse } from "./definition-types";
import { InvalidDefinitionError } from "./invalid-definition-error";
import {
  isDefinitionObject,
  readBoolean,
  readInteger,
  readObject,
  readString,
  readStringList,
  readStringMap,
} from "./read-definition-value";

export const INTEGRATION = "x-amazon-apigateway-integration";

const INTEGRATION_FIELDS = [
  "type",
  "uri",
  "httpMethod",
  "credentials",
  "passthroughBehavior",
  "requestTemplates",
  "requestParameters",
  "responses",
  "contentHandling",
  "timeoutInMillis",
  "cacheKeyParameters",
  "cacheNamespace",
  "connectionType",
  "connectionId",
  "tlsConfig",
];

/**
 * `x-amazon-apigateway-integration` as PutIntegration and PutIntegrationResponse inputs. `type` and
 * `passthroughBehavior` may be written in lower case, as exports write them. Each key of `responses` is
 * the selection pattern of one integration response, `default` meaning none (the default response).
 * Fields that only HTTP APIs use are reported as warnings.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration-responses.html
 */
export function planIntegration(
  operation: Record<string, unknown>,
  operationLocation: string,
  warnings: string[],
): { integration?: PlannedIntegration; integrationResponses: PlannedIntegrationResponse[] } {
  if (operation[INTEGRATION] === undefined) return { integrationResponses: [] };
  const source = readObject(operation, INTEGRATION, operationLocation);
  const at = `${operationLocation}.${INTEGRATION}`;
  for (const key of Object.keys(source)) {
    if (!INTEGRATION_FIELDS.includes(key))
      warnings.push(`${at}.${key}: not a REST API integration field; ignored`);
  }
  const integration: PlannedIntegration = {
    type: (readString(source, "type", at) ?? "").toUpperCase(),
    integrationHttpMethod: readString(source, "httpMethod", at)?.toUpperCase(),
    uri: readString(source, "uri", at),
    credentials: readString(source, "credentials", at),
    passthroughBehavior: readString(source, "passthroughBehavior", at)?.toUpperCase(),
    requestTemplates: readStringMap(source, "requestTemplates", at),
    requestParameters: readStringMap(source, "requestParameters", at),
    contentHandling: readString(source, "contentHandling", at),
    timeoutInMillis: readInteger(source, "timeoutInMillis", at),
    cacheKeyParameters: readStringList(source, "cacheKeyParameters", at),
    cacheNamespace: readString(source, "cacheNamespace", at),
    connectionType: readString(source, "connectionType", at),
    connectionId: readString(source, "connectionId", at),
    tlsConfig: readTlsConfig(source, at),
  };
  return {
    integration: dropUndefined(integration),
    integrationResponses: planIntegrationResponses(source, at),
  };
}

function planIntegrationResponses(source: Record<string, unknown>, at: string): PlannedIntegrationResponse[] {
  const responses = readObject(source, "responses", at);
  return Object.keys(responses).map((pattern) => {
    const location = `${at}.responses.${pattern}`;
    const response = readObject(responses, pattern, `${at}.responses`);
    const statusCode = readString(response, "statusCode", location);
    if (statusCode === undefined) throw new InvalidDefinitionError(`${location}.statusCode: required`);
    const planned: PlannedIntegrationResponse = {
      statusCode,
      selectionPattern: pattern === "default" ? undefined : pattern,
      responseTemplates: readStringMap(response, "responseTemplates", location),
      responseParameters: readStringMap(response, "responseParameters", location),
      contentHandling: readString(response, "contentHandling", location),
    };
    return dropUndefined(planned);
  });
}

function readTlsConfig(source: Record<string, unknown>, at: string): PlannedIntegration["tlsConfig"] {
  if (!isDefinitionObject(source.tlsConfig)) return undefined;
  const insecure = readBoolean(source.tlsConfig, "insecureSkipVerification", `${at}.tlsConfig`);
  return insecure === undefined ? {} : { insecureSkipVerification: insecure };
}
