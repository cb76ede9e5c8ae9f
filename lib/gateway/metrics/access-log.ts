/**
 * Access log lines rendered from the stage's format with `$context` variables, as API Gateway does:
 * each `$context.a.b` is replaced by its value, and a variable with no value prints `-`.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html
 */

/** `$context.identity.sourceIp`, also written `${context.identity.sourceIp}` [UNVERIFIED braces form]. */
const VARIABLE = /\$\{?context\.([A-Za-z0-9_.-]*[A-Za-z0-9_])\}?/g;

function lookup(scope: Record<string, unknown>, dotted: string): unknown {
  let current: unknown = scope;
  for (const part of dotted.split(".")) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

function printable(value: unknown): string {
  if (value === undefined || value === null || value === "") return "-";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

export function renderAccessLogLine(format: string, context: Record<string, unknown>): string {
  return format.replace(VARIABLE, (_match, path: string) => printable(lookup(context, path)));
}

/** The console's Common Log Format preset. */
export const CLF_ACCESS_LOG_FORMAT =
  '$context.identity.sourceIp $context.identity.caller $context.identity.user [$context.requestTime] "$context.httpMethod $context.resourcePath $context.protocol" $context.status $context.responseLength $context.requestId';
