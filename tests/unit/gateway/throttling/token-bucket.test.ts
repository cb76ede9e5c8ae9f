import { describe, expect, it } from "vitest";
import { TokenBucket } from "@/lib/gateway/throttling";

describe("TokenBucket", () => {
  it("starts full: serves a burst of exactly burstLimit requests at once", () => {
    const bucket = new TokenBucket(1, 3, 0);
    expect([1, 2, 3, 4].map(() => bucket.tryTake(0))).toEqual([true, true, true, false]);
  });

  it("refills fractionally at rateLimit tokens per second", () => {
    const bucket = new TokenBucket(2, 1, 0);
    expect(bucket.tryTake(0)).toBe(true);
    expect(bucket.tryTake(250)).toBe(false);
    expect(bucket.available(250)).toBeCloseTo(0.5, 10);
    expect(bucket.tryTake(500)).toBe(true);
  });

  it("never holds more than burstLimit tokens however long it idles", () => {
    const bucket = new TokenBucket(100, 2, 0);
    expect(bucket.available(60_000)).toBe(2);
    expect(bucket.isFull(60_000)).toBe(true);
  });

  it("refills nothing when the clock steps backwards", () => {
    const bucket = new TokenBucket(10, 1, 1_000);
    bucket.tryTake(1_000);
    expect(bucket.tryTake(0)).toBe(false);
    expect(bucket.available(1_050)).toBeCloseTo(0.5, 10);
  });

  it("rejects everything with a zero burst", () => {
    const bucket = new TokenBucket(100, 0, 0);
    expect(bucket.tryTake(10_000)).toBe(false);
  });

  it("keeps spent tokens but caps them at a lowered burst when reconfigured", () => {
    const bucket = new TokenBucket(0, 10, 0);
    for (let i = 0; i < 4; i++) bucket.tryTake(0);
    bucket.configure(0, 3, 0);
    expect(bucket.available(0)).toBe(3);
    bucket.configure(0, 20, 0);
    expect(bucket.available(0)).toBe(3);
  });
});
