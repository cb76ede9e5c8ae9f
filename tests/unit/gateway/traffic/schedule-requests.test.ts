import { describe, expect, it } from "vitest";
import { SeededRandom } from "@/lib/gateway/ports";
import { createWeightedPicker, scheduleRequests, type TrafficPlan } from "@/lib/gateway/traffic";

const times = (plan: Pick<TrafficPlan, "requests" | "pattern">) =>
  scheduleRequests(plan, new SeededRandom(1)).map((r) => r.atMs);

describe("scheduleRequests: arrival times", () => {
  it("puts request i of a constant r/s at i*1000/r ms", () => {
    expect(times({ requests: 5, pattern: { kind: "constant", ratePerSecond: 50 } })).toEqual([
      0, 20, 40, 60, 80,
    ]);
    // 3 r/s: thirds of a second, computed per request (no accumulated rounding): request 3 is exactly 1000.
    expect(times({ requests: 4, pattern: { kind: "constant", ratePerSecond: 3 } })).toEqual([
      0,
      1000 / 3,
      2000 / 3,
      1000,
    ]);
    expect(times({ requests: 10_000, pattern: { kind: "constant", ratePerSecond: 3 } })[9_999]).toBe(
      3_333_000,
    );
  });

  it("sends bursts of N requests at the same instant, every S seconds, the last one partial", () => {
    expect(times({ requests: 7, pattern: { kind: "burst", burstSize: 3, everySeconds: 2.5 } })).toEqual([
      0, 0, 0, 2500, 2500, 2500, 5000,
    ]);
  });

  it("integrates a ramp's rate linearly: 0 to 10 r/s over 50 requests lasts 10 s and request i is at sqrt(2i) s", () => {
    // T = 2N/(from+to) = 10 s; n(t) = t²/2, so n(t) = i at t = sqrt(2i).
    const ramp = times({
      requests: 50,
      pattern: { kind: "ramp", fromRatePerSecond: 0, toRatePerSecond: 10 },
    });
    expect([ramp[0], ramp[2], ramp[8], ramp[18], ramp[32]]).toEqual([0, 2000, 4000, 6000, 8000]);
    expect(ramp[49]).toBeCloseTo(Math.sqrt(98) * 1000, 9);
  });

  it("ramps up from 10 to 30 r/s over 200 requests: n(t) = 10t + t², so requests 11, 24 and 39 arrive at 1, 2 and 3 s", () => {
    const ramp = times({
      requests: 200,
      pattern: { kind: "ramp", fromRatePerSecond: 10, toRatePerSecond: 30 },
    });
    expect([ramp[11], ramp[24], ramp[39], ramp[96]]).toEqual([1000, 2000, 3000, 6000]);
  });

  it("ramps down from 30 to 10 r/s over 200 requests: n(t) = 30t − t², so request 29 arrives at 1 s and 125 at 5 s", () => {
    const ramp = times({
      requests: 200,
      pattern: { kind: "ramp", fromRatePerSecond: 30, toRatePerSecond: 10 },
    });
    expect([ramp[29], ramp[56], ramp[125]]).toEqual([1000, 2000, 5000]);
    for (let i = 1; i < ramp.length; i++) expect(ramp[i]!).toBeGreaterThan(ramp[i - 1]!);
  });

  it("treats a ramp between equal rates as a constant rate", () => {
    expect(
      times({ requests: 4, pattern: { kind: "ramp", fromRatePerSecond: 4, toRatePerSecond: 4 } }),
    ).toEqual([0, 250, 500, 750]);
  });
});

describe("scheduleRequests: credential mix", () => {
  const credentials = [
    { weight: 3, headers: { "x-api-key": "a" } },
    { weight: 1, headers: { "x-api-key": "b" } },
  ];
  const plan = { requests: 1000, pattern: { kind: "constant", ratePerSecond: 10 }, credentials } as const;

  it("picks each request's credential with one draw per request: index 0 when draw·4 < 3", () => {
    const draws = new SeededRandom(42);
    const expected = Array.from({ length: 1000 }, () => (draws.next() * 4 < 3 ? 0 : 1));
    const picked = scheduleRequests(plan, new SeededRandom(42)).map((r) => r.credentialIndex);
    expect(picked).toEqual(expected);
    const first = picked.filter((i) => i === 0).length;
    expect(first).toBe(expected.filter((i) => i === 0).length);
    // 3:1 weights: about 750 of 1,000 (binomial standard deviation ≈ 14).
    expect(Math.abs(first - 750)).toBeLessThan(60);
  });

  it("reproduces the same mix for the same seed and a different one for another seed", () => {
    const run = (seed: number) =>
      scheduleRequests(plan, new SeededRandom(seed))
        .map((r) => r.credentialIndex)
        .join("");
    expect(run(7)).toBe(run(7));
    expect(run(7)).not.toBe(run(8));
  });

  it("marks requests without credentials with index -1 and draws nothing", () => {
    const random = new SeededRandom(3);
    const schedule = scheduleRequests(
      { requests: 3, pattern: { kind: "constant", ratePerSecond: 1 } },
      random,
    );
    expect(schedule.map((r) => r.credentialIndex)).toEqual([-1, -1, -1]);
    expect(random.next()).toBe(new SeededRandom(3).next());
  });

  it("refuses weights that are not finite and positive", () => {
    expect(() => createWeightedPicker([1, 0], new SeededRandom(1))).toThrow(RangeError);
    expect(() => createWeightedPicker([], new SeededRandom(1))).toThrow(RangeError);
  });
});
