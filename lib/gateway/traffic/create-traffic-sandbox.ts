/**
 * A throwaway copy of a learner's sandbox for a traffic run: rebuilt from `exportState()` on its own virtual
 * clock and seeded randomness, so the run's token buckets, quota counts, cache entries and Lambda
 * environments never touch the live sandbox (it starts from the live quota counts, and keeps its own).
 */
import {
  createGatewaySandbox,
  type GatewaySandbox,
  type GatewaySandboxOptions,
  type GatewaySandboxState,
} from "../create-gateway-sandbox";
import { SeededRandom, VirtualClock } from "../ports";
import type { TrafficTarget } from "./run-traffic";

export interface TrafficSandboxOptions extends Pick<
  GatewaySandboxOptions,
  "accountId" | "region" | "lambda" | "withoutLambda" | "quotas"
> {
  /** Epoch milliseconds the copy's clock starts at (the app passes the wall time). */
  now: number;
  /** Seeds request ids and every other draw inside the copy. */
  seed: number;
}

export type TrafficSandbox = GatewaySandbox & TrafficTarget;

/** The copy; call `dispose()` when the run is over (it may hold Lambda environments). */
export async function createTrafficSandbox(
  state: GatewaySandboxState,
  options: TrafficSandboxOptions,
): Promise<TrafficSandbox> {
  const { now, seed, ...rest } = options;
  const clock = new VirtualClock(now);
  const sandbox = await createGatewaySandbox({ ...rest, clock, random: new SeededRandom(seed), state });
  return { ...sandbox, clock };
}
