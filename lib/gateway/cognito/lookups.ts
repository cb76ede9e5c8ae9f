import type { CognitoContext } from "./cognito-context";
import { ResourceNotFoundException, UserNotFoundException } from "./cognito-error";
import { readOwn } from "./own-entry";
import type { AppClientRecord, UserPoolRecord, UserRecord } from "./user-pool-state";

/** ResourceNotFoundException "User pool {id} does not exist." for an unknown pool. */
export function getUserPoolOrThrow(ctx: CognitoContext, userPoolId: string): UserPoolRecord {
  const pool = readOwn(ctx.state.userPools, userPoolId);
  if (pool === undefined) throw new ResourceNotFoundException(`User pool ${userPoolId} does not exist.`);
  return pool;
}

/** ResourceNotFoundException "User pool client {id} does not exist." for an unknown app client. */
export function getAppClientOrThrow(pool: UserPoolRecord, clientId: string): AppClientRecord {
  const client = readOwn(pool.clients, clientId);
  if (client === undefined)
    throw new ResourceNotFoundException(`User pool client ${clientId} does not exist.`);
  return client;
}

/** The pool an app client belongs to, for the operations that name only the client (InitiateAuth). */
export function getAppClientPoolOrThrow(
  ctx: CognitoContext,
  clientId: string,
): { pool: UserPoolRecord; client: AppClientRecord } {
  for (const pool of Object.values(ctx.state.userPools)) {
    const client = readOwn(pool.clients, clientId);
    if (client !== undefined) return { pool, client };
  }
  throw new ResourceNotFoundException(`User pool client ${clientId} does not exist.`);
}

/** The key a user is filed under: user names are case-insensitive, as in pools created since 2020. */
export function toUserKey(username: string): string {
  return username.toLowerCase();
}

export function findUser(pool: UserPoolRecord, username: string): UserRecord | undefined {
  return readOwn(pool.users, toUserKey(username));
}

/** UserNotFoundException "User does not exist." for an unknown user. */
export function getUserOrThrow(pool: UserPoolRecord, username: string): UserRecord {
  const user = findUser(pool, username);
  if (user === undefined) throw new UserNotFoundException("User does not exist.");
  return user;
}
