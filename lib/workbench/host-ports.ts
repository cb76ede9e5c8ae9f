/**
 * The wall clock and a cryptographic random source as the engine's ports, for sandboxes built on the
 * server (new, imported, reset). Live sandboxes use the same kind of ports (lib/live-sandboxes).
 */
import { randomInt } from "node:crypto";
import { HostClock, HostRandom, type Clock, type Random } from "@/lib/gateway/ports";

const clock = new HostClock(() => Date.now());
// 47 bits: the most randomInt draws at once (its range must stay below 2^48).
const random = new HostRandom(() => randomInt(0, 2 ** 47) / 2 ** 47);

/** Ports for building a sandbox engine on this server. */
export function hostPorts(): { clock: Clock; random: Random } {
  return { clock, random };
}
