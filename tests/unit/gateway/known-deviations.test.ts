import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- plain ESM script without type declarations
import { buildKnownDeviations } from "../../../scripts/collect-deviations.mjs";

describe("lib/gateway/KNOWN-DEVIATIONS.md", () => {
  it("holds every area's DEVIATIONS.md (run node scripts/collect-deviations.mjs)", () => {
    const file = readFileSync(
      path.resolve(import.meta.dirname, "../../../lib/gateway/KNOWN-DEVIATIONS.md"),
      "utf8",
    );
    expect(file).toBe(buildKnownDeviations());
    expect(file).toContain("## pipeline");
    expect(file).toContain("## vtl");
  });
});
