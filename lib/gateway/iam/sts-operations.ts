/**
 * Temporary credentials, as STS issues them: GetSessionToken (for the user who owns a long-term key,
 * 900 to 129,600 seconds, 12 hours by default) and AssumeRole (900 seconds up to the role's maximum
 * session duration, 1 hour by default). Each has an `ASIA` key id, a secret, a session token and an
 * expiration; requests signed with them must carry the token in `X-Amz-Security-Token`.
 * @see https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html
 * @see https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
 */
import { generateAccessKeyId, generateSecretAccessKey, generateSessionToken } from "./generate-credentials";
import { IamEntityError } from "./iam-entity-error";
import { nowSeconds, type IamState, type SessionSource, type StoredSession } from "./iam-state";
import type { TemporaryCredentials } from "./iam-views";
import { getRoleOrThrow } from "./role-operations";
import { assertDurationValid, assertNameValid, ROLE_SESSION_NAME } from "./validate-iam-name";

function issueSession(state: IamState, source: SessionSource, durationSeconds: number): TemporaryCredentials {
  const issuedAt = nowSeconds(state);
  const session: StoredSession = {
    accessKeyId: generateAccessKeyId(state.random, "ASIA"),
    secretAccessKey: generateSecretAccessKey(state.random),
    sessionToken: generateSessionToken(state.random),
    issuedAt,
    expiration: issuedAt + durationSeconds,
    source,
  };
  state.sessions.set(session.accessKeyId, session);
  const { accessKeyId, secretAccessKey, sessionToken, expiration } = session;
  return { accessKeyId, secretAccessKey, sessionToken, expiration };
}

/** Temporary credentials for the user whose long-term key `accessKeyId` calls GetSessionToken. */
export function getSessionToken(
  state: IamState,
  accessKeyId: string,
  durationSeconds = 43200,
): TemporaryCredentials {
  if (state.sessions.has(accessKeyId))
    throw new IamEntityError("AccessDenied", "Cannot call GetSessionToken with session credentials");
  const key = state.accessKeys.get(accessKeyId);
  if (!key || key.status !== "Active")
    throw new IamEntityError("NoSuchEntity", `The Access Key with id ${accessKeyId} cannot be found.`);
  assertDurationValid(durationSeconds, 900, 129600);
  return issueSession(state, { type: "User", userName: key.userName }, durationSeconds);
}

export interface AssumeRoleInput {
  roleName: string;
  roleSessionName: string;
  durationSeconds?: number;
}

export function assumeRole(state: IamState, input: AssumeRoleInput): TemporaryCredentials {
  const role = getRoleOrThrow(state, input.roleName);
  assertNameValid(input.roleSessionName, ROLE_SESSION_NAME);
  const durationSeconds = input.durationSeconds ?? 3600;
  assertDurationValid(durationSeconds, 900, 43200);
  if (durationSeconds > role.maxSessionDuration)
    throw new IamEntityError(
      "ValidationError",
      "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.",
    );
  const source = {
    type: "AssumedRole",
    roleName: role.roleName,
    sessionName: input.roleSessionName,
  } as const;
  return issueSession(state, source, durationSeconds);
}
