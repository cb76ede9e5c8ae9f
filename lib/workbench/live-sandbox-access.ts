/**
 * The workbench works on the LIVE copy of a sandbox (the one invoke URLs and the /aws endpoint use), after
 * checking that it belongs to the signed-in user. A save that fails (someone else saved first) drops the
 * live copy, so that it is never left holding a change the database refused.
 */
import { assertSandboxOwned } from "@/lib/data/sandboxes";
import { sandboxHost, type LiveSandbox } from "@/lib/live-sandboxes";

/** The user's sandbox, live; NOT_FOUND for a missing one and for anyone else's. */
export async function loadOwnedLiveSandbox(userId: string, sandboxId: string): Promise<LiveSandbox> {
  await assertSandboxOwned(userId, sandboxId);
  return sandboxHost().load(sandboxId);
}

/** Saves a live sandbox now; on failure it is unloaded (the next request loads what is stored). */
export async function saveLiveSandbox(sandbox: LiveSandbox): Promise<void> {
  const host = sandboxHost();
  try {
    await host.save(sandbox);
  } catch (error) {
    host.unload(sandbox.id);
    throw error;
  }
}
