/**
 * The events API Gateway sends a Lambda authorizer, key for key as documented: TOKEN gets the token and the
 * method ARN; REQUEST gets the request's headers, query string, path parameters, stage variables and the
 * requestContext the proxy event carries (REST events have no `body` and no `version`).
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-input.html
 */
import type { AuthorizerRequest } from "./authorizer-request";

export interface TokenAuthorizerEvent {
  type: "TOKEN";
  authorizationToken: string;
  methodArn: string;
}

export interface RequestAuthorizerEvent {
  type: "REQUEST";
  methodArn: string;
  resource: string;
  path: string;
  httpMethod: string;
  headers: Record<string, string> | null;
  multiValueHeaders: Record<string, string[]> | null;
  queryStringParameters: Record<string, string> | null;
  multiValueQueryStringParameters: Record<string, string[]> | null;
  pathParameters: Record<string, string> | null;
  stageVariables: Record<string, string> | null;
  requestContext: Record<string, unknown>;
}

export type LambdaAuthorizerEvent = TokenAuthorizerEvent | RequestAuthorizerEvent;

export function buildTokenAuthorizerEvent(
  authorizationToken: string,
  methodArn: string,
): TokenAuthorizerEvent {
  return { type: "TOKEN", authorizationToken, methodArn };
}

function copyOrNull<T>(map: Readonly<Record<string, T>> | null): Record<string, T> | null {
  return map ? { ...map } : null;
}

function copyListsOrNull(
  map: Readonly<Record<string, readonly string[]>> | null,
): Record<string, string[]> | null {
  if (!map) return null;
  return Object.fromEntries(Object.entries(map).map(([name, values]) => [name, [...values]]));
}

export function buildRequestAuthorizerEvent(
  request: AuthorizerRequest,
  methodArn: string,
): RequestAuthorizerEvent {
  return {
    type: "REQUEST",
    methodArn,
    resource: request.resource,
    path: request.path,
    httpMethod: request.httpMethod,
    headers: copyOrNull(request.headers),
    multiValueHeaders: copyListsOrNull(request.multiValueHeaders),
    queryStringParameters: copyOrNull(request.queryStringParameters),
    multiValueQueryStringParameters: copyListsOrNull(request.multiValueQueryStringParameters),
    pathParameters: copyOrNull(request.pathParameters),
    stageVariables: copyOrNull(request.stageVariables),
    requestContext: { ...request.requestContext },
  };
}
