/**
 * Cleanup that must run however the process ends: the Prisma CLI closes the engine's stdin and
 * sends SIGTERM right away, so resources (shadow databases) are released from here as well.
 */

/** @type {Set<() => Promise<unknown>>} */
const hooks = new Set();

/**
 * @param {() => Promise<unknown>} hook
 * @returns {() => void} removes the hook
 */
export function onShutdown(hook) {
  hooks.add(hook);
  return () => hooks.delete(hook);
}

/** @type {Promise<void> | undefined} */
let running;

/**
 * Runs every hook once, in registration order: the engine (which closes pools) before any
 * leftover shadow database drop. Errors are ignored (best effort on the way out).
 */
export function runShutdownHooks() {
  running ??= (async () => {
    for (const hook of [...hooks]) {
      hooks.delete(hook);
      await hook().catch(() => {});
    }
  })();
  return running;
}
