/**
 * The request as a Lambda authorizer sees it. Its fields are the Lambda proxy event's (format 1.0) plus
 * where the API runs, so the pipeline can build it from `buildLambdaProxyEvent(ctx)`: a REQUEST
 * authorizer's event carries the same headers, query string, path parameters, stage variables and
 * requestContext as the proxy event [DOC], and identity sources are read from the same views.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-input.html
 */

export interface AuthorizerRequest {
  readonly region: string;
  readonly accountId: string;
  readonly apiId: string;
  /** The stage name. */
  readonly stage: string;
  /** The method invoked (after X-HTTP-Method-Override). */
  readonly httpMethod: string;
  /** The resource template, e.g. `/pets/{petId}` (the event's `resource`). */
  readonly resource: string;
  /** The stage-relative path as sent, e.g. `/pets/42` (the event's `path` and the method ARN's path). */
  readonly path: string;
  /** Header name as sent → last value. Names are matched case-insensitively. */
  readonly headers: Readonly<Record<string, string>> | null;
  readonly multiValueHeaders: Readonly<Record<string, readonly string[]>> | null;
  /** Decoded query-string name → last value. Names are matched case-sensitively. */
  readonly queryStringParameters: Readonly<Record<string, string>> | null;
  readonly multiValueQueryStringParameters: Readonly<Record<string, readonly string[]>> | null;
  readonly pathParameters: Readonly<Record<string, string>> | null;
  /** null when the stage has none, as in the proxy event. */
  readonly stageVariables: Readonly<Record<string, string>> | null;
  /** The proxy event's `requestContext` (sent as is in a REQUEST authorizer's event). */
  readonly requestContext: Readonly<Record<string, unknown>>;
  /** `$context` for `context.*` identity sources; the requestContext is read when absent. */
  readonly contextVariables?: Readonly<Record<string, unknown>>;
}
