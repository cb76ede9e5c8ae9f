import { describe, expect, it } from "vitest";
import type { Resource } from "@/lib/gateway/control/types";
import { buildRouteTable, toPathSegments } from "@/lib/gateway/routing/route-table";

const r = (id: string, path: string): Resource => ({ id, path, resourceMethods: {} });

const table = buildRouteTable([
  r("root", "/"),
  r("pets", "/pets"),
  r("pet", "/pets/{petId}"),
  r("toys", "/pets/{petId}/toys"),
  r("special", "/pets/special"),
  r("proxy", "/{proxy+}"),
  r("files", "/files/{path+}"),
]);
const id = (path: string) => table.match(path)?.resource.id;

describe("REST resource matching", () => {
  it("matches the root and literal paths exactly", () => {
    expect(id("/")).toBe("root");
    expect(id("/pets")).toBe("pets");
    expect(table.match("/pets")?.pathParameters).toBeNull();
  });

  it("prefers a literal part over a {param} sibling", () => {
    expect(id("/pets/special")).toBe("special");
    expect(table.match("/pets/42")).toEqual({
      resource: expect.objectContaining({ id: "pet" }),
      pathParameters: { petId: "42" },
    });
  });

  it("captures nested path parameters", () => {
    expect(table.match("/pets/7/toys")?.pathParameters).toEqual({ petId: "7" });
  });

  it("falls back to a greedy {proxy+} when a more specific branch cannot consume the path", () => {
    expect(table.match("/pets/7/toys/3")).toEqual({
      resource: expect.objectContaining({ id: "proxy" }),
      pathParameters: { proxy: "pets/7/toys/3" },
    });
    expect(id("/anything/else")).toBe("proxy");
  });

  it("gives a greedy variable the rest of the path without the trailing slash and with inner // kept (REC)", () => {
    expect(table.match("/proxy-value/")?.pathParameters).toEqual({ proxy: "proxy-value" });
    expect(table.match("/proxy-value//double-slash")?.pathParameters).toEqual({
      proxy: "proxy-value//double-slash",
    });
    expect(table.match("/files/a/b/c.txt")?.pathParameters).toEqual({ path: "a/b/c.txt" });
  });

  it("does not decode path parameters (REC)", () => {
    expect(table.match("/pets/a%2Fb")?.pathParameters).toEqual({ petId: "a%2Fb" });
    expect(table.match("/api/user/test%2Balias@gmail.com")?.pathParameters).toEqual({
      proxy: "api/user/test%2Balias@gmail.com",
    });
  });

  it("returns nothing when no resource matches and there is no greedy fallback", () => {
    const small = buildRouteTable([r("root", "/"), r("pets", "/pets")]);
    expect(small.match("/dogs")).toBeUndefined();
    expect(small.match("/pets/1")).toBeUndefined();
  });

  it("collapses leading slashes but keeps one trailing-slash-free segment list", () => {
    expect(toPathSegments("//proxy-value")).toEqual(["proxy-value"]);
    expect(toPathSegments("/")).toEqual([]);
    expect(toPathSegments("/a//b/")).toEqual(["a", "", "b"]);
  });
});
