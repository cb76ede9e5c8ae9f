/**
 * The example configurations the profile shows for one sandbox: the shared config and credentials files
 * of the AWS CLI and SDKs (service-specific endpoints), and the same as environment variables.
 * @see https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html
 */

export const SANDBOX_REGION = "us-east-1";

export interface SandboxEndpoints {
  apigateway: string;
  lambda: string;
}

export function toSandboxEndpoints(origin: string, sandboxId: string): SandboxEndpoints {
  const base = `${origin}/aws/${encodeURIComponent(sandboxId)}`;
  return { apigateway: `${base}/apigateway`, lambda: `${base}/lambda` };
}

export interface SnippetInput {
  profile: string;
  endpoints: SandboxEndpoints;
  accessKeyId: string;
  /** Null while the secret is hidden: a placeholder says where to find it. */
  secretAccessKey: string | null;
}

const SECRET_PLACEHOLDER = "<click Show to reveal>";

/** `~/.aws/config` and `~/.aws/credentials` entries for a named profile. */
export function toAwsConfigFiles({ profile, endpoints, accessKeyId, secretAccessKey }: SnippetInput): string {
  return `# ~/.aws/config
[profile ${profile}]
region = ${SANDBOX_REGION}
services = ${profile}

[services ${profile}]
api_gateway =
  endpoint_url = ${endpoints.apigateway}
lambda =
  endpoint_url = ${endpoints.lambda}

# ~/.aws/credentials
[${profile}]
aws_access_key_id = ${accessKeyId}
aws_secret_access_key = ${secretAccessKey ?? SECRET_PLACEHOLDER}
`;
}

/** The same settings as environment variables (POSIX shells). */
export function toEnvironmentSnippet({ endpoints, accessKeyId, secretAccessKey }: SnippetInput): string {
  return `export AWS_REGION=${SANDBOX_REGION}
export AWS_ACCESS_KEY_ID=${accessKeyId}
export AWS_SECRET_ACCESS_KEY=${secretAccessKey ?? "'" + SECRET_PLACEHOLDER + "'"}
export AWS_ENDPOINT_URL_API_GATEWAY=${endpoints.apigateway}
export AWS_ENDPOINT_URL_LAMBDA=${endpoints.lambda}
`;
}

/** A profile name from a sandbox name: `gatewise-my-sandbox`. */
export function toProfileName(sandboxName: string): string {
  const slug = sandboxName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return `gatewise-${slug || "sandbox"}`;
}
