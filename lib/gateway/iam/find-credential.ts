/**
 * Resolves an access key id to its secret and principal: a user's long-term key, or temporary
 * credentials from GetSessionToken (the user) or AssumeRole (the role session).
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html
 */
import type { ResolvedCredential } from "./credential-resolver";
import type { IamPrincipal } from "./iam-principal";
import type { IamState, SessionSource, StoredUser } from "./iam-state";
import { toAssumedRoleArn, toRoleArn, toUserArn } from "./iam-views";
import type { PolicyDocument } from "./policy-document";

function toUserPrincipal(user: StoredUser): IamPrincipal {
  return {
    type: "User",
    accountId: user.accountId,
    arn: toUserArn(user.accountId, user.path, user.userName),
    id: user.userId,
    userName: user.userName,
  };
}

function principalOf(state: IamState, source: SessionSource): IamPrincipal | undefined {
  if (source.type === "User") {
    const user = state.users.get(source.userName.toLowerCase());
    return user && toUserPrincipal(user);
  }
  const role = state.roles.get(source.roleName.toLowerCase());
  if (!role) return undefined;
  return {
    type: "AssumedRole",
    accountId: role.accountId,
    arn: toAssumedRoleArn(role.accountId, role.roleName, source.sessionName),
    id: `${role.roleId}:${source.sessionName}`,
    roleName: role.roleName,
    roleArn: toRoleArn(role.accountId, role.path, role.roleName),
    sessionName: source.sessionName,
  };
}

export function findCredential(state: IamState, accessKeyId: string): ResolvedCredential | undefined {
  const key = state.accessKeys.get(accessKeyId);
  if (key) {
    const { secretAccessKey, status, userName } = key;
    const principal = principalOf(state, { type: "User", userName });
    return { accessKeyId, secretAccessKey, status, kind: "long-term", principal };
  }
  const session = state.sessions.get(accessKeyId);
  if (!session) return undefined;
  const { secretAccessKey, sessionToken, issuedAt, expiration, source } = session;
  const principal = principalOf(state, source);
  return {
    accessKeyId,
    secretAccessKey,
    status: "Active",
    kind: "temporary",
    sessionToken,
    issuedAt,
    expiration,
    principal,
  };
}

export function identityPoliciesOf(state: IamState, principal: IamPrincipal): PolicyDocument[] {
  const holder =
    principal.type === "User"
      ? state.users.get(principal.userName.toLowerCase())
      : state.roles.get(principal.roleName.toLowerCase());
  return holder ? [...holder.policies.values()].map((policy) => policy.parsed) : [];
}
