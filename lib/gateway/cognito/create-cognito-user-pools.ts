import type { JSONWebKeySet } from "jose";
import type { Clock, Random } from "../ports";
import type { CognitoContext } from "./cognito-context";
import { COGNITO_OPERATIONS } from "./cognito-operations";
import { toCognitoSnapshot, type CognitoSnapshot } from "./cognito-snapshot";
import { getUserPoolOrThrow } from "./lookups";
import { readOwn } from "./own-entry";
import { SigningKeyCache } from "./signing-key-cache";
import {
  toJwks,
  toUserPoolIssuerView,
  type UserPoolDirectory,
  type UserPoolIssuer,
} from "./user-pool-directory";
import { createCognitoState, type UserPoolRecord } from "./user-pool-state";

export interface CognitoUserPoolsOptions {
  clock: Clock;
  random: Random;
  /** Default "us-east-1"; pool ids and issuers carry it. */
  region?: string;
  /** Default "123456789012"; pool ARNs carry it. */
  accountId?: string;
  /** A snapshot taken earlier, to rebuild a stored sandbox. */
  snapshot?: unknown;
}

type Operations = typeof COGNITO_OPERATIONS;
type Tail<T extends unknown[]> = T extends [unknown, ...infer Rest] ? Rest : never;

/** The operations with the context bound: `pools.adminCreateUser({ UserPoolId, Username })`. */
export type CognitoOperations = {
  [K in keyof Operations]: (...args: Tail<Parameters<Operations[K]>>) => ReturnType<Operations[K]>;
};

/** One sandbox's simulated Cognito user pools. */
export interface CognitoUserPools extends CognitoOperations, UserPoolDirectory {
  readonly region: string;
  readonly accountId: string;
  /** The pool's `https://cognito-idp.{region}.amazonaws.com/{poolId}/.well-known/jwks.json` document. */
  getJwks(userPoolId: string): JSONWebKeySet;
  /** The whole state as plain JSON (a copy; private keys as JWK). */
  snapshot(): CognitoSnapshot;
  /** Replaces the whole state with a checked copy of `snapshot` (CognitoSnapshotError if malformed). */
  restore(snapshot: unknown): void;
}

/**
 * Creates a sandbox's in-memory Cognito user pools. Operations take and return the user pools API's shapes and
 * reject with CognitoErrors named after AWS's exceptions. Token times come from `clock` and ids from `random`;
 * RSA keys come from WebCrypto, the one source of randomness that cannot be seeded.
 */
export function createCognitoUserPools(options: CognitoUserPoolsOptions): CognitoUserPools {
  const region = options.region ?? "us-east-1";
  const accountId = options.accountId ?? "123456789012";
  let state = options.snapshot === undefined ? createCognitoState() : toCognitoSnapshot(options.snapshot);
  const ctx: CognitoContext = {
    get state() {
      return state;
    },
    clock: options.clock,
    random: options.random,
    region,
    accountId,
    keys: new SigningKeyCache(),
  };
  const issuers = new WeakMap<UserPoolRecord, UserPoolIssuer>();
  const operations = Object.fromEntries(
    Object.entries(COGNITO_OPERATIONS).map(([name, operation]) => [
      name,
      (...args: unknown[]) => (operation as (c: CognitoContext, ...rest: unknown[]) => unknown)(ctx, ...args),
    ]),
  ) as CognitoOperations;
  return {
    ...operations,
    region,
    accountId,
    getJwks: (userPoolId) => toJwks(getUserPoolOrThrow(ctx, userPoolId)),
    findUserPoolIssuer(userPoolId) {
      const pool = readOwn(state.userPools, userPoolId);
      if (pool === undefined) return undefined;
      let issuer = issuers.get(pool);
      if (issuer === undefined) {
        issuer = toUserPoolIssuerView(pool, () => readOwn(state.userPools, userPoolId));
        issuers.set(pool, issuer);
      }
      return issuer;
    },
    snapshot: () => structuredClone(state),
    restore(next) {
      state = toCognitoSnapshot(next);
    },
  };
}
