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
  /** Adjustable quotas (AWS raises them through Service Quotas). */
  readonly quotas: ControlPlaneQuotas;
  emit(event: ControlPlaneEvent): void;
}

/** Quotas that AWS lets an account raise; the defaults are AWS's (DOC limits, spec 7.3). */
export interface ControlPlaneQuotas {
  /** Resources per REST API, root included: 300 by default. */
  resourcesPerApi: number;
}

export const DEFAULT_CONTROL_PLANE_QUOTAS: ControlPlaneQuotas = { resourcesPerApi: 300 };

/** Epoch seconds, the unit AWS's JSON protocol uses for `createdDate`. */
export function nowInSeconds(ctx: ControlContext): number {
  return Math.floor(ctx.clock.now() / 1000);
}
