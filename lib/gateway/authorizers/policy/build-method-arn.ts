/**
 * The ARN API Gateway authorizes a call against: `arn:aws:execute-api:{region}:{accountId}:{apiId}/{stage}/
 * {METHOD}/{path}`, where the path is the request's actual path (`pets/a1b2` for the template
 * `/pets/{petId}`) without its leading slash, so the root resource ends in `/GET/` [DOC].
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/arn-format-reference.html
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-control-access-using-iam-policies-to-invoke-api.html
 */

export interface MethodArnParts {
  readonly region: string;
  readonly accountId: string;
  readonly apiId: string;
  readonly stage: string;
  /** The method invoked (GET for a call to an ANY method made with GET). */
  readonly httpMethod: string;
  /** The stage-relative request path as sent, e.g. `/pets/a1b2` (not decoded). */
  readonly path: string;
}

/** The partition of a region: China and GovCloud regions have their own. */
export function toPartition(region: string): string {
  if (region.startsWith("cn-")) return "aws-cn";
  if (region.startsWith("us-gov-")) return "aws-us-gov";
  return "aws";
}

export function buildMethodArn(parts: MethodArnParts): string {
  const resourcePath = parts.path.startsWith("/") ? parts.path.slice(1) : parts.path;
  return `arn:${toPartition(parts.region)}:execute-api:${parts.region}:${parts.accountId}:${parts.apiId}/${parts.stage}/${parts.httpMethod}/${resourcePath}`;
}
