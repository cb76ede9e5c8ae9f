/**
 * authorizeRequest: the method's authorization type decides who may call. CUSTOM runs the API's Lambda
 * authorizer (TOKEN or REQUEST, with its result cache); the outcome fills `$context.authorizer` and the
 * proxy event, or ends the request with 401, 403 or 500 (spec 5.3).
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html
 */
import { authorizeWithCognito, toIdentityHeaderName } from "../../authorizers/cognito";
import { authorizeWithLambda } from "../../authorizers/lambda";
import { ApiConfigurationError } from "../../errors";
import { authorizeIamRequest, checkResourcePolicy, type PolicyDecision } from "../../iam";
import { methodArnOf, requestFactsOf } from "../resource-policy";
import { buildLambdaProxyEvent } from "../../integrations/lambda-proxy-event";
import type { InvocationContext } from "../context";
import { buildContextVariables } from "../context-variables";
import { traceStage } from "../trace";

async function authorizeCustom(ctx: InvocationContext): Promise<void> {
  const routed = ctx.routed!;
  const authorizer = routed.snapshot.authorizers.find((a) => a.id === routed.method.authorizerId);
  if (!authorizer || authorizer.type === "COGNITO_USER_POOLS") {
    throw new ApiConfigurationError(
      `Method authorizer ${routed.method.authorizerId ?? "(none)"} is not a Lambda authorizer`,
    );
  }
  const trace: string[] = [];
  try {
    const result = await authorizeWithLambda({
      authorizer,
      request: {
        ...buildLambdaProxyEvent(ctx),
        region: ctx.env.region,
        accountId: ctx.env.accountId,
        apiId: ctx.request.apiId,
        stage: ctx.parsed!.stageName,
        contextVariables: buildContextVariables(ctx),
      },
      lambda: ctx.env.lambda,
      cache: ctx.env.authorizerCache,
      clock: ctx.env.clock,
      conditionContext: { "aws:sourceip": ctx.request.sourceIp },
      trace,
    });
    ctx.auth = {
      principalId: result.principalId,
      context: { ...result.context },
      usageIdentifierKey: result.usageIdentifierKey,
      authorizerLatencyMs: result.latencyMs,
    };
    traceStage(ctx, "authorizeRequest", ...trace, `Authorizer principalId: ${result.principalId}`);
  } catch (error) {
    traceStage(ctx, "authorizeRequest", ...trace).decisive = true;
    throw error;
  }
}

/** COGNITO_USER_POOLS: an ID token, or an access token with one of the method's scopes (spec 5.4). */
async function authorizeCognito(ctx: InvocationContext): Promise<void> {
  const routed = ctx.routed!;
  const authorizer = routed.snapshot.authorizers.find((a) => a.id === routed.method.authorizerId);
  if (!authorizer || authorizer.type !== "COGNITO_USER_POOLS") {
    throw new ApiConfigurationError(
      `Method authorizer ${routed.method.authorizerId ?? "(none)"} is not a Cognito authorizer`,
    );
  }
  const header = toIdentityHeaderName(authorizer.identitySource ?? "method.request.header.Authorization");
  try {
    const result = await authorizeWithCognito({
      authorizer,
      methodScopes: routed.method.authorizationScopes,
      token: header ? ctx.parsed!.headers.get(header) : undefined,
      pools: ctx.env.userPools ?? { findUserPoolIssuer: () => undefined },
      clock: ctx.env.clock,
    });
    ctx.auth = { claims: { ...result.claims } };
    traceStage(
      ctx,
      "authorizeRequest",
      `Cognito ${result.tokenUse} token from user pool ${result.userPoolId} accepted`,
    );
  } catch (error) {
    const reason = (error as { reason?: string }).reason;
    traceStage(ctx, "authorizeRequest", `Cognito token rejected${reason ? `: ${reason}` : ""}`).decisive =
      true;
    throw error;
  }
}

/** AWS_IAM: a valid SigV4 signature, then identity and resource policies together (spec 5.7). */
async function authorizeIam(ctx: InvocationContext): Promise<void> {
  const iam = ctx.env.iam;
  if (!iam) throw new ApiConfigurationError("This sandbox has no IAM users");
  try {
    const result = await authorizeIamRequest({
      request: { ...ctx.request, path: ctx.request.originalPath ?? ctx.request.path },
      iam,
      region: ctx.env.region,
      methodArn: methodArnOf(ctx),
      facts: requestFactsOf(ctx),
      policy: ctx.routed!.snapshot.api.policy,
      accountId: ctx.env.accountId,
    });
    ctx.auth = { ...ctx.auth, identity: { ...ctx.auth?.identity, ...result.identity } };
    traceStage(
      ctx,
      "authorizeRequest",
      `SigV4 signature valid for ${result.identity.userArn ?? result.accessKeyId}`,
      result.resourcePolicy.explanation,
    );
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    traceStage(ctx, "authorizeRequest", `IAM authorization failed: ${detail}`).decisive = true;
    throw error;
  }
}

/** After a Lambda or Cognito authorizer allowed the caller, the resource policy has its say (Table A). */
function checkPolicyAfterAuthorizer(ctx: InvocationContext, authorizerDecision?: PolicyDecision): void {
  const routed = ctx.routed!;
  const policy = routed.snapshot.api.policy;
  if (!policy) return;
  const outcome = checkResourcePolicy({
    phase: "afterAuthorization",
    authorizationType: routed.method.authorizationType,
    policy,
    methodArn: methodArnOf(ctx),
    accountId: ctx.env.accountId,
    facts: requestFactsOf(ctx),
    authorizerDecision,
  });
  const entry = traceStage(ctx, "authorizeRequest", outcome.explanation);
  if (outcome.error) {
    entry.decisive = true;
    throw outcome.error;
  }
}

export async function authorizeRequest(ctx: InvocationContext): Promise<void> {
  const type = ctx.routed!.method.authorizationType;
  if (type === "NONE") return;
  if (type === "AWS_IAM") return authorizeIam(ctx);
  if (type === "CUSTOM") {
    await authorizeCustom(ctx);
    return checkPolicyAfterAuthorizer(ctx, "ALLOW");
  }
  if (type === "COGNITO_USER_POOLS") {
    await authorizeCognito(ctx);
    return checkPolicyAfterAuthorizer(ctx);
  }
  throw new ApiConfigurationError(`Unknown authorization type ${String(type)}`);
}
