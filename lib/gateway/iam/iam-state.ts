/**
 * The sandbox IAM's state: users, roles, their inline policies, access keys and the temporary credentials
 * STS has issued. Dates are epoch seconds, as elsewhere in the engine's AWS shapes.
 */
import type { Clock, Random } from "../ports";
import type { PolicyDocument } from "./policy-document";

export interface StoredPolicy {
  /** The document as it was put (JSON text). */
  readonly document: string;
  readonly parsed: PolicyDocument;
}

interface StoredIdentity {
  readonly accountId: string;
  readonly path: string;
  readonly createDate: number;
  readonly policies: Map<string, StoredPolicy>;
}

export interface StoredUser extends StoredIdentity {
  readonly userName: string;
  readonly userId: string;
}

export interface StoredRole extends StoredIdentity {
  readonly roleName: string;
  readonly roleId: string;
  readonly maxSessionDuration: number;
}

export interface StoredAccessKey {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  status: "Active" | "Inactive";
  readonly userName: string;
  readonly createDate: number;
}

export type SessionSource =
  | { readonly type: "User"; readonly userName: string }
  | { readonly type: "AssumedRole"; readonly roleName: string; readonly sessionName: string };

export interface StoredSession {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  readonly issuedAt: number;
  readonly expiration: number;
  readonly source: SessionSource;
}

export interface IamState {
  readonly accountId: string;
  readonly clock: Clock;
  readonly random: Random;
  readonly users: Map<string, StoredUser>;
  readonly roles: Map<string, StoredRole>;
  readonly accessKeys: Map<string, StoredAccessKey>;
  readonly sessions: Map<string, StoredSession>;
}

export function createIamState(accountId: string, clock: Clock, random: Random): IamState {
  return {
    accountId,
    clock,
    random,
    users: new Map(),
    roles: new Map(),
    accessKeys: new Map(),
    sessions: new Map(),
  };
}

export function nowSeconds(state: IamState): number {
  return Math.floor(state.clock.now() / 1000);
}
