import { describe, expect, it } from "vitest";
import { z } from "zod";
import { apiRoute, assertSameOrigin, errorResponse, readJson } from "@/lib/api";
import { AppError } from "@/lib/errors";

const req = (method: string, headers: Record<string, string> = {}, body?: string) =>
  new Request("http://localhost:3000/api/x", {
    method,
    headers: { host: "localhost:3000", ...headers },
    body,
  });

describe("assertSameOrigin (CSRF)", () => {
  it("lets safe methods through whatever their origin", () => {
    expect(() => assertSameOrigin(req("GET", { origin: "https://evil.example" }))).not.toThrow();
  });
  it("accepts a mutation whose Origin is this host", () => {
    expect(() => assertSameOrigin(req("POST", { origin: "http://localhost:3000" }))).not.toThrow();
  });
  it("refuses a mutation from another origin with CSRF_REJECTED (403)", () => {
    const run = () => assertSameOrigin(req("DELETE", { origin: "https://evil.example" }));
    expect(run).toThrow(AppError);
    try {
      run();
    } catch (e) {
      expect((e as AppError).status).toBe(403);
      expect((e as AppError).code).toBe("CSRF_REJECTED");
    }
  });
  it("refuses a cross-site browser request without Origin via Sec-Fetch-Site", () => {
    expect(() => assertSameOrigin(req("PUT", { "sec-fetch-site": "cross-site" }))).toThrow(/Cross-site/);
    expect(() => assertSameOrigin(req("PUT", { "sec-fetch-site": "same-origin" }))).not.toThrow();
  });
});

describe("readJson", () => {
  const schema = z.object({ role: z.enum(["A", "B"]) });
  it("parses and validates a JSON body", async () => {
    await expect(
      readJson(req("POST", { "content-type": "application/json" }, '{"role":"A"}'), schema),
    ).resolves.toEqual({ role: "A" });
  });
  it("says where JSON is broken", async () => {
    await expect(
      readJson(req("POST", { "content-type": "application/json" }, '{"role":'), schema),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("not valid JSON"),
    });
  });
  it("refuses other content types with 415", async () => {
    await expect(readJson(req("POST", { "content-type": "text/plain" }, "{}"), schema)).rejects.toMatchObject(
      { code: "UNSUPPORTED_MEDIA_TYPE" },
    );
  });
  it("refuses bodies over API_MAX_BODY_BYTES with 413", async () => {
    const big = JSON.stringify({ role: "A", pad: "x".repeat(1024 * 1024) });
    await expect(
      readJson(req("POST", { "content-type": "application/json" }, big), schema),
    ).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
  });
});

describe("apiRoute", () => {
  it("maps thrown errors to the JSON error shape with the table's status and Retry-After", async () => {
    const handler = apiRoute(async () => {
      throw new AppError("RATE_LIMITED", "slow down", undefined, { retryAfterSeconds: 42 });
    });
    const res = await handler(req("GET"), {});
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("42");
    expect(await res.json()).toEqual({ error: { code: "RATE_LIMITED", message: "slow down" } });
  });
  it("never leaks an internal error's message, and gives an error id", async () => {
    const res = errorResponse(new Error("connect ECONNREFUSED postgres://admin:s3cret@db"));
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(res.status).toBe(500);
    expect(body.error.code).toBe("INTERNAL");
    expect(body.error.message).not.toContain("s3cret");
    expect(body.error.message).toMatch(/error id [0-9a-f-]{36}/);
  });
  it("runs the CSRF check before the handler", async () => {
    let ran = false;
    const handler = apiRoute(async () => {
      ran = true;
      return new Response("ok");
    });
    const res = await handler(req("POST", { origin: "https://evil.example" }), {});
    expect(res.status).toBe(403);
    expect(ran).toBe(false);
  });
});
