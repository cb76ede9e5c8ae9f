/**
 * The parts of an AWS integration URI: `arn:aws:apigateway:{region}:{subdomain.}{service}:action/{Action}{&p=v...}`
 * or `arn:aws:apigateway:{region}:{subdomain.}{service}:path/{path}`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html#apigw-Type-Integration-uri
 */
export interface AwsIntegrationTarget {
  readonly region: string;
  readonly service: string;
  readonly action?: string;
  readonly path?: string;
  /** `&name=value` pairs after an action name. */
  readonly parameters: Readonly<Record<string, string>>;
}

/** An integration URI that is not an AWS service ARN, or names a service the simulator does not have. */
export class AwsIntegrationUriError extends Error {
  override readonly name = "AwsIntegrationUriError";
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}

/** Splits an AWS integration URI, or throws AwsIntegrationUriError. */
export function parseAwsIntegrationUri(uri: string): AwsIntegrationTarget {
  const match = /^arn:aws:apigateway:([^:]+):([^:]+):(action|path)\/(.*)$/.exec(uri);
  if (match === null) throw new AwsIntegrationUriError(`not an AWS service integration URI: ${uri}`);
  const [, region = "", host = "", kind, rest = ""] = match;
  const service = host.split(".").pop() ?? host;
  if (kind === "path") return { region, service, path: rest, parameters: {} };
  const [action = "", ...pairs] = rest.split("&");
  const parameters: Record<string, string> = {};
  for (const pair of pairs) {
    const [name = "", value = ""] = pair.split("=");
    if (name !== "") parameters[decode(name)] = decode(value);
  }
  return { region, service, action, parameters };
}

/** Parses `a=1&b=2` (a form body or a query string) into a map. */
export function parseFormParameters(text: string): Record<string, string> {
  const parameters: Record<string, string> = {};
  for (const pair of text.split("&")) {
    if (pair === "") continue;
    const index = pair.indexOf("=");
    const name = index < 0 ? pair : pair.slice(0, index);
    parameters[decode(name)] = index < 0 ? "" : decode(pair.slice(index + 1));
  }
  return parameters;
}
