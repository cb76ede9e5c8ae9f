/**
 * HTTP and HTTP_PROXY integrations to the sandbox's backends. HTTP sends only what the integration request
 * maps (the backend sees API Gateway's own headers, REC); HTTP_PROXY passes the client's request through
 * and its response back, re-emitting the backend's Connection, Content-Length, Date and Server headers as
 * `x-amzn-Remapped-*` (REC header remapping test).
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/setup-http-integrations.html
 */
import {
  EndpointTimeoutError,
  EndpointUnreachableError,
  InvalidEndpointError,
  invokeHttpBackend,
  type HttpBackendResponse,
} from "../backends";
import { ApiConfigurationError, IntegrationFailureError, IntegrationTimeoutError } from "../errors";
import type { IntegrationResultSlot, InvocationContext } from "../pipeline/context";
import type { GatewayHttpResponse } from "../pipeline/request";
import { traceStage } from "../pipeline/trace";
import { substitutePathParameters, substituteStageVariables } from "./integration-uri";

const HOP_BY_HOP = new Set([
  "connection",
  "content-length",
  "host",
  "transfer-encoding",
  "te",
  "upgrade",
  "expect",
  "keep-alive",
  "proxy-authenticate",
  "trailer",
]);
const REMAPPED = new Set(["connection", "content-length", "date", "server"]);

function endpointUrl(ctx: InvocationContext, proxy: boolean): string {
  const routed = ctx.routed!;
  const request = ctx.integrationRequest!;
  const uri = substituteStageVariables(routed.method.methodIntegration!.uri ?? "", routed.stageVariables);
  const path = proxy ? { ...routed.pathParameters, ...request.path } : request.path;
  const url = substitutePathParameters(uri, path);
  const query = new URLSearchParams();
  if (proxy) for (const [name, values] of ctx.parsed!.query) for (const v of values) query.append(name, v);
  for (const [name, values] of Object.entries(request.querystring)) {
    query.delete(name);
    for (const v of values) query.append(name, v);
  }
  const text = query.toString();
  return text ? `${url}${url.includes("?") ? "&" : "?"}${text}` : url;
}

function requestHeaders(ctx: InvocationContext, proxy: boolean): Array<[string, string]> {
  const headers: Array<[string, string]> = [];
  if (proxy) {
    for (const [name, value] of ctx.parsed!.headers.lines) {
      if (!HOP_BY_HOP.has(name.toLowerCase())) headers.push([name, value]);
    }
  } else {
    headers.push(["Accept", "application/json"]); // non-proxy HTTP forwards no client header unless mapped (REC)
  }
  headers.push(
    ["User-Agent", `AmazonAPIGateway_${ctx.request.apiId}`],
    ["X-Amzn-Apigateway-Api-Id", ctx.request.apiId],
  );
  for (const [name, value] of Object.entries(ctx.integrationRequest!.header)) {
    const i = headers.findIndex(([n]) => n.toLowerCase() === name.toLowerCase());
    if (i >= 0) headers.splice(i, 1);
    headers.push([name, value]);
  }
  return headers;
}

async function send(ctx: InvocationContext, proxy: boolean): Promise<HttpBackendResponse> {
  const registry = ctx.env.backends;
  if (!registry) throw new ApiConfigurationError("This sandbox has no HTTP backends");
  const integration = ctx.routed!.method.methodIntegration!;
  const method =
    !integration.httpMethod || integration.httpMethod === "ANY"
      ? ctx.parsed!.httpMethod
      : integration.httpMethod;
  const url = endpointUrl(ctx, proxy);
  traceStage(ctx, "invokeIntegration", `Sending request to ${method} ${url}`);
  try {
    const response = await invokeHttpBackend(
      registry,
      {
        method,
        url,
        headers: requestHeaders(ctx, proxy),
        body: method === "GET" || method === "HEAD" ? null : ctx.integrationRequest!.body,
      },
      { clock: ctx.env.clock, timeoutMs: integration.timeoutInMillis },
    );
    ctx.integrationLatencyMs = response.latencyMs;
    traceStage(
      ctx,
      "invokeIntegration",
      `Received response. Status: ${response.statusCode}, Integration latency: ${response.latencyMs} ms`,
    );
    return response;
  } catch (error) {
    if (error instanceof EndpointTimeoutError) {
      ctx.integrationLatencyMs = error.latencyMs;
      traceStage(ctx, "invokeIntegration", `Execution failed due to a timeout error`).decisive = true;
      throw new IntegrationTimeoutError();
    }
    if (error instanceof EndpointUnreachableError) {
      traceStage(
        ctx,
        "invokeIntegration",
        `Execution failed due to configuration error: ${error.message}`,
      ).decisive = true;
      throw new IntegrationFailureError("Network error communicating with endpoint");
    }
    if (error instanceof InvalidEndpointError)
      throw new ApiConfigurationError(`Invalid endpoint address: ${error.url}`);
    throw error;
  }
}

const asText = (body: string | Uint8Array) =>
  typeof body === "string" ? body : new TextDecoder().decode(body);

export async function invokeHttp(ctx: InvocationContext): Promise<IntegrationResultSlot> {
  const response = await send(ctx, false);
  return {
    statusCode: response.statusCode,
    headers: response.headers,
    body: asText(response.body),
    latencyMs: response.latencyMs,
  };
}

export async function invokeHttpProxy(ctx: InvocationContext): Promise<GatewayHttpResponse> {
  const response = await send(ctx, true);
  const headers: Array<[string, string]> = response.headers.map(([name, value]) =>
    REMAPPED.has(name.toLowerCase()) ? [`x-amzn-Remapped-${name}`, value] : [name, value],
  );
  return { statusCode: response.statusCode, headers, body: response.body };
}
