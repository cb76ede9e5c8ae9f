/**
 * The sandbox IAM as plain JSON, so that it can be stored and rebuilt: users, roles, inline policies (as
 * the documents that were put), access keys and issued temporary credentials. Restoring validates the
 * shape and re-validates every policy document.
 */
import { z } from "zod";
import { IamEntityError } from "./iam-entity-error";
import type { Clock, Random } from "../ports";
import { createIamState, type IamState, type StoredPolicy } from "./iam-state";
import { parsePolicyDocument } from "./parse-policy-document";

const text = z.string();
const epochSeconds = z.number();
const policies = z.record(z.string(), z.string());
const identity = { path: text, accountId: text, createDate: epochSeconds, policies };

const iamSnapshotSchema = z.object({
  version: z.literal(1),
  accountId: text,
  users: z.array(z.object({ userName: text, userId: text, ...identity })),
  roles: z.array(z.object({ roleName: text, roleId: text, maxSessionDuration: z.number(), ...identity })),
  accessKeys: z.array(
    z.object({
      accessKeyId: text,
      secretAccessKey: text,
      status: z.enum(["Active", "Inactive"]),
      userName: text,
      createDate: epochSeconds,
    }),
  ),
  sessions: z.array(
    z.object({
      accessKeyId: text,
      secretAccessKey: text,
      sessionToken: text,
      issuedAt: epochSeconds,
      expiration: epochSeconds,
      source: z.discriminatedUnion("type", [
        z.object({ type: z.literal("User"), userName: text }),
        z.object({ type: z.literal("AssumedRole"), roleName: text, sessionName: text }),
      ]),
    }),
  ),
});

export type IamSnapshot = z.infer<typeof iamSnapshotSchema>;

const toDocuments = (map: Map<string, StoredPolicy>) =>
  Object.fromEntries([...map].map(([name, policy]) => [name, policy.document]));

const toStoredPolicies = (documents: Record<string, string>) =>
  new Map(
    Object.entries(documents).map(([name, document]) => [
      name,
      { document, parsed: parsePolicyDocument(document, "identity") },
    ]),
  );

export function toIamSnapshot(state: IamState): IamSnapshot {
  return {
    version: 1,
    accountId: state.accountId,
    users: [...state.users.values()].map((user) => ({ ...user, policies: toDocuments(user.policies) })),
    roles: [...state.roles.values()].map((role) => ({ ...role, policies: toDocuments(role.policies) })),
    accessKeys: [...state.accessKeys.values()].map((key) => ({ ...key })),
    sessions: [...state.sessions.values()].map((session) => ({ ...session, source: { ...session.source } })),
  };
}

/** A state holding the snapshot's entities; throws IamEntityError on a malformed snapshot. */
export function toIamState(snapshot: unknown, clock: Clock, random: Random): IamState {
  const parsed = iamSnapshotSchema.safeParse(snapshot);
  if (!parsed.success)
    throw new IamEntityError("ValidationError", `Invalid IAM snapshot: ${parsed.error.issues[0]?.message}`);
  const { accountId, users, roles, accessKeys, sessions } = parsed.data;
  const state = createIamState(accountId, clock, random);
  for (const user of users)
    state.users.set(user.userName.toLowerCase(), { ...user, policies: toStoredPolicies(user.policies) });
  for (const role of roles)
    state.roles.set(role.roleName.toLowerCase(), { ...role, policies: toStoredPolicies(role.policies) });
  for (const key of accessKeys) state.accessKeys.set(key.accessKeyId, { ...key });
  for (const session of sessions) state.sessions.set(session.accessKeyId, session);
  return state;
}
