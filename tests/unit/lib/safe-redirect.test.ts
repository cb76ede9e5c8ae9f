import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/safe-redirect";

describe("safeCallbackPath", () => {
  it("keeps same-site paths with their query and hash", () => {
    expect(safeCallbackPath("/instructor")).toBe("/instructor");
    expect(safeCallbackPath("/learn/x?y=1#z")).toBe("/learn/x?y=1#z");
  });

  it.each([
    "https://evil.example/",
    "//evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
    "",
    undefined,
    42,
  ])("falls back to the dashboard for %s", (raw) => {
    expect(safeCallbackPath(raw)).toBe("/dashboard");
  });
});
