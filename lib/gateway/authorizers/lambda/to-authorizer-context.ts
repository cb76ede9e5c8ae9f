/**
 * What a Lambda authorizer leaves for the rest of the request: `$context.authorizer.principalId`,
 * `$context.authorizer.<key>` for each context value (strings), and the proxy event's
 * `requestContext.authorizer` with the same keys plus `integrationLatency` (a number, 0 from the cache)
 * [DOC; the latency key's name UNVERIFIED]. A context key named `principalId` yields to the real principal.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html
 */
import type { LambdaAuthorization } from "./authorize-with-lambda";

export function toAuthorizerContext(
  authorization: Pick<LambdaAuthorization, "principalId" | "context" | "latencyMs">,
): Record<string, string | number> {
  return {
    ...authorization.context,
    principalId: authorization.principalId,
    integrationLatency: authorization.latencyMs,
  };
}
