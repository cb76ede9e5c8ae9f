/**
 * The engine's only ways out: time, randomness and outbound I/O. Everything else in lib/gateway is pure.
 * Real invoke URLs inject the wall clock; tests and labs inject a VirtualClock so that 10,000 requests
 * across 60 simulated seconds take well under a second and every TTL, quota and bucket is deterministic.
 */

/** Milliseconds since the Unix epoch, as the host clock gives them, but injectable. */
export interface Clock {
  now(): number;
}

/** Uniform randomness and identifiers, injectable so canary splits and ids can be seeded. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
}

/** A clock that moves only when told to. */
export class VirtualClock implements Clock {
  constructor(private current = Date.UTC(2026, 0, 1)) {}
  now(): number {
    return this.current;
  }
  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`cannot move a clock backwards (${ms} ms)`);
    this.current += ms;
  }
  set(epochMs: number): void {
    this.current = epochMs;
  }
}

/** A clock over a host time source (the front door passes Date.now). */
export class HostClock implements Clock {
  constructor(private readonly source: () => number) {}
  now(): number {
    return this.source();
  }
}

/** mulberry32: small, fast, good enough for traffic splits and ids; the same seed gives the same run. */
export class SeededRandom implements Random {
  private state: number;
  constructor(seed = 0x5eed) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}

/** A Random over a host source (the front door passes crypto-backed randomness). */
export class HostRandom implements Random {
  constructor(private readonly source: () => number) {}
  next(): number {
    return this.source();
  }
}

const HEX = "0123456789abcdef";
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** A random string over `alphabet`. */
export function randomString(random: Random, length: number, alphabet = ALNUM): string {
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random.next() * alphabet.length)];
  return out;
}

/** A version-4 UUID drawn from `random` (request ids, Lambda request ids). */
export function randomUuid(random: Random): string {
  const h = randomString(random, 32, HEX).split("");
  h[12] = "4";
  h[16] = HEX[(parseInt(h[16] ?? "0", 16) & 0x3) | 0x8] ?? "8";
  const s = h.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
