/**
 * Loads the QuickJS WASM module once, on a WebAssembly.Memory the simulator owns. Every execution environment is
 * a QuickJS runtime inside this one module, so creating one costs a fraction of a millisecond.
 *
 * Owning the memory matters: in the WASM build QuickJS cannot measure allocation sizes ("malloc_usable_size
 * unavailable" in its memory dump), so its memory limit only counts blocks and lets a few large arrays grow the
 * module to its 2 GiB maximum, which a WASM memory never gives back. The growth guard below refuses growth beyond
 * the running invocation's heap budget or after its real-time deadline, and the memory's own maximum bounds the
 * whole sandbox.
 */
import { newQuickJSWASMModuleFromVariant, newVariant, RELEASE_SYNC } from "quickjs-emscripten";
import type { QuickJSWASMModule } from "quickjs-emscripten";

const PAGE_BYTES = 65_536;
/** The module's own initial memory (emscripten's INITIAL_MEMORY for this build). */
const INITIAL_BYTES = 16 * 1024 * 1024;
export const DEFAULT_SANDBOX_MEMORY_BYTES = 512 * 1024 * 1024;

/** What the running guest code may still take from the module's memory. */
export interface GrowthBudget {
  /** Bytes the module may still grow by for this invocation. */
  remainingBytes: number;
  /** False once the invocation's real-time deadline has passed. */
  withinDeadline(): boolean;
  /** Called when growth is refused: the invocation ran out of memory. */
  onRefused(): void;
}

export class MemoryGrowthGuard {
  private budget: GrowthBudget | undefined;

  constructor(readonly memory: WebAssembly.Memory) {
    const grow = memory.grow.bind(memory);
    memory.grow = (pages: number): number => {
      this.assertGrowthAllowed(pages * PAGE_BYTES);
      return grow(pages);
    };
  }

  /** Runs guest code under a budget; growth outside any budget (host set-up) is only bounded by the maximum. */
  run<T>(budget: GrowthBudget, body: () => T): T {
    const outer = this.budget;
    this.budget = budget;
    try {
      return body();
    } finally {
      this.budget = outer;
    }
  }

  get byteLength(): number {
    return this.memory.buffer.byteLength;
  }

  private assertGrowthAllowed(bytes: number): void {
    const budget = this.budget;
    if (budget === undefined) return;
    if (bytes <= budget.remainingBytes && budget.withinDeadline()) {
      budget.remainingBytes -= bytes;
      return;
    }
    budget.onRefused();
    // Emscripten's resize-heap catches this and reports a failed malloc, which QuickJS turns into "out of memory".
    throw new RangeError("WebAssembly memory growth refused by the Lambda sandbox");
  }
}

export interface LambdaSandbox {
  readonly quickjs: QuickJSWASMModule;
  readonly guard: MemoryGrowthGuard;
}

export interface LambdaSandboxOptions {
  /** The most memory all execution environments together may use. Default 512 MiB. */
  maxMemoryBytes?: number;
}

export async function loadLambdaSandbox(options: LambdaSandboxOptions = {}): Promise<LambdaSandbox> {
  const maxBytes = Math.max(options.maxMemoryBytes ?? DEFAULT_SANDBOX_MEMORY_BYTES, INITIAL_BYTES);
  const memory = new WebAssembly.Memory({
    initial: INITIAL_BYTES / PAGE_BYTES,
    maximum: Math.ceil(maxBytes / PAGE_BYTES),
  });
  const guard = new MemoryGrowthGuard(memory);
  const quickjs = await newQuickJSWASMModuleFromVariant(newVariant(RELEASE_SYNC, { wasmMemory: memory }));
  return { quickjs, guard };
}

let defaultSandbox: Promise<LambdaSandbox> | undefined;

/** One sandbox per process (or browser tab), shared by every runtime that is not given its own. */
export function getDefaultLambdaSandbox(): Promise<LambdaSandbox> {
  defaultSandbox ??= loadLambdaSandbox().catch((error: unknown) => {
    // A failed load (e.g. the .wasm file could not be fetched in a browser) is retried by the next caller.
    defaultSandbox = undefined;
    throw error;
  });
  return defaultSandbox;
}
