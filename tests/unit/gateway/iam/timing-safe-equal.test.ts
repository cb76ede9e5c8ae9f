import { describe, expect, it } from "vitest";
import { timingSafeEqual } from "@/lib/gateway/iam";

const SIGNATURE = "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7";

describe("timingSafeEqual (signature comparison)", () => {
  it("accepts the identical signature", () => {
    expect(timingSafeEqual(SIGNATURE, `${SIGNATURE}`)).toBe(true);
  });

  it.each([
    ["the first character differs", `4${SIGNATURE.slice(1)}`],
    ["the last character differs", `${SIGNATURE.slice(0, -1)}8`],
    ["it is upper-case hex", SIGNATURE.toUpperCase()],
    ["it is a prefix", SIGNATURE.slice(0, 63)],
    ["it is longer", `${SIGNATURE}0`],
    ["it is empty", ""],
  ])("rejects a signature when %s", (_why, provided) => {
    expect(timingSafeEqual(SIGNATURE, provided)).toBe(false);
  });

  it("compares empty strings as equal and non-ASCII text exactly", () => {
    expect(timingSafeEqual("", "")).toBe(true);
    expect(timingSafeEqual("t\u00f6ken", "t\u00f6ken")).toBe(true);
    expect(timingSafeEqual("t\u00f6ken", "token")).toBe(false);
  });
});
