/**
 * The data parameter mappings read from. Multi-valued maps keep every value in arrival order: the
 * single-value forms (`method.request.header.x`, `querystring.x`) take the last value, the multi-value forms
 * take them all.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html
 */

export interface MethodRequestData {
  path: Readonly<Record<string, string>>;
  querystring: Readonly<Record<string, readonly string[]>>;
  /** Header names as the client spelled them; lookups ignore case. */
  header: Readonly<Record<string, readonly string[]>>;
  /** The body as text, or null when the request has none. */
  body: string | null;
}

export interface IntegrationResponseData {
  header: Readonly<Record<string, readonly string[]>>;
  body: string | null;
}

export interface MappingSources {
  /** `method.request.*`: integration request parameters and gateway response headers. */
  methodRequest?: MethodRequestData;
  /** `integration.response.*`: method response headers. */
  integrationResponse?: IntegrationResponseData;
  /** `stageVariables.*`. */
  stageVariables?: Readonly<Record<string, string>>;
  /** `context.*` (dotted names reach nested variables: `context.identity.sourceIp`). */
  context?: Readonly<Record<string, unknown>>;
}

/** A mapped value: one string, every value of a multi-value query string, or nothing. */
export type MappingValue = string | string[] | undefined;
