/**
 * Lambda's own limits and the simulator's host-protection defaults.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html
 */
import type { RuntimeLimits } from "./types";

/** Synchronous invocation payload limit for the request (6 MB). */
export const MAX_REQUEST_PAYLOAD_BYTES = 6_291_456;
/**
 * The response limit Lambda enforces is 100 bytes above the request's: its error reads "exceeded maximum allowed
 * payload size (6291556 bytes)" (recorded in public issue reports).
 */
export const MAX_RESPONSE_PAYLOAD_BYTES = 6_291_556;

/** The on-demand Init phase may run for 10 seconds. */
export const INIT_PHASE_LIMIT_MS = 10_000;

export const DEFAULT_TIMEOUT_SECONDS = 3;
export const DEFAULT_MEMORY_MB = 128;

export const DEFAULT_RUNTIME_LIMITS: RuntimeLimits = {
  wallClockMs: 1_000,
  // QuickJS polls its interrupt handler about 3,000 times per second of tight-loop CPU on this hardware.
  maxInterruptChecks: 3_000,
  // 160 KiB keeps ~900 frames of guest recursion while leaving the host stack a wide margin: at 384 KiB some
  // recursion shapes (Array.prototype.map, iterators) overflowed Node's own stack, which corrupts the WASM module.
  maxStackBytes: 160 * 1024,
  maxHeapBytes: 128 * 1024 * 1024,
  // Lambda does not document how long an idle environment lives; minutes, not hours, is what users observe.
  idleContainerMs: 10 * 60 * 1000,
  maxConcurrency: 1_000,
  // Node.js cold starts of a small function report ~100-200 ms of Init Duration; this is the modelled share
  // that is not the function's own top-level code.
  coldStartMs: 150,
  maxLogEventsPerFunction: 10_000,
};

export function resolveRuntimeLimits(limits: Partial<RuntimeLimits> = {}): RuntimeLimits {
  return { ...DEFAULT_RUNTIME_LIMITS, ...limits };
}

/**
 * The guest heap for a memory size: one eighth of the configured memory, capped at `maxHeapBytes`. Lambda's
 * memory also holds the Node.js runtime (~60 MB of a 128 MB function) and V8's heap is far larger per object than
 * QuickJS's, so a fraction, not the whole, gives learners the same "it fits / it runs out" experience at 128 MB
 * (16 MiB of QuickJS heap) without letting one function claim gigabytes of the shared sandbox.
 * "Max Memory Used" is reported back through the same fraction (see toReportedMemoryMb).
 */
export const HEAP_FRACTION_OF_MEMORY = 1 / 8;

export function toHeapLimitBytes(memorySizeMb: number, limits: RuntimeLimits): number {
  return Math.min(Math.floor(memorySizeMb * 1024 * 1024 * HEAP_FRACTION_OF_MEMORY), limits.maxHeapBytes);
}

/** The REPORT line's `Max Memory Used` for a guest heap peak: the heap mapping inverted, within 1..memorySize. */
export function toReportedMemoryMb(heapBytes: number, memorySizeMb: number): number {
  const mb = Math.ceil(heapBytes / HEAP_FRACTION_OF_MEMORY / (1024 * 1024));
  return Math.max(1, Math.min(memorySizeMb, mb));
}
