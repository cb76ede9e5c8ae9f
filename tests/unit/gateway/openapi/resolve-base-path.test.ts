import { describe, expect, it } from "vitest";
import { readBasePathMode, resolveBasePath } from "@/lib/gateway/openapi";

describe("resolveBasePath", () => {
  const swagger = { swagger: "2.0", basePath: "/a/b/c" };

  it("ignores the base path by default, prepends it, or drops its first part with split", () => {
    expect(resolveBasePath(swagger, "swagger", "ignore")).toBe("");
    expect(resolveBasePath(swagger, "swagger", "prepend")).toBe("/a/b/c");
    expect(resolveBasePath(swagger, "swagger", "split")).toBe("/b/c");
  });

  it("uses an OpenAPI 3.0 server's basePath variable first", () => {
    const document = {
      openapi: "3.0.1",
      servers: [
        { url: "https://api.example.com/ignored" },
        { url: "https://{host}/{basePath}", variables: { basePath: { default: "/base-var" } } },
      ],
    };
    expect(resolveBasePath(document, "oas30", "prepend")).toBe("/base-var");
  });

  it("else the path of the first server's URL, with its variables filled in", () => {
    const document = {
      openapi: "3.0.1",
      servers: [
        { url: "https://api.example.com/{version}/part/", variables: { version: { default: "v2" } } },
      ],
    };
    expect(resolveBasePath(document, "oas30", "prepend")).toBe("/v2/part");
    expect(resolveBasePath(document, "oas30", "split")).toBe("/part");
    expect(
      resolveBasePath({ openapi: "3.0.1", servers: [{ url: "/relative/base" }] }, "oas30", "prepend"),
    ).toBe("/relative/base");
  });

  it("is empty when the definition has no base path", () => {
    expect(
      resolveBasePath(
        { openapi: "3.0.1", servers: [{ url: "https://api.example.com" }] },
        "oas30",
        "prepend",
      ),
    ).toBe("");
    expect(resolveBasePath({ swagger: "2.0", basePath: "/one" }, "swagger", "split")).toBe("");
  });
});

describe("readBasePathMode", () => {
  it("defaults to ignore and refuses an unknown mode with BadRequestException", () => {
    expect(readBasePathMode(undefined)).toBe("ignore");
    expect(readBasePathMode("split")).toBe("split");
    expect(() => readBasePathMode("append")).toThrow(
      "Invalid basepath parameter: append. Valid values are ignore,prepend,split",
    );
  });
});
