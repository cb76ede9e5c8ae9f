import { BadRequestException } from "./api-gateway-error";
import type { ControlContext } from "./control-context";
import {
  toCorsHeaderValues,
  toDeclaredHeaders,
  toStaticMappings,
  type CorsHeaderValues,
} from "./cors-header-values";
import { putGatewayResponse } from "./gateway-response-operations";
import { putIntegrationResponse } from "./integration-response-operations";
import { getMethodOrThrow, getResourceOrThrow, getRestApiRecordOrThrow } from "./lookups";
import { assertMethodVerb, putMethod } from "./method-operations";
import { putMethodResponse } from "./method-response-operations";
import { putIntegration } from "./put-integration";
import type { GatewayResponseType, Method, MethodVerb, Resource } from "./types";

const METHOD_HEADER = "method.response.header.";
const GATEWAY_HEADER = "gatewayresponse.header.";
const PREFLIGHT_TEMPLATE = '{"statusCode": 200}';

export interface EnableCorsInput {
  restApiId: string;
  resourceId: string;
  /** The methods to enable CORS for (default: every method of the resource); OPTIONS is always added. */
  allowMethods?: string[];
  /** Default: `Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token`. */
  allowHeaders?: string[];
  /** Default `*`. */
  allowOrigin?: string;
  exposeHeaders?: string[];
  /** Seconds, for `Access-Control-Max-Age` on the preflight response. */
  maxAge?: number;
  /** Also add the headers to these gateway responses (the console offers DEFAULT 4XX and DEFAULT 5XX). */
  gatewayResponses?: ("DEFAULT_4XX" | "DEFAULT_5XX")[];
}

export interface EnableCorsOutput {
  /** The preflight headers with their values, as the OPTIONS response will carry them. */
  headers: Record<string, string>;
  /** Methods whose 200 response now carries `Access-Control-Allow-Origin`. */
  updatedMethods: MethodVerb[];
  /** Proxy-integrated methods left alone: their backend must return the headers itself [DOC]. */
  skippedMethods: MethodVerb[];
  gatewayResponses: GatewayResponseType[];
}

/**
 * Not an AWS action: what the console's "Enable CORS" does to a resource, as API operations. It adds (or
 * reconfigures) an OPTIONS method with a MOCK integration answering `{"statusCode": 200}`, whose 200
 * method response declares the `Access-Control-Allow-*` headers and whose 200 integration response maps
 * them to static values; adds `Access-Control-Allow-Origin` to the 200 responses of the chosen non-proxy
 * methods; optionally adds the headers to DEFAULT_4XX/DEFAULT_5XX. Not recursive; the API must be
 * redeployed for it to take effect, as on AWS [DOC spec 1.4].
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors-console.html
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html
 */
export function enableCors(ctx: ControlContext, input: EnableCorsInput): EnableCorsOutput {
  const resource = getResourceOrThrow(ctx, input.restApiId, input.resourceId);
  for (const type of input.gatewayResponses ?? [])
    if (type !== "DEFAULT_4XX" && type !== "DEFAULT_5XX")
      throw new BadRequestException(
        `Enable CORS applies to DEFAULT_4XX and DEFAULT_5XX only, not ${String(type)}`,
      );
  const chosen = (input.allowMethods ?? Object.keys(resource.resourceMethods ?? {}))
    .map(assertMethodVerb)
    .filter((verb) => verb !== "OPTIONS")
    .map((verb) => getMethodOrThrow(resource, verb));
  const values = toCorsHeaderValues({ ...input, allowMethods: chosen.map((method) => method.httpMethod) });
  putPreflightMethod(ctx, input.restApiId, resource, values);
  const isProxy = (method: Method) =>
    ["AWS_PROXY", "HTTP_PROXY"].includes(method.methodIntegration?.type ?? "");
  for (const method of chosen.filter((candidate) => !isProxy(candidate)))
    addActualHeaders(ctx, input.restApiId, resource.id, method, values);
  for (const type of input.gatewayResponses ?? [])
    addGatewayResponseHeaders(ctx, input.restApiId, type, values);
  return {
    headers: values.preflight,
    updatedMethods: chosen.filter((method) => !isProxy(method)).map((method) => method.httpMethod),
    skippedMethods: chosen.filter(isProxy).map((method) => method.httpMethod),
    gatewayResponses: [...(input.gatewayResponses ?? [])],
  };
}

