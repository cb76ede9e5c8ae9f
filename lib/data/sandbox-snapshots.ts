/**
 * Versioned snapshots of a sandbox's state: taken on request, and automatically before the state is
 * replaced (reset, restore). Each write keeps at most `keep` snapshots per sandbox, pruning the oldest in
 * the same transaction, so the list never grows past the limit even for a moment.
 */
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { syncApiIndex, type StoredSandbox } from "./sandboxes";

/** What lists show of a snapshot: never its state. */
export interface SnapshotSummary {
  id: string;
  sandboxId: string;
  /** The sandbox's version when the snapshot was taken. */
  version: number;
  label: string;
  createdAt: Date;
}

export interface StoredSnapshot extends SnapshotSummary {
  state: unknown;
}

/** The state a sandbox gets in place of its current one, and the REST API ids that state holds. */
export interface ReplacementState {
  state: unknown;
  apiIds: string[];
  /** Label of the snapshot taken of the current state. */
  label: string;
}

export interface ReplaceSandboxStateOptions {
  /** Snapshots to keep per sandbox. */
  keep: number;
  /** Restore: the snapshot whose state `next` receives (kept through the pruning). */
  snapshotId?: string;
  /** The new state, from the current one (and the snapshot's); runs inside the transaction, so keep it pure. */
  next: (current: StoredSandbox, snapshot: StoredSnapshot | undefined) => ReplacementState;
}

const SUMMARY_SELECT = { id: true, sandboxId: true, version: true, label: true, createdAt: true } as const;

async function getOwnedSandboxInTx(tx: Tx, userId: string, sandboxId: string): Promise<StoredSandbox> {
  const row = await tx.sandbox.findFirst({ where: { id: sandboxId, userId } });
  if (!row) throw new AppError("NOT_FOUND", `No sandbox with id ${sandboxId}.`);
  return row;
}

async function getSnapshotInTx(tx: Tx, sandboxId: string, snapshotId: string): Promise<StoredSnapshot> {
  const row = await tx.sandboxSnapshot.findFirst({ where: { id: snapshotId, sandboxId } });
  if (!row) throw new AppError("NOT_FOUND", `No snapshot with id ${snapshotId} in sandbox ${sandboxId}.`);
  return row;
}

/** Deletes all but the newest `keep` snapshots of a sandbox, never one of `protectedIds`. */
async function pruneSnapshots(tx: Tx, sandboxId: string, keep: number, protectedIds: string[]): Promise<void> {
  const rows = await tx.sandboxSnapshot.findMany({
    where: { sandboxId },
    select: { id: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  const survivors = new Set(protectedIds.slice(0, keep));
  for (const row of rows) {
    if (survivors.size >= keep) break;
    survivors.add(row.id);
  }
  if (rows.length > survivors.size) {
    await tx.sandboxSnapshot.deleteMany({ where: { sandboxId, id: { notIn: [...survivors] } } });
  }
}

async function snapshotCurrentState(tx: Tx, sandbox: StoredSandbox, label: string) {
  return tx.sandboxSnapshot.create({
    data: { sandboxId: sandbox.id, version: sandbox.version, label, state: sandbox.state as object },
    select: SUMMARY_SELECT,
  });
}

/** The sandbox's snapshots, newest first. */
export async function listSandboxSnapshots(userId: string, sandboxId: string): Promise<SnapshotSummary[]> {
  const owned = await db().sandbox.findFirst({ where: { id: sandboxId, userId }, select: { id: true } });
  if (!owned) throw new AppError("NOT_FOUND", `No sandbox with id ${sandboxId}.`);
  return db().sandboxSnapshot.findMany({
    where: { sandboxId },
    select: SUMMARY_SELECT,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
}

/** Stores the sandbox's current state as a snapshot and prunes past `keep`. */
export async function createSandboxSnapshot(
  userId: string,
  sandboxId: string,
  label: string,
  keep: number,
): Promise<SnapshotSummary> {
  return db().$transaction(async (tx) => {
    const sandbox = await getOwnedSandboxInTx(tx, userId, sandboxId);
    const snapshot = await snapshotCurrentState(tx, sandbox, label);
    await pruneSnapshots(tx, sandboxId, keep, [snapshot.id]);
    return snapshot;
  });
}

/**
 * Replaces a sandbox's state in one transaction: snapshot of the current state, the new state with a new
 * version (a live copy saving afterwards gets CONFLICT), the API index, the pruning. Returns the sandbox
 * as stored now and the snapshot taken of the state it replaced.
 */
export async function replaceSandboxState(
  userId: string,
  sandboxId: string,
  options: ReplaceSandboxStateOptions,
): Promise<{ sandbox: StoredSandbox; snapshot: SnapshotSummary }> {
  return db().$transaction(async (tx) => {
    const current = await getOwnedSandboxInTx(tx, userId, sandboxId);
    const source = options.snapshotId ? await getSnapshotInTx(tx, sandboxId, options.snapshotId) : undefined;
    const { state, apiIds, label } = options.next(current, source);
    const snapshot = await snapshotCurrentState(tx, current, label);
    await pruneSnapshots(tx, sandboxId, options.keep, source ? [snapshot.id, source.id] : [snapshot.id]);
    const sandbox = await tx.sandbox.update({
      where: { id: sandboxId },
      data: { state: state as object, version: { increment: 1 } },
    });
    await syncApiIndex(tx, sandboxId, apiIds);
    return { sandbox, snapshot };
  });
}
