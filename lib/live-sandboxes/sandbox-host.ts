/**
 * Live sandboxes on this server: loaded from the database on first use, kept in memory (least recently
 * used unloaded past SANDBOX_CACHE_SIZE), each with its own invoke-rate bucket. Invoke URLs never touch
 * the database on a warm path: the API id → sandbox index and the engine live in memory.
 */
import { randomInt } from "node:crypto";
import {
  createGatewaySandbox,
  type GatewaySandbox,
  type GatewaySandboxState,
} from "@/lib/gateway/create-gateway-sandbox";
import { HostClock, HostRandom } from "@/lib/gateway/ports";
import { TokenBucket } from "@/lib/gateway/throttling";
import { findSandboxIdByApiId, getSandboxOrThrow, saveSandboxState } from "@/lib/data/sandboxes";

export interface SandboxHostSettings {
  maxLive: number;
  ratePerSecond: number;
  burst: number;
}

export interface LiveSandbox {
  id: string;
  version: number;
  engine: GatewaySandbox;
  invokeBucket: TokenBucket;
  /** Served requests since the last save: usage-plan quota counts live in the sandbox's state. */
  dirty: boolean;
}

/** Every REST API id of a sandbox (GetRestApis pages at most 500). */
function allRestApiIds(engine: GatewaySandbox): string[] {
  const ids: string[] = [];
  let position: string | undefined;
  do {
    const page = engine.controlPlane.getRestApis({ limit: 500, position });
    ids.push(...page.items.map((api) => api.id));
    position = page.position;
  } while (position);
  return ids;
}

const clock = new HostClock(() => Date.now());
// 47 bits: the most randomInt draws at once (its range must stay below 2^48).
const random = new HostRandom(() => randomInt(0, 2 ** 47) / 2 ** 47);

export class SandboxHost {
  private readonly live = new Map<string, Promise<LiveSandbox>>();
  private readonly apiIndex = new Map<string, string | null>();

  constructor(private readonly settings: SandboxHostSettings) {}

  /** The live sandbox serving a REST API id, or undefined when no sandbox owns it. */
  async forApiId(apiId: string): Promise<LiveSandbox | undefined> {
    let sandboxId = this.apiIndex.get(apiId);
    if (sandboxId === undefined) {
      sandboxId = await findSandboxIdByApiId(apiId);
      this.apiIndex.set(apiId, sandboxId);
    }
    return sandboxId ? this.load(sandboxId) : undefined;
  }

  load(sandboxId: string): Promise<LiveSandbox> {
    let entry = this.live.get(sandboxId);
    if (entry) {
      this.live.delete(sandboxId); // re-insert: Map order is the LRU order
      this.live.set(sandboxId, entry);
      return entry;
    }
    entry = this.start(sandboxId);
    this.live.set(sandboxId, entry);
    entry.catch(() => this.live.delete(sandboxId));
    this.evictOverCapacity();
    return entry;
  }

  /** Forgets what this server knows of a sandbox (after it was saved elsewhere, or deleted). */
  unload(sandboxId: string): void {
    const entry = this.live.get(sandboxId);
    this.live.delete(sandboxId);
    for (const [apiId, owner] of this.apiIndex) if (owner === sandboxId) this.apiIndex.delete(apiId);
    entry?.then((s) => s.engine.dispose()).catch(() => {});
  }

  private async start(sandboxId: string): Promise<LiveSandbox> {
    const stored = await getSandboxOrThrow(sandboxId);
    const engine = await createGatewaySandbox({ clock, random, state: stored.state as GatewaySandboxState });
    const invokeBucket = new TokenBucket(this.settings.ratePerSecond, this.settings.burst, clock.now());
    return { id: sandboxId, version: stored.version, engine, invokeBucket, dirty: false };
  }

  /** Saves one live sandbox now (control-plane changes) and forgets cached API-id lookups it may change. */
  async save(sandbox: LiveSandbox): Promise<void> {
    sandbox.version = await saveSandboxState(
      sandbox.id,
      sandbox.version,
      sandbox.engine.exportState(),
      allRestApiIds(sandbox.engine),
    );
    sandbox.dirty = false;
    this.apiIndex.clear();
  }

  /**
   * Writes back every live sandbox that served requests since its last save (write-behind), so that
   * quota counts survive a restart. A sandbox saved elsewhere in between is reloaded instead.
   */
  async flush(): Promise<number> {
    let saved = 0;
    for (const [id, entry] of this.live) {
      const sandbox = await entry.catch(() => undefined);
      if (!sandbox?.dirty) continue;
      sandbox.dirty = false;
      const state = sandbox.engine.exportState();
      const apiIds = allRestApiIds(sandbox.engine);
      try {
        sandbox.version = await saveSandboxState(id, sandbox.version, state, apiIds);
        saved++;
      } catch {
        this.unload(id); // changed elsewhere: the next request loads the stored version
      }
    }
    return saved;
  }

  private evictOverCapacity(): void {
    while (this.live.size > this.settings.maxLive) {
      const oldest = this.live.keys().next().value;
      if (oldest === undefined) return;
      this.unload(oldest);
    }
  }

  get liveCount(): number {
    return this.live.size;
  }
}
