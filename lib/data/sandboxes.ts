/**
 * Sandboxes: each learner's simulated AWS accounts, stored as the engine's exported state, plus the index
 * from REST API id to sandbox that invoke URLs use. Saves are transactional and versioned, so a stale
 * writer never overwrites newer work and the API index always matches the stored state.
 *
 * Functions that take a `userId` act only on that user's sandboxes: another user's sandbox answers
 * NOT_FOUND exactly like a missing one, so ids cannot be probed.
 */
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

export interface StoredSandbox {
  id: string;
  userId: string;
  name: string;
  state: unknown;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** What lists show of a sandbox: never its state. */
export interface SandboxSummary {
  id: string;
  name: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  /** REST APIs the sandbox owns (its invoke-URL index). */
  apiCount: number;
}

export interface CreateSandboxOptions {
  /** Refuse with CONFLICT when the user already has this many sandboxes (SANDBOXES_PER_USER). */
  maxPerUser?: number;
}

const SUMMARY_SELECT = {
  id: true,
  name: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { apis: true } },
} as const;

function toSummary(row: {
  id: string;
  name: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  _count: { apis: number };
}): SandboxSummary {
  const { _count, ...rest } = row;
  return { ...rest, apiCount: _count.apis };
}

function notFound(id: string): AppError {
  return new AppError("NOT_FOUND", `No sandbox with id ${id}.`);
}

/**
 * Invoke URLs are `/execute-api/{apiId}/...` on one server, so a REST API id can belong to one sandbox
 * only: ids already owned by any sandbox other than `sandboxId` are refused with CONFLICT.
 */
async function assertApiIdsFree(tx: Tx, apiIds: string[], sandboxId?: string): Promise<void> {
  if (!apiIds.length) return;
  const taken = await tx.sandboxApi.findMany({
    where: { apiId: { in: apiIds }, ...(sandboxId ? { NOT: { sandboxId } } : {}) },
    select: { apiId: true },
    orderBy: { apiId: "asc" },
  });
  if (!taken.length) return;
  const ids = taken.map((row) => row.apiId).join(", ");
  throw new AppError(
    "CONFLICT",
    `REST API id${taken.length > 1 ? "s" : ""} ${ids} already belong${taken.length > 1 ? "" : "s"} to another sandbox on this server. ` +
      "Invoke URLs address an API by its id alone, so two sandboxes cannot hold the same API: delete the sandbox that owns it first.",
  );
}

/** Makes the API index of `sandboxId` list exactly `apiIds` (CONFLICT when one belongs to another sandbox). */
export async function syncApiIndex(tx: Tx, sandboxId: string, apiIds: string[]): Promise<void> {
  await tx.sandboxApi.deleteMany({ where: { sandboxId, apiId: { notIn: apiIds } } });
  await assertApiIdsFree(tx, apiIds, sandboxId);
  const existing = new Set(
    (await tx.sandboxApi.findMany({ where: { sandboxId }, select: { apiId: true } })).map((r) => r.apiId),
  );
  const added = apiIds.filter((apiId) => !existing.has(apiId));
  if (added.length) await tx.sandboxApi.createMany({ data: added.map((apiId) => ({ apiId, sandboxId })) });
}

export async function createSandbox(
  userId: string,
  name: string,
  state: unknown,
  apiIds: string[] = [],
  options: CreateSandboxOptions = {},
): Promise<StoredSandbox> {
  return db().$transaction(async (tx) => {
    if (options.maxPerUser !== undefined) {
      const owned = await tx.sandbox.count({ where: { userId } });
      if (owned >= options.maxPerUser) {
        throw new AppError(
          "CONFLICT",
          `You already have ${owned} sandboxes, the most one account may keep (SANDBOXES_PER_USER is ${options.maxPerUser}). Delete one to make room.`,
        );
      }
    }
    await assertApiIdsFree(tx, apiIds);
    const row = await tx.sandbox.create({ data: { userId, name, state: state as object } });
    if (apiIds.length)
      await tx.sandboxApi.createMany({ data: apiIds.map((apiId) => ({ apiId, sandboxId: row.id })) });
    return row;
  });
}

export async function getSandboxOrThrow(id: string): Promise<StoredSandbox> {
  const row = await db().sandbox.findUnique({ where: { id } });
  if (!row) throw notFound(id);
  return row;
}

/** The user's own sandbox with its state; NOT_FOUND for a missing one and for anyone else's. */
export async function getOwnedSandboxOrThrow(userId: string, id: string): Promise<StoredSandbox> {
  const row = await db().sandbox.findFirst({ where: { id, userId } });
  if (!row) throw notFound(id);
  return row;
}

/** Throws NOT_FOUND unless the sandbox exists and belongs to the user (reads no state). */
export async function assertSandboxOwned(userId: string, id: string): Promise<void> {
  const row = await db().sandbox.findFirst({ where: { id, userId }, select: { id: true } });
  if (!row) throw notFound(id);
}

/** The user's sandboxes, oldest first. */
export async function listSandboxes(userId: string): Promise<SandboxSummary[]> {
  const rows = await db().sandbox.findMany({
    where: { userId },
    select: SUMMARY_SELECT,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map(toSummary);
}

export async function getSandboxSummaryOrThrow(userId: string, id: string): Promise<SandboxSummary> {
  const row = await db().sandbox.findFirst({ where: { id, userId }, select: SUMMARY_SELECT });
  if (!row) throw notFound(id);
  return toSummary(row);
}

/** Renames a sandbox. The name is not part of the engine's state, so the version stays. */
export async function renameSandbox(userId: string, id: string, name: string): Promise<SandboxSummary> {
  return db().$transaction(async (tx) => {
    const updated = await tx.sandbox.updateMany({ where: { id, userId }, data: { name } });
    if (updated.count !== 1) throw notFound(id);
    const row = await tx.sandbox.findUniqueOrThrow({ where: { id }, select: SUMMARY_SELECT });
    return toSummary(row);
  });
}

/** Deletes a sandbox with its API index and snapshots (cascade). */
export async function deleteSandbox(userId: string, id: string): Promise<void> {
  const deleted = await db().sandbox.deleteMany({ where: { id, userId } });
  if (deleted.count !== 1) throw notFound(id);
}

/** The sandbox that owns a REST API id (invoke URLs), or null. */
export async function findSandboxIdByApiId(apiId: string): Promise<string | null> {
  const row = await db().sandboxApi.findUnique({ where: { apiId }, select: { sandboxId: true } });
  return row?.sandboxId ?? null;
}

/**
 * Stores a new state when the stored version is still `expectedVersion`, and makes the API index list
 * exactly `apiIds`. Returns the new version; CONFLICT when someone saved in between or an API id belongs
 * to another sandbox.
 */
export async function saveSandboxState(
  id: string,
  expectedVersion: number,
  state: unknown,
  apiIds: string[],
): Promise<number> {
  return db().$transaction(async (tx) => {
    const updated = await tx.sandbox.updateMany({
      where: { id, version: expectedVersion },
      data: { state: state as object, version: { increment: 1 } },
    });
    if (updated.count !== 1) {
      throw new AppError(
        "CONFLICT",
        `Sandbox ${id} changed since version ${expectedVersion}; reload it and try again.`,
      );
    }
    await syncApiIndex(tx, id, apiIds);
    return expectedVersion + 1;
  });
}