/** OPTIONS → MOCK `{"statusCode": 200}` → 200 with the preflight headers, keeping what else the method has. */
function putPreflightMethod(
  ctx: ControlContext,
  restApiId: string,
  resource: Resource,
  values: CorsHeaderValues,
): void {
  const ids = { restApiId, resourceId: resource.id, httpMethod: "OPTIONS" };
  if (!resource.resourceMethods?.OPTIONS) putMethod(ctx, { ...ids, authorizationType: "NONE" });
  const method = getMethodOrThrow(resource, "OPTIONS");
  const existing = method.methodResponses?.["200"];
  putMethodResponse(ctx, {
    ...ids,
    statusCode: "200",
    responseParameters: {
      ...existing?.responseParameters,
      ...toDeclaredHeaders(values.preflight, METHOD_HEADER),
    },
    responseModels: existing?.responseModels ?? { "application/json": "Empty" },
  });
  if (method.methodIntegration?.type !== "MOCK") {
    putIntegration(ctx, {
      ...ids,
      type: "MOCK",
      requestTemplates: { "application/json": PREFLIGHT_TEMPLATE },
    });
  }
  putIntegrationResponse200(ctx, { ...ids }, getMethodOrThrow(resource, "OPTIONS"), values.preflight);
}

/** The actual method's 200 method response declares the headers and its 200 integration response maps them. */
function addActualHeaders(
  ctx: ControlContext,
  restApiId: string,
  resourceId: string,
  method: Method,
  values: CorsHeaderValues,
): void {
  const ids = { restApiId, resourceId, httpMethod: method.httpMethod };
  const existing = method.methodResponses?.["200"];
  putMethodResponse(ctx, {
    ...ids,
    statusCode: "200",
    responseParameters: {
      ...existing?.responseParameters,
      ...toDeclaredHeaders(values.actual, METHOD_HEADER),
    },
    ...(existing?.responseModels && { responseModels: existing.responseModels }),
  });
  const integration = method.methodIntegration;
  // [UNVERIFIED] an integration whose responses do not include 200 is left unmapped rather than given a second default.
  if (integration && (integration.integrationResponses?.["200"] || !integration.integrationResponses))
    putIntegrationResponse200(ctx, ids, method, values.actual);
}

function putIntegrationResponse200(
  ctx: ControlContext,
  ids: { restApiId: string; resourceId: string; httpMethod: string },
  method: Method,
  headers: Readonly<Record<string, string>>,
): void {
  const existing = method.methodIntegration?.integrationResponses?.["200"];
  putIntegrationResponse(ctx, {
    ...ids,
    statusCode: "200",
    ...(existing?.selectionPattern !== undefined && { selectionPattern: existing.selectionPattern }),
    ...(existing?.responseTemplates && { responseTemplates: existing.responseTemplates }),
    ...(existing?.contentHandling && { contentHandling: existing.contentHandling }),
    responseParameters: { ...existing?.responseParameters, ...toStaticMappings(headers, METHOD_HEADER) },
  });
}

/** Merges the headers into the gateway response, keeping its status and templates. */
function addGatewayResponseHeaders(
  ctx: ControlContext,
  restApiId: string,
  type: GatewayResponseType,
  values: CorsHeaderValues,
): void {
  const custom = getRestApiRecordOrThrow(ctx, restApiId).gatewayResponses[type];
  const { "Access-Control-Max-Age": _maxAge, ...preflight } = values.preflight;
  putGatewayResponse(ctx, {
    restApiId,
    responseType: type,
    ...(custom?.statusCode !== undefined && { statusCode: custom.statusCode }),
    ...(custom?.responseTemplates && { responseTemplates: custom.responseTemplates }),
    responseParameters: {
      ...custom?.responseParameters,
      ...toStaticMappings({ ...preflight, ...values.actual }, GATEWAY_HEADER),
    },
  });
}
