/**
 * Policy documents the IAM section starts from: an identity policy allowing `execute-api:Invoke` on API methods,
 * and a role trust policy.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-control-access-using-iam-policies-to-invoke-api.html
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-iam-policy-resource-format-for-executing-api.html
 */

export interface MethodArnParts {
  region: string;
  accountId: string;
  /** An API id, or `*`. */
  apiId: string;
  /** A stage name, or `*`. */
  stage: string;
  /** GET, POST..., or `*`. */
  method: string;
  /** The resource path (`/pets/*`, `/`), or `*`. */
  path: string;
}

/**
 * `arn:aws:execute-api:<region>:<account>:<apiId>/<stage>/<METHOD>/<path>`: the path without its leading slash, so
 * the root resource `/` ends the ARN with `/GET/` and `*` matches every path.
 */
export function toExecuteApiArn(parts: MethodArnParts): string {
  const path = parts.path === "*" ? "*" : parts.path.replace(/^\/+/, "");
  const method = parts.method === "*" ? "*" : parts.method.toUpperCase();
  return `arn:aws:execute-api:${parts.region}:${parts.accountId}:${parts.apiId}/${parts.stage}/${method}/${path}`;
}

export function toInvokePolicy(resources: readonly string[]): string {
  const policy = {
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Action: "execute-api:Invoke",
        Resource: resources.length === 1 ? resources[0] : [...resources],
      },
    ],
  };
  return JSON.stringify(policy, null, 2);
}

/** The trust policy of a role Lambda assumes (what the Lambda console creates). */
export const LAMBDA_TRUST_POLICY = JSON.stringify(
  {
    Version: "2012-10-17",
    Statement: [
      { Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" },
    ],
  },
  null,
  2,
);

/** A trust policy letting the account's own IAM users assume the role (when their identity policies allow). */
export function toAccountTrustPolicy(accountId: string): string {
  return JSON.stringify(
    {
      Version: "2012-10-17",
      Statement: [
        { Effect: "Allow", Principal: { AWS: `arn:aws:iam::${accountId}:root` }, Action: "sts:AssumeRole" },
      ],
    },
    null,
    2,
  );
}
