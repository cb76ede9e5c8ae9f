/**
 * Identity sources: where an authorizer finds the caller's identity. A TOKEN authorizer names one header
 * (`method.request.header.Auth`); a REQUEST authorizer a comma-separated list of headers, query-string
 * parameters, stage variables and `$context` variables. Path parameters cannot be identity sources [DOC].
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_Authorizer.html
 */

export type IdentitySourceKind = "header" | "querystring" | "stageVariables" | "context";

export interface IdentitySource {
  /** As configured, e.g. `method.request.header.Authorization`. */
  readonly expression: string;
  readonly kind: IdentitySourceKind;
  /** The header, parameter or variable name (a dotted path for `context`). */
  readonly name: string;
}

/** An identity source the authorizer cannot read: a configuration error, answered with a 500. */
export class InvalidIdentitySourceError extends Error {
  override name = "InvalidIdentitySourceError";
}

const PREFIXES: ReadonlyArray<readonly [string, IdentitySourceKind]> = [
  ["method.request.header.", "header"],
  ["method.request.querystring.", "querystring"],
  ["stageVariables.", "stageVariables"],
  ["context.", "context"],
];

function toIdentitySource(expression: string): IdentitySource {
  for (const [prefix, kind] of PREFIXES) {
    if (expression.startsWith(prefix) && expression.length > prefix.length) {
      return { expression, kind, name: expression.slice(prefix.length) };
    }
  }
  throw new InvalidIdentitySourceError(`Invalid identity source expression: ${expression}`);
}

/** The sources listed in `identitySource`, in order; an empty or absent setting gives none. */
export function parseIdentitySources(identitySource: string | undefined): IdentitySource[] {
  return (identitySource ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map(toIdentitySource);
}
