/**
 * Sandboxes: each learner's simulated AWS accounts, stored as the engine's exported state, plus the index
 * from REST API id to sandbox that invoke URLs use. Saves are transactional and versioned, so a stale
 * writer never overwrites newer work and the API index always matches the stored state.
 */
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export interface StoredSandbox {
  id: string;
  userId: string;
  name: string;
  state: unknown;
  version: number;
  updatedAt: Date;
}

export async function createSandbox(userId: string, name: string, state: unknown, apiIds: string[] = []): Promise<StoredSandbox> {
  return db().$transaction(async (tx) => {
    const row = await tx.sandbox.create({ data: { userId, name, state: state as object } });
    if (apiIds.length) await tx.sandboxApi.createMany({ data: apiIds.map((apiId) => ({ apiId, sandboxId: row.id })) });
    return row;
  });
}

export async function getSandboxOrThrow(id: string): Promise<StoredSandbox> {
  const row = await db().sandbox.findUnique({ where: { id } });
  if (!row) throw new AppError("NOT_FOUND", `No sandbox with id ${id}.`);
  return row;
}

export async function listSandboxes(userId: string) {
  return db().sandbox.findMany({
    where: { userId },
    select: { id: true, name: true, version: true, createdAt: true, updatedAt: true },
    orderBy: { createdAt: "asc" },
  });
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
export async function saveSandboxState(id: string, expectedVersion: number, state: unknown, apiIds: string[]): Promise<number> {
  return db().$transaction(async (tx) => {
    const updated = await tx.sandbox.updateMany({
      where: { id, version: expectedVersion },
      data: { state: state as object, version: { increment: 1 } },
    });
    if (updated.count !== 1) {
      throw new AppError("CONFLICT", `Sandbox ${id} changed since version ${expectedVersion}; reload it and try again.`);
    }
    await tx.sandboxApi.deleteMany({ where: { sandboxId: id, apiId: { notIn: apiIds } } });
    const taken = await tx.sandboxApi.findMany({ where: { apiId: { in: apiIds }, NOT: { sandboxId: id } }, select: { apiId: true } });
    if (taken.length) throw new AppError("CONFLICT", `API id ${taken[0]!.apiId} already belongs to another sandbox.`);
    const existing = new Set((await tx.sandboxApi.findMany({ where: { sandboxId: id }, select: { apiId: true } })).map((r) => r.apiId));
    const added = apiIds.filter((apiId) => !existing.has(apiId));
    if (added.length) await tx.sandboxApi.createMany({ data: added.map((apiId) => ({ apiId, sandboxId: id })) });
    return expectedVersion + 1;
  });
}
