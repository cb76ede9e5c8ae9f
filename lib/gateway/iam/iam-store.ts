/**
 * The sandbox's IAM and STS: users, roles, inline identity policies, access keys and temporary
 * credentials of one simulated AWS account. Identifiers and secrets come from the Random port and dates
 * from the Clock port, so a seeded sandbox is reproducible. It is what SigV4 verification resolves access
 * keys against and what identity-policy evaluation reads.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/welcome.html
 * @see https://docs.aws.amazon.com/STS/latest/APIReference/welcome.html
 */
import type { Clock, Random } from "../ports";
import * as keys from "./access-key-operations";
import type { CredentialResolver, IdentityPolicySource, ResolvedCredential } from "./credential-resolver";
import { findCredential, identityPoliciesOf } from "./find-credential";
import type { IamPrincipal } from "./iam-principal";
import { toIamSnapshot, toIamState, type IamSnapshot } from "./iam-snapshot";
import { createIamState, type IamState } from "./iam-state";
import {
  toIamRole,
  toIamUser,
  type AccessKey,
  type IamRole,
  type IamUser,
  type TemporaryCredentials,
} from "./iam-views";
import * as policies from "./inline-policy-operations";
import type { PolicyDocument } from "./policy-document";
import * as roles from "./role-operations";
import * as sts from "./sts-operations";
import * as users from "./user-operations";

export interface IamStoreOptions {
  accountId: string;
  clock: Clock;
  random: Random;
}

export class IamStore implements CredentialResolver, IdentityPolicySource {
  private constructor(private readonly state: IamState) {}

  static create(options: IamStoreOptions): IamStore {
    return new IamStore(createIamState(options.accountId, options.clock, options.random));
  }

  /** Rebuilds a store from `snapshot()`'s output; throws IamEntityError when it is malformed. */
  static fromSnapshot(snapshot: unknown, ports: { clock: Clock; random: Random }): IamStore {
    return new IamStore(toIamState(snapshot, ports.clock, ports.random));
  }

  get accountId(): string {
    return this.state.accountId;
  }

  snapshot(): IamSnapshot {
    return toIamSnapshot(this.state);
  }

  createUser(userName: string, options?: users.CreateUserOptions): IamUser {
    return users.createUser(this.state, userName, options);
  }
  getUser(userName: string): IamUser {
    return toIamUser(users.getUserOrThrow(this.state, userName));
  }
  deleteUser(userName: string): void {
    users.deleteUser(this.state, userName);
  }
  listUsers(): IamUser[] {
    return users.listUsers(this.state);
  }

  createRole(roleName: string, options?: roles.CreateRoleOptions): IamRole {
    return roles.createRole(this.state, roleName, options);
  }
  getRole(roleName: string): IamRole {
    return toIamRole(roles.getRoleOrThrow(this.state, roleName));
  }
  deleteRole(roleName: string): void {
    roles.deleteRole(this.state, roleName);
  }
  listRoles(): IamRole[] {
    return roles.listRoles(this.state);
  }

  createAccessKey(userName: string): Required<AccessKey> {
    return keys.createAccessKey(this.state, userName);
  }
  updateAccessKey(userName: string, accessKeyId: string, status: "Active" | "Inactive"): void {
    keys.updateAccessKey(this.state, userName, accessKeyId, status);
  }
  deleteAccessKey(userName: string, accessKeyId: string): void {
    keys.deleteAccessKey(this.state, userName, accessKeyId);
  }
  listAccessKeys(userName: string): AccessKey[] {
    return keys.listAccessKeys(this.state, userName);
  }

  putUserPolicy(userName: string, policyName: string, document: string | object): void {
    policies.putInlinePolicy(this.state, "user", userName, policyName, document);
  }
  getUserPolicy(userName: string, policyName: string): string {
    return policies.getInlinePolicy(this.state, "user", userName, policyName);
  }
  deleteUserPolicy(userName: string, policyName: string): void {
    policies.deleteInlinePolicy(this.state, "user", userName, policyName);
  }
  listUserPolicies(userName: string): string[] {
    return policies.listInlinePolicies(this.state, "user", userName);
  }
  putRolePolicy(roleName: string, policyName: string, document: string | object): void {
    policies.putInlinePolicy(this.state, "role", roleName, policyName, document);
  }
  deleteRolePolicy(roleName: string, policyName: string): void {
    policies.deleteInlinePolicy(this.state, "role", roleName, policyName);
  }
  listRolePolicies(roleName: string): string[] {
    return policies.listInlinePolicies(this.state, "role", roleName);
  }

  /** STS GetSessionToken, called with the user's long-term key `accessKeyId`. */
  getSessionToken(accessKeyId: string, durationSeconds?: number): TemporaryCredentials {
    return sts.getSessionToken(this.state, accessKeyId, durationSeconds);
  }
  assumeRole(input: sts.AssumeRoleInput): TemporaryCredentials {
    return sts.assumeRole(this.state, input);
  }

  findCredential(accessKeyId: string): ResolvedCredential | undefined {
    return findCredential(this.state, accessKeyId);
  }
  identityPoliciesOf(principal: IamPrincipal): readonly PolicyDocument[] {
    return identityPoliciesOf(this.state, principal);
  }
}
