import type { Clock, Random } from "../ports";
import type { SigningKeyCache } from "./signing-key-cache";
import type { CognitoState } from "./user-pool-state";

/** What every user pool operation reads: the sandbox's state and its ports. */
export interface CognitoContext {
  readonly state: CognitoState;
  readonly clock: Clock;
  readonly random: Random;
  readonly region: string;
  readonly accountId: string;
  readonly keys: SigningKeyCache;
}

/** The clock in epoch seconds, the unit of JWT times and of Cognito's JSON dates. */
export function nowInSeconds(ctx: Pick<CognitoContext, "clock">): number {
  return Math.floor(ctx.clock.now() / 1000);
}
