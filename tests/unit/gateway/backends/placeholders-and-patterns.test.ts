import { describe, expect, it } from "vitest";
import { compilePathPattern, PathPatternError } from "@/lib/gateway/backends/compile-path-pattern";
import { parseJsonPath, readJsonPath } from "@/lib/gateway/backends/read-json-path";
import { findUnknownPlaceholder, parsePlaceholder } from "@/lib/gateway/backends/render-placeholders";

describe("compilePathPattern", () => {
  it("captures {name} from one segment and decodes it", () => {
    expect({ ...compilePathPattern("/users/{id}/orders")("/users/a%20b/orders") }).toEqual({ id: "a b" });
    expect(compilePathPattern("/users/{id}")("/users/1/2")).toBeNull();
    expect(compilePathPattern("/users/{id}")("/users/")).toBeNull();
  });

  it("treats regular-expression characters in the pattern literally", () => {
    expect(compilePathPattern("/a.b(c)")("/a.b(c)")).not.toBeNull();
    expect(compilePathPattern("/a.b")("/aXb")).toBeNull();
  });

  it("keeps a malformed escape as it was sent", () => {
    expect({ ...compilePathPattern("/{v}")("/100%") }).toEqual({ v: "100%" });
  });

  it("rejects names that are not identifiers", () => {
    expect(() => compilePathPattern("/{}")).toThrow(PathPatternError);
    expect(() => compilePathPattern("/{a b}")).toThrow('"{a b}" is not a parameter name');
    expect(() => compilePathPattern("/a}")).toThrow('unbalanced "}"');
  });
});

describe("JSON paths and placeholders", () => {
  it("parses dotted names and indexes, and refuses malformed paths", () => {
    expect(parseJsonPath("a.b[0].c")).toEqual(["a", "b", 0, "c"]);
    expect(parseJsonPath("[2]")).toEqual([2]);
    for (const bad of ["", ".a", "a..b", "a[x]", "a.", "a b"]) expect(parseJsonPath(bad)).toBeNull();
  });

  it("reads own values only and gives undefined for missing steps", () => {
    const value = { a: [{ b: 1 }], c: null };
    expect(readJsonPath(value, ["a", 0, "b"])).toBe(1);
    expect(readJsonPath(value, ["a", 5])).toBeUndefined();
    expect(readJsonPath(value, ["c", "d"])).toBeUndefined();
    expect(readJsonPath(value, ["toString"])).toBeUndefined();
    expect(readJsonPath(value, ["a", "length"])).toBeUndefined();
  });

  it("knows the six placeholder forms and nothing else", () => {
    expect(parsePlaceholder("path.id")).toEqual({ source: "path", name: "id" });
    expect(parsePlaceholder("header.X-Api-Key")).toEqual({ source: "header", name: "X-Api-Key" });
    expect(parsePlaceholder("body")).toEqual({ source: "body", path: null });
    expect(parsePlaceholder("body.a[0]")).toEqual({ source: "body", path: ["a", 0] });
    expect(parsePlaceholder("requestId")).toEqual({ source: "requestId" });
    expect(parsePlaceholder("path.")).toBeNull();
    expect(parsePlaceholder("process.env")).toBeNull();
    expect(findUnknownPlaceholder("ok {{ query.q }} then {{ eval(1) }}")).toBe("{{ eval(1) }}");
    expect(findUnknownPlaceholder("no placeholders {single}")).toBeUndefined();
  });
});
