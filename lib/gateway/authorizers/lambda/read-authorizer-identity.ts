/**
 * The caller's identity, read and checked before the function is invoked [DOC, REC loige-2023]:
 * - TOKEN: the one header its identity source names; missing or empty → 401; a token that does not match
 *   `identityValidationExpression` → 401. The function is not invoked either way.
 * - REQUEST with caching on (TTL > 0): every source must be present and non-empty, else 401 without
 *   invoking; with caching off the sources are optional and the function is always invoked.
 * A source the authorizer cannot read at all (bad setting) is a 500 `AuthorizerConfigurationException`.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-use-lambda-authorizer.html
 */
import type { Authorizer } from "../../control/types";
import { AuthorizerConfigurationError, UnauthorizedError } from "../../errors";
import type { AuthorizerRequest } from "./authorizer-request";
import { describeIncomingIdentity } from "./mask-identity";
import {
  InvalidValidationExpressionError,
  matchIdentityValidationExpression,
} from "./match-identity-validation-expression";
import {
  InvalidIdentitySourceError,
  parseIdentitySources,
  type IdentitySource,
} from "./parse-identity-sources";
import { readIdentitySource } from "./read-identity-source";

export interface AuthorizerIdentity {
  /** One value per identity source, in configured order (undefined: absent, possible only without caching). */
  readonly values: readonly (string | undefined)[];
  /** Whether every source is present and non-empty, so the values can key the result cache. */
  readonly complete: boolean;
}

export type LambdaAuthorizerSettings = Pick<
  Authorizer,
  | "id"
  | "type"
  | "authorizerUri"
  | "identitySource"
  | "identityValidationExpression"
  | "authorizerResultTtlInSeconds"
>;

function failConfiguration(trace: string[], reason: string): never {
  trace.push(`Execution failed due to configuration error: ${reason}`);
  throw new AuthorizerConfigurationError();
}

function refuse(trace: string[], reason: string): never {
  trace.push(`${reason}: Unauthorized`);
  throw new UnauthorizedError();
}

function parseSourcesOrFail(authorizer: LambdaAuthorizerSettings, trace: string[]): IdentitySource[] {
  try {
    return parseIdentitySources(authorizer.identitySource);
  } catch (error) {
    if (error instanceof InvalidIdentitySourceError) return failConfiguration(trace, error.message);
    throw error;
  }
}

function checkValidationExpression(expression: string, token: string, trace: string[]): void {
  let matches: boolean;
  try {
    matches = matchIdentityValidationExpression(expression, token);
  } catch (error) {
    if (error instanceof InvalidValidationExpressionError) return failConfiguration(trace, error.message);
    throw error;
  }
  if (!matches) refuse(trace, "The token does not match the identity validation expression");
}

function readToken(
  authorizer: LambdaAuthorizerSettings,
  sources: IdentitySource[],
  request: AuthorizerRequest,
  trace: string[],
): AuthorizerIdentity {
  const [source] = sources;
  if (sources.length !== 1 || source?.kind !== "header") {
    return failConfiguration(
      trace,
      `Invalid token source expression: ${authorizer.identitySource ?? "null"}`,
    );
  }
  const token = readIdentitySource(source, request);
  trace.push(`Incoming identity: ${describeIncomingIdentity([token])}`);
  if (token === undefined || token === "")
    return refuse(trace, `Identity source ${source.expression} is missing or empty`);
  const expression = authorizer.identityValidationExpression;
  if (expression) checkValidationExpression(expression, token, trace);
  return { values: [token], complete: true };
}

function readRequestSources(
  sources: IdentitySource[],
  request: AuthorizerRequest,
  cachingOn: boolean,
  trace: string[],
): AuthorizerIdentity {
  const values = sources.map((source) => readIdentitySource(source, request));
  if (values.length > 0) trace.push(`Incoming identity: ${describeIncomingIdentity(values)}`);
  const missing = sources.filter((_source, index) => !values[index]);
  if (cachingOn && missing.length > 0) {
    return refuse(
      trace,
      `Identity source ${missing.map((source) => source.expression).join(", ")} is missing or empty`,
    );
  }
  return { values, complete: missing.length === 0 && values.length > 0 };
}

/** Reads and checks the identity; throws UnauthorizedError (401) or AuthorizerConfigurationError (500). */
export function readAuthorizerIdentity(
  authorizer: LambdaAuthorizerSettings,
  request: AuthorizerRequest,
  cachingOn: boolean,
  trace: string[],
): AuthorizerIdentity {
  const sources = parseSourcesOrFail(authorizer, trace);
  if (authorizer.type === "TOKEN") return readToken(authorizer, sources, request, trace);
  if (authorizer.type === "REQUEST") return readRequestSources(sources, request, cachingOn, trace);
  return failConfiguration(trace, `${authorizer.type} is not a Lambda authorizer`);
}
