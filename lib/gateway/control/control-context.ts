import type { Clock, Random } from "../ports";
import type { ControlPlaneEvent } from "./control-plane-event";
import type { ControlPlaneState } from "./control-state";

/** What every operation receives: the sandbox's state, its ports and its identity. */
export interface ControlContext {
  readonly state: ControlPlaneState;
  readonly clock: Clock;
  readonly random: Random;
  /** The simulated account, quoted in some AWS messages ("Invalid API identifier specified 111111111111:abc"). */
  readonly accountId: string;
  readonly region: string;
  emit(event: ControlPlaneEvent): void;
}

/** Epoch seconds, the unit AWS's JSON protocol uses for `createdDate`. */
export function nowInSeconds(ctx: ControlContext): number {
  return Math.floor(ctx.clock.now() / 1000);
}
