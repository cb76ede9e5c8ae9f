/**
 * Integration URIs: stage variables are substituted wherever AWS allows them (`${stageVariables.name}`,
 * DOC 6.4), path parameters fill `{name}` in HTTP URIs, and Lambda function names come out of the
 * `arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{functionArn}/invocations` form.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/aws-api-gateway-stage-variables-reference.html
 */
import { ApiConfigurationError } from "../errors";

export function substituteStageVariables(
  text: string,
  stageVariables: Readonly<Record<string, string>>,
): string {
  return text.replace(
    /\$\{stageVariables\.([A-Za-z0-9_]+)\}/g,
    (_m, name: string) => stageVariables[name] ?? "",
  );
}

/** Fills `{name}` placeholders from the integration request's path parameters. */
export function substitutePathParameters(uri: string, path: Readonly<Record<string, string>>): string {
  return uri.replace(/\{([^{}]+?)\+?\}/g, (whole, name: string) => path[name] ?? whole);
}

const LAMBDA_URI =
  /^arn:aws[a-z-]*:apigateway:[a-z0-9-]+:lambda:path\/2015-03-31\/functions\/(.+)\/invocations$/;
const FUNCTION_ARN =
  /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:([A-Za-z0-9_-]+)(?::[A-Za-z0-9$_-]+)?$/;

/** The function a Lambda integration URI invokes (its name: aliases and versions resolve to $LATEST here). */
export function toLambdaFunctionName(uri: string, stageVariables: Readonly<Record<string, string>>): string {
  const resolved = substituteStageVariables(uri, stageVariables);
  const functionArn = LAMBDA_URI.exec(resolved)?.[1];
  const name =
    functionArn &&
    (FUNCTION_ARN.exec(functionArn)?.[1] ?? (/^[A-Za-z0-9_-]+$/.test(functionArn) ? functionArn : undefined));
  if (!name) throw new ApiConfigurationError(`Invalid Lambda integration URI: ${resolved}`);
  return name;
}

export function isLambdaUri(uri: string | undefined): boolean {
  return uri !== undefined && /:lambda:path\//.test(uri);
}
