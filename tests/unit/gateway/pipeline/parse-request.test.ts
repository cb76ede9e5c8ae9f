import { describe, expect, it } from "vitest";
import { ContentLengthExceededError, MissingAuthenticationTokenError } from "@/lib/gateway/errors";
import { parseRequest, splitStagePath } from "@/lib/gateway/pipeline/stages/parse-request";
import { contextFor, envWith, request } from "./helpers";

const parse = (req: ReturnType<typeof request>) => {
  const ctx = contextFor(envWith([]), req);
  parseRequest(ctx);
  return ctx;
};

describe("parseRequest", () => {
  it("splits the stage from the path, keeping the trailing slash and collapsing a leading // (REC)", () => {
    expect(splitStagePath("/dev/pets")).toEqual({ stageName: "dev", path: "/pets" });
    expect(splitStagePath("/dev")).toEqual({ stageName: "dev", path: "/" });
    expect(splitStagePath("/stage//proxy-value")).toEqual({ stageName: "stage", path: "/proxy-value" });
    expect(splitStagePath("/stage/proxy-value/")).toEqual({ stageName: "stage", path: "/proxy-value/" });
    expect(splitStagePath("/")).toBeUndefined();
  });

  it("keeps the path as sent in stagePath and decodes query values, + as space, last value wins (REC)", () => {
    const ctx = parse(
      request(
        "GET",
        "/stage//proxy-value?category=electronics&category=books&email=test%2Balias@gmail.com&plus=test+alias@gmail.com",
      ),
    );
    expect(ctx.parsed?.stagePath).toBe("/stage//proxy-value");
    expect(ctx.parsed?.query.get("category")).toEqual(["electronics", "books"]);
    expect(ctx.parsed?.query.get("email")).toEqual(["test+alias@gmail.com"]);
    expect(ctx.parsed?.query.get("plus")).toEqual(["test alias@gmail.com"]);
  });

  it("drops a raw fragment from the query string (REC)", () => {
    expect(parse(request("GET", "/s/x?zhash=abort/#frag")).parsed?.query.get("zhash")).toEqual(["abort/"]);
  });

  it("honours X-HTTP-Method-Override", () => {
    const ctx = parse(request("POST", "/s/x", { headers: [["X-HTTP-Method-Override", "delete"]] }));
    expect(ctx.parsed?.httpMethod).toBe("DELETE");
  });

  it("decodes the body as UTF-8 text and treats an empty body as none", () => {
    expect(parse(request("POST", "/s/x", { body: new TextEncoder().encode("héllo") })).parsed?.body).toBe(
      "héllo",
    );
    expect(parse(request("POST", "/s/x", { body: new Uint8Array(0) })).parsed?.body).toBeNull();
  });

  it("refuses a body over 10,485,760 bytes with the plain-text 413 before anything else (REC)", () => {
    const ctx = contextFor(
      envWith([]),
      request("POST", "/s/x", { body: new Uint8Array(10 * 1024 * 1024 + 1) }),
    );
    expect(() => parseRequest(ctx)).toThrow(ContentLengthExceededError);
  });

  it("answers 403 Missing Authentication Token when the path names no stage", () => {
    const ctx = contextFor(envWith([]), request("GET", "/"));
    expect(() => parseRequest(ctx)).toThrow(MissingAuthenticationTokenError);
  });
});
