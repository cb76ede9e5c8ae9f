import { BadRequestException } from "./api-gateway-error";
import type { Authorizer } from "./types";

const TOKEN_SOURCE = /^method\.request\.header\.[a-zA-Z0-9._-]+$/;
const REQUEST_SOURCE =
  /^(method\.request\.(header|querystring)\.[^\s,]+|stageVariables\.[A-Za-z0-9_]+|context\.[A-Za-z0-9_.]+)$/;
const MAX_TTL = 3600;

/**
 * The rules of each authorizer type: TOKEN and REQUEST call a Lambda (`authorizerUri`), COGNITO_USER_POOLS
 * names user pools (`providerARNs`); the result TTL is 0 to 3600 s, default 300 [DOC spec 5.1, 5.2].
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_CreateAuthorizer.html
 */
export function assertAuthorizerValid(authorizer: Authorizer): void {
  // [UNVERIFIED] wording of the messages below except the recorded TOKEN source one.
  if (!authorizer.name) throw new BadRequestException("Authorizer name must be non-empty");
  const ttl = authorizer.authorizerResultTtlInSeconds ?? 300;
  if (!Number.isInteger(ttl) || ttl < 0 || ttl > MAX_TTL) {
    throw new BadRequestException(
      `Invalid authorizer result TTL: ${ttl}. Must be between 0 and ${MAX_TTL} seconds`,
    );
  }
  if (authorizer.type === "COGNITO_USER_POOLS") {
    if (!authorizer.providerARNs?.length)
      throw new BadRequestException("Invalid Cognito user pool ARNs specified: null");
    return;
  }
  if (!authorizer.authorizerUri?.startsWith("arn:")) {
    throw new BadRequestException(`Invalid Authorizer URI specified: ${authorizer.authorizerUri ?? "null"}`);
  }
  if (authorizer.type === "TOKEN") assertTokenSource(authorizer.identitySource);
  else assertRequestSources(authorizer.identitySource, ttl);
}

/** [3P verbatim error, serverless/serverless#4428]. */
function assertTokenSource(identitySource: string | undefined): void {
  if (!identitySource || !TOKEN_SOURCE.test(identitySource)) {
    throw new BadRequestException(
      `Invalid token source expression: ${identitySource ?? "null"}. The source must be a method request header, matching 'method.request.header.[a-zA-Z0-9._-]+'.`,
    );
  }
}

/** Sources are optional unless results are cached, since together they form the cache key [DOC spec 5.2]. */
function assertRequestSources(identitySource: string | undefined, ttl: number): void {
  const sources = (identitySource ?? "")
    .split(",")
    .map((source) => source.trim())
    .filter(Boolean);
  if (sources.length === 0 && ttl > 0) {
    throw new BadRequestException("Identity source must be specified when authorizer caching is enabled");
  }
  const invalid = sources.find((source) => !REQUEST_SOURCE.test(source));
  if (invalid) throw new BadRequestException(`Invalid identity source expression: ${invalid}`);
}
