/**
 * Headers API Gateway will not let a mapping set on the integration request. Recorded against AWS
 * (LS:test_apigateway_integrations::TestApiGatewayHeaderRemapping, 2024-12-11): mapping `Content-Length` or
 * `Transfer-Encoding` fails every integration type with 500 `{"message": "Internal server error"}`;
 * `Authorization`, `Connection`, `Expect`, `Proxy-Authenticate` and `TE` fail AWS and AWS_PROXY integrations
 * only (HTTP integrations accepted them in the same recording). Call it on the final header names, after
 * parameter mappings and `$context.requestOverride.header` are merged.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html
 */
import type { IntegrationType } from "../control/types";
import { InvalidIntegrationHeaderMappingError } from "./mapping-errors";

const REFUSED_ALWAYS = new Set(["content-length", "transfer-encoding"]);
const REFUSED_FOR_AWS = new Set([
  ...REFUSED_ALWAYS,
  "authorization",
  "connection",
  "expect",
  "proxy-authenticate",
  "te",
]);

/**
 * Throws InvalidIntegrationHeaderMappingError when a header API Gateway refuses to map is among `headerNames`.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html
 */
export function assertIntegrationHeadersAllowed(
  headerNames: Iterable<string>,
  integrationType?: IntegrationType,
): void {
  const refused =
    integrationType === "AWS" || integrationType === "AWS_PROXY" ? REFUSED_FOR_AWS : REFUSED_ALWAYS;
  for (const name of headerNames)
    if (refused.has(name.toLowerCase())) throw new InvalidIntegrationHeaderMappingError(name);
}
