/**
 * An execution environment's AWS calls in flight. A call takes no virtual time: its result waits in `ready` until
 * the event loop hands it to the guest, so a call left unawaited by a handler that already answered completes
 * in the next invocation, as it would in a frozen Lambda environment.
 */
import { callService, type ServiceCallResult } from "./call-service";
import type { LambdaServices, ServiceRequest } from "./types";

export const MAX_PENDING_CALLS = 1_000;

export interface ReadyCall extends ServiceCallResult {
  readonly id: number;
}

export class ServiceCallQueue {
  private readonly pending = new Map<number, Promise<void>>();
  private ready: ReadyCall[] = [];
  private nextId = 1;

  constructor(private readonly services: LambdaServices | undefined) {}

  /** Starts a call and returns its id. @throws RangeError past MAX_PENDING_CALLS. */
  start(request: ServiceRequest): number {
    if (this.pending.size >= MAX_PENDING_CALLS) {
      throw new RangeError(
        `Too many AWS calls in flight in this execution environment (limit ${MAX_PENDING_CALLS})`,
      );
    }
    const id = this.nextId++;
    const settled = callService(this.services, request).then((result) => {
      this.pending.delete(id);
      this.ready.push({ id, ...result });
    });
    this.pending.set(id, settled);
    return id;
  }

  takeReady(): readonly ReadyCall[] {
    const ready = this.ready;
    this.ready = [];
    return ready;
  }

  hasReady(): boolean {
    return this.ready.length > 0;
  }

  hasPending(): boolean {
    return this.pending.size > 0;
  }

  /** Resolves when any call in flight finishes. */
  async nextSettled(): Promise<void> {
    await Promise.race(this.pending.values());
  }
}
