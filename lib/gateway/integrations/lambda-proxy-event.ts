/**
 * The Lambda proxy integration's event, format 1.0, exactly as REST APIs send it (spec 2.1): both header
 * views with the client's spelling, null for absent query strings, path parameters and stage variables,
 * the stage-relative path as sent and the body as a raw string.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html
 */
import type { InvocationContext } from "../pipeline/context";
import { authorizerOf, formatClfTime, identityOf } from "../pipeline/context-variables";
import { toMultiValueQuery, toSingleValueQuery } from "../pipeline/query-string";

/** Request headers a REST proxy integration never passes to Lambda (REC header remapping test). */
const DROPPED_HEADERS = new Set([
  "connection",
  "content-md5",
  "expect",
  "max-forwards",
  "proxy-authenticate",
  "server",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "www-authenticate",
]);

export interface LambdaProxyEventV1 {
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
  body: string | null;
  isBase64Encoded: boolean;
}

function proxyHeaders(ctx: InvocationContext): [Record<string, string>, Record<string, string[]>] {
  const parsed = ctx.parsed!;
  const single: Record<string, string> = {};
  const multi: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(parsed.headers.toMultiValue())) {
    const lower = name.toLowerCase();
    if (DROPPED_HEADERS.has(lower)) continue;
    // A SigV4 Authorization header never reaches the integration (DOC known issues).
    if (lower === "authorization" && values.some((v) => v.startsWith("AWS4-HMAC-SHA256"))) continue;
    single[name] = values[values.length - 1] ?? "";
    multi[name] = values;
  }
  // API Gateway adds these on the way to the integration (REC), unless the client sent them.
  const add = (name: string, value: string): void => {
    if (parsed.headers.has(name)) return;
    single[name] = value;
    multi[name] = [value];
  };
  add("X-Forwarded-For", ctx.request.sourceIp);
  add("X-Forwarded-Port", "443");
  add("X-Forwarded-Proto", "https");
  add(
    "X-Amzn-Trace-Id",
    `Root=1-${Math.floor(ctx.receivedAt / 1000).toString(16)}-${ctx.requestId.replaceAll("-", "").slice(0, 24)}`,
  );
  // `has("host")` first: the generated name is built only when the client sent no Host.
  if (!parsed.headers.has("host"))
    add("Host", `${ctx.request.apiId}.execute-api.${ctx.env.region}.amazonaws.com`);
  return [single, multi];
}

/** `identity.apiKey`/`apiKeyId` appear only when the method uses an API key (DOC); the rest always (REC). */
function proxyIdentity(ctx: InvocationContext): Record<string, unknown> {
  const { apiKey, apiKeyId, ...identity } = identityOf(ctx);
  return apiKey ? { ...identity, apiKey, apiKeyId } : identity;
}

export function buildLambdaProxyEvent(ctx: InvocationContext): LambdaProxyEventV1 {
  const parsed = ctx.parsed!;
  const routed = ctx.routed!;
  const [headers, multiValueHeaders] = proxyHeaders(ctx);
  const stageVariables = Object.keys(routed.stageVariables).length ? { ...routed.stageVariables } : null;
  return {
    resource: routed.resource.path,
    path: parsed.path,
    httpMethod: parsed.httpMethod,
    headers,
    multiValueHeaders,
    queryStringParameters: toSingleValueQuery(parsed.query),
    multiValueQueryStringParameters: toMultiValueQuery(parsed.query),
    pathParameters: routed.pathParameters ? { ...routed.pathParameters } : null,
    stageVariables,
    requestContext: {
      resourceId: routed.resource.id,
      resourcePath: routed.resource.path,
      httpMethod: parsed.httpMethod,
      extendedRequestId: ctx.extendedRequestId,
      requestTime: formatClfTime(ctx.receivedAt),
      path: parsed.stagePath,
      accountId: ctx.env.accountId,
      protocol: "HTTP/1.1",
      stage: parsed.stageName,
      domainPrefix: ctx.request.apiId,
      requestTimeEpoch: ctx.receivedAt,
      requestId: ctx.requestId,
      identity: proxyIdentity(ctx),
      ...(ctx.auth ? { authorizer: authorizerOf(ctx) } : {}),
      domainName: `${ctx.request.apiId}.execute-api.${ctx.env.region}.amazonaws.com`,
      deploymentId: routed.isCanary ? routed.deployed.canary?.deploymentId : routed.deployed.deploymentId,
      apiId: ctx.request.apiId,
    },
    body: parsed.body,
    isBase64Encoded: false,
  };
}
