import { BadRequestException } from "./api-gateway-error";
import type { Integration, Method } from "./types";

const MIN_TIMEOUT = 50;
const MAX_TIMEOUT = 29_000;
const VERBS = ["GET", "PUT", "POST", "DELETE", "PATCH", "OPTIONS", "HEAD", "ANY"];
const CONTENT_TYPE = /^[\w.+-]+\/[\w.+*-]+$/;
const TARGET_PARAMETER =
  /^integration\.request\.(path|querystring|header|multivaluequerystring|multivalueheader)\.[^\s]+$/;
const SOURCE_PARAMETER =
  /^method\.request\.(path|querystring|header|multivaluequerystring|multivalueheader)\.(.+)$/;
const OTHER_SOURCE = /^('.*'|method\.request\.body(\..+)?|stageVariables\.\w+|context\.[\w.]+)$/;

/**
 * The rules PutIntegration and UpdateIntegration enforce for each integration type, with AWS's
 * messages. An AWS_PROXY integration with a backend method other than POST is accepted here and fails
 * at invocation, as on AWS [REC localstack#10512, validated against AWS].
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_PutIntegration.html
 */
export function assertIntegrationValid(integration: Integration, method: Method): void {
  if (integration.timeoutInMillis < MIN_TIMEOUT || integration.timeoutInMillis > MAX_TIMEOUT) {
    // [3P: CloudFormation event text quoted in public test fixtures]
    throw new BadRequestException(`Timeout should be between ${MIN_TIMEOUT} ms and ${MAX_TIMEOUT} ms`);
  }
  if (integration.type !== "MOCK") assertBackendMethod(integration.httpMethod);
  if (integration.type === "HTTP" || integration.type === "HTTP_PROXY") assertHttpUri(integration.uri);
  if (integration.type === "AWS" || integration.type === "AWS_PROXY")
    assertAwsUri(integration.type, integration.uri);
  for (const contentType of Object.keys(integration.requestTemplates ?? {})) assertContentType(contentType);
  assertRequestParametersValid(integration.requestParameters ?? {}, method);
  for (const parameter of integration.cacheKeyParameters)
    assertDeclared(parameter, method, "Invalid cache key parameter specified");
}

/** [REC] "Validation Result: warnings : [], errors : [Invalid content type specified: 123]". */
export function assertContentType(contentType: string): void {
  if (!CONTENT_TYPE.test(contentType)) {
    throw new BadRequestException(
      `Validation Result: warnings : [], errors : [Invalid content type specified: ${contentType}]`,
    );
  }
}

function assertBackendMethod(httpMethod: string | undefined): void {
  // [moto, from AWS] the backend method of a non-MOCK integration is mandatory.
  if (!httpMethod) throw new BadRequestException("Enumeration value for HttpMethod must be non-empty");
  if (!VERBS.includes(httpMethod)) {
    throw new BadRequestException(`Invalid HttpMethod specified. Valid options are ${VERBS.join(",")}`);
  }
}

function assertHttpUri(uri: string | undefined): void {
  // Stage variables may form the host (`http://${stageVariables.host}/x`), so only the scheme is checked.
  if (!uri || !/^https?:\/\/\S+$/i.test(uri))
    throw new BadRequestException("Invalid HTTP endpoint specified for URI");
}

/** `arn:aws:apigateway:{region}:{service}:{path|action}/...`; AWS_PROXY only to Lambda's Invoke path. */
function assertAwsUri(type: "AWS" | "AWS_PROXY", uri: string | undefined): void {
  const parts = (uri ?? "").split(":");
  if (parts[0] !== "arn" || parts.length < 6 || parts[2] !== "apigateway") {
    throw new BadRequestException("Invalid ARN specified in the request");
  }
  const service = parts[4] ?? "";
  const target = parts.slice(5).join(":");
  if (!target.startsWith("path") && !target.startsWith("action")) {
    throw new BadRequestException("AWS ARN for integration must contain path or action");
  }
  if (type === "AWS_PROXY" && (service !== "lambda" || !target.startsWith("path/2015-03-31/functions/"))) {
    throw new BadRequestException(
      "Integrations of type 'AWS_PROXY' currently only supports Lambda function and Firehose stream invocations.",
    );
  }
}

function assertRequestParametersValid(parameters: Readonly<Record<string, string>>, method: Method): void {
  for (const [target, source] of Object.entries(parameters)) {
    if (!TARGET_PARAMETER.test(target))
      throw invalidMappingExpression(`Invalid mapping expression specified: ${target}`);
    if (SOURCE_PARAMETER.test(source))
      assertDeclared(source, method, "Invalid mapping expression parameter specified");
    else if (!OTHER_SOURCE.test(source))
      throw invalidMappingExpression(`Invalid mapping expression specified: ${source}`);
  }
}

/**
 * A `method.request.*` source must be declared in the method request: the well-known
 * "Invalid mapping expression parameter specified: method.request.path.proxy" [3P, widely quoted].
 */
function assertDeclared(parameter: string, method: Method, message: string): void {
  const declared = method.requestParameters ?? {};
  const singular = parameter
    .replace(".multivaluequerystring.", ".querystring.")
    .replace(".multivalueheader.", ".header.");
  if (parameter in declared || singular in declared) return;
  if (message.startsWith("Invalid mapping")) throw invalidMappingExpression(`${message}: ${parameter}`);
  // [UNVERIFIED] wording; the rule (cache keys must be method request parameters) is documented.
  throw new BadRequestException(`${message}: ${parameter}`);
}

function invalidMappingExpression(error: string): BadRequestException {
  return new BadRequestException(
    `Invalid mapping expression specified: Validation Result: warnings : [], errors : [${error}]`,
  );
}
