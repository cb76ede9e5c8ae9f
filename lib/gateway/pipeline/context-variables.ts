/**
 * `$context`: the variables API Gateway exposes to mapping templates, gateway responses and access logs,
 * built from the invocation's slots. Names and formats follow the mapping template reference.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html
 */
import type { InvocationContext } from "./context";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number) => String(n).padStart(2, "0");

/** Common Log Format time, `dd/MMM/yyyy:HH:mm:ss +0000` (requestTime, REC). */
export function formatClfTime(epochMs: number): string {
  const d = new Date(epochMs);
  return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

export interface ContextIdentity {
  sourceIp: string;
  userAgent: string | null;
  apiKey: string | null;
  apiKeyId: string | null;
  accountId: string | null;
  caller: string | null;
  user: string | null;
  userArn: string | null;
  accessKey: string | null;
  principalOrgId: string | null;
  cognitoAuthenticationProvider: string | null;
  cognitoAuthenticationType: string | null;
  cognitoIdentityId: string | null;
  cognitoIdentityPoolId: string | null;
}

export function identityOf(ctx: InvocationContext): ContextIdentity {
  const known = ctx.auth?.identity ?? {};
  return {
    sourceIp: ctx.request.sourceIp,
    userAgent: ctx.parsed?.headers.get("user-agent") ?? null,
    apiKey: null,
    apiKeyId: null,
    accountId: null,
    caller: null,
    user: null,
    userArn: null,
    accessKey: null,
    principalOrgId: null,
    cognitoAuthenticationProvider: null,
    cognitoAuthenticationType: null,
    cognitoIdentityId: null,
    cognitoIdentityPoolId: null,
    ...known,
  };
}

/** `$context.authorizer`: principalId and context (Lambda authorizers) or claims (Cognito), as strings. */
export function authorizerOf(ctx: InvocationContext): Record<string, unknown> {
  const auth = ctx.auth;
  if (!auth) return {};
  if (auth.claims) return { claims: { ...auth.claims } };
  if (auth.principalId === undefined) return {};
  return {
    principalId: auth.principalId,
    ...auth.context,
    integrationLatency: auth.authorizerLatencyMs ?? 0,
  };
}

/** The `$context` object for one request; error fields are filled when a gateway response is rendered. */
export function buildContextVariables(ctx: InvocationContext): Record<string, unknown> {
  const { env, request, parsed, routed } = ctx;
  const apiId = request.apiId;
  const error = ctx.error;
  return {
    accountId: env.accountId,
    apiId,
    domainName: `${apiId}.execute-api.${env.region}.amazonaws.com`,
    domainPrefix: apiId,
    extendedRequestId: ctx.extendedRequestId,
    httpMethod: parsed?.httpMethod ?? request.method,
    identity: identityOf(ctx),
    path: parsed?.stagePath ?? request.path,
    protocol: "HTTP/1.1",
    requestId: ctx.requestId,
    requestTime: formatClfTime(ctx.receivedAt),
    requestTimeEpoch: ctx.receivedAt,
    resourceId: routed?.resource.id ?? null,
    resourcePath: routed?.resource.path ?? null,
    stage: parsed?.stageName ?? null,
    deploymentId: routed
      ? routed.isCanary
        ? routed.deployed.canary?.deploymentId
        : routed.deployed.deploymentId
      : null,
    authorizer: authorizerOf(ctx),
    error: error
      ? {
          message: error.gatewayMessage,
          messageString: JSON.stringify(error.gatewayMessage),
          responseType: error.responseType,
          validationErrorString: error.validationErrorString ?? null,
        }
      : {},
  };
}
