import { describe, expect, it } from "vitest";
import { toCacheKey } from "@/lib/gateway/caching";

const scope = { stageName: "prod", httpMethod: "GET", resourcePath: "/users" };
const values = (querystring: Record<string, string>, headers: Record<string, string> = {}, path = {}) => ({
  headers,
  querystring,
  path,
});

describe("toCacheKey", () => {
  it("ignores parameters that are not cache keys (AWS's type/department example)", () => {
    const keys = ["method.request.querystring.type"];
    expect(toCacheKey(scope, keys, values({ type: "admin", department: "A" }))).toBe(
      toCacheKey(scope, keys, values({ type: "admin", department: "B" })),
    );
  });

  it("separates requests whose cache-key values differ, case-sensitively", () => {
    const keys = ["method.request.querystring.type"];
    expect(toCacheKey(scope, keys, values({ type: "admin" }))).not.toBe(
      toCacheKey(scope, keys, values({ type: "Admin" })),
    );
    expect(toCacheKey(scope, keys, values({ type: "admin" }))).not.toBe(toCacheKey(scope, keys, values({})));
  });

  it("reads header keys whatever the header's spelling", () => {
    const keys = ["method.request.header.Accept-Language"];
    expect(toCacheKey(scope, keys, values({}, { "accept-language": "fr" }))).toBe(
      toCacheKey(scope, keys, values({}, { "ACCEPT-LANGUAGE": "fr" })),
    );
  });

  it("shares one entry between different paths of /{id} unless the path parameter is a key", () => {
    const byId = { ...scope, resourcePath: "/users/{id}" };
    expect(toCacheKey(byId, [], values({}, {}, { id: "1" }))).toBe(
      toCacheKey(byId, [], values({}, {}, { id: "2" })),
    );
    const keys = ["method.request.path.id"];
    expect(toCacheKey(byId, keys, values({}, {}, { id: "1" }))).not.toBe(
      toCacheKey(byId, keys, values({}, {}, { id: "2" })),
    );
  });

  it("separates stages, methods and resources, and groups resources sharing a cacheNamespace", () => {
    const base = toCacheKey(scope, [], values({}));
    expect(toCacheKey({ ...scope, stageName: "dev" }, [], values({}))).not.toBe(base);
    expect(toCacheKey({ ...scope, httpMethod: "POST" }, [], values({}))).not.toBe(base);
    expect(toCacheKey({ ...scope, resourcePath: "/people" }, [], values({}))).not.toBe(base);
    expect(toCacheKey({ ...scope, cacheNamespace: "ns" }, [], values({}))).toBe(
      toCacheKey({ ...scope, resourcePath: "/people", cacheNamespace: "ns" }, [], values({})),
    );
  });
});
