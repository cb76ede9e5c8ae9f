/**
 * Remembers the connections an adapter factory handed to the engine, so that the shim can close
 * them all when it stops or restarts the engine (the engine does not always dispose them).
 */

/** @typedef {{ dispose(): Promise<void> }} Disposable */

export function createConnectionTracker() {
  /** @type {Set<Disposable>} */
  const open = new Set();
  return {
    /**
     * @template {Disposable} T
     * @param {T} adapter
     * @returns {T}
     */
    track(adapter) {
      const dispose = adapter.dispose.bind(adapter);
      let disposed = /** @type {Promise<void> | undefined} */ (undefined);
      adapter.dispose = () => {
        open.delete(adapter);
        disposed ??= dispose();
        return disposed;
      };
      open.add(adapter);
      return adapter;
    },
    async closeAll() {
      const results = await Promise.allSettled([...open].map((adapter) => adapter.dispose()));
      return results
        .filter((r) => r.status === "rejected")
        .map((r) => /** @type {PromiseRejectedResult} */ (r).reason);
    },
  };
}
