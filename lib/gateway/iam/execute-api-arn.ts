/**
 * Method ARNs, the resource of `execute-api:Invoke`:
 * `arn:{partition}:execute-api:{region}:{account}:{apiId}/{stage}/{METHOD}/{path}` with the actual
 * request path (a root call ends in `/GET/`). A resource policy may write `execute-api:/{stage}/...` for
 * "this API"; API Gateway reads it as the API's own ARN prefix.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-control-access-using-iam-policies-to-invoke-api.html
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-resource-policies-create-attach.html
 */

// One builder for every execute-api method ARN (authorizers, IAM, resource policies).
export { toPartition, type MethodArnParts } from "../authorizers/policy/build-method-arn";
export { buildMethodArn as toMethodArn } from "../authorizers/policy/build-method-arn";

const API_PREFIX = /^(arn:[^:]+:execute-api:[^:]*:[^:]*:[^/]+)\//;
const SHORTHAND = "execute-api:";

/** `execute-api:/prod/GET/pets` → `arn:aws:execute-api:us-east-1:123456789012:abc123/prod/GET/pets`. */
export function expandExecuteApiResource(resource: string, methodArn: string): string {
  if (!resource.startsWith(`${SHORTHAND}/`)) return resource;
  const prefix = API_PREFIX.exec(methodArn)?.[1];
  return prefix ? prefix + resource.slice(SHORTHAND.length) : resource;
}
