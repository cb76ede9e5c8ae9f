import type { JSONWebKeySet } from "jose";
import { readOwn } from "./own-entry";
import { toUserPoolIssuer } from "./user-pool-issuer";
import type { UserPoolRecord } from "./user-pool-state";

/** What a token verifier needs to know of one user pool: no private key, no user. */
export interface UserPoolIssuer {
  readonly userPoolId: string;
  /** `https://cognito-idp.{region}.amazonaws.com/{userPoolId}`. */
  readonly issuer: string;
  /** The pool's `/.well-known/jwks.json`: the same object for as long as the pool's keys are unchanged. */
  readonly jwks: JSONWebKeySet;
  /** True when `clientId` is one of the pool's app clients now. */
  hasAppClient(clientId: string): boolean;
}

/** Where a COGNITO_USER_POOLS authorizer finds the pools its providerARNs name. */
export interface UserPoolDirectory {
  findUserPoolIssuer(userPoolId: string): UserPoolIssuer | undefined;
}

/**
 * A pool's JWKS document, `{ "keys": [...] }`: the ID-token key and the access-token key.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-verifying-a-jwt.html
 */
export function toJwks(pool: UserPoolRecord): JSONWebKeySet {
  return { keys: [{ ...pool.idTokenKey.publicJwk }, { ...pool.accessTokenKey.publicJwk }] };
}

/** The issuer view of a pool; `readPool` reads the live record so that app clients added later count. */
export function toUserPoolIssuerView(
  pool: UserPoolRecord,
  readPool: () => UserPoolRecord | undefined,
): UserPoolIssuer {
  return {
    userPoolId: pool.id,
    issuer: toUserPoolIssuer(pool.id),
    jwks: toJwks(pool),
    hasAppClient: (clientId) => {
      const current = readPool();
      return current !== undefined && readOwn(current.clients, clientId) !== undefined;
    },
  };
}
