import { describe, expect, it } from "vitest";
import { bodyJson, bodyText, header, request, setup } from "./helpers";

const ECHO = "http://echo.sandbox.internal";

describe("echo backend", () => {
  it("answers 200 with the method, path, query, headers and body it received", async () => {
    const { send } = setup();
    const response = await send(
      request("post", `${ECHO}/anything/42?tag=a&tag=b&q=hello%20world`, {
        headers: [
          ["Content-Type", "application/json"],
          ["X-Trace", "one"],
          ["x-trace", "two"],
        ],
        body: '{"name":"Ada"}',
      }),
    );
    expect(response.statusCode).toBe(200);
    expect(bodyJson(response)).toEqual({
      method: "POST",
      path: "/anything/42",
      query: { tag: ["a", "b"], q: ["hello world"] },
      headers: { "content-type": "application/json", "x-trace": "one, two" },
      body: '{"name":"Ada"}',
      json: { name: "Ada" },
    });
  });

  it("gives json null and an empty body string when there is no body", async () => {
    const { send } = setup();
    const echoed = bodyJson(await send(request("GET", `${ECHO}/`))) as Record<string, unknown>;
    expect(echoed.body).toBe("");
    expect(echoed.json).toBeNull();
    expect(echoed.query).toEqual({});
  });

  it("decodes a byte body as UTF-8 and leaves non-JSON text unparsed", async () => {
    const { send } = setup();
    const body = new TextEncoder().encode("héllo");
    const echoed = bodyJson(await send(request("PUT", `${ECHO}/x`, { body }))) as Record<string, unknown>;
    expect(echoed.body).toBe("héllo");
    expect(echoed.json).toBeNull();
  });

  it("keeps the path as sent, percent-encoding included", async () => {
    const { send } = setup();
    const echoed = bodyJson(await send(request("GET", `${ECHO}/a%2Fb/c`))) as Record<string, unknown>;
    expect(echoed.path).toBe("/a%2Fb/c");
  });

  it('rest-http-002: /status/400 answers 400 with {"message":"","status_code":400}', async () => {
    const { send } = setup();
    const response = await send(request("POST", `${ECHO}/status/400`));
    expect(response.statusCode).toBe(400);
    expect(bodyText(response)).toBe('{"message":"","status_code":400}');
    expect(header(response, "Content-Type")).toBe("application/json");
    expect(header(response, "Content-Length")).toBe("32");
  });

  it("answers 204 from /status/204 with no body and no Content-Length", async () => {
    const { send } = setup();
    const response = await send(request("GET", `${ECHO}/status/204`));
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe("");
    expect(header(response, "Content-Length")).toBeUndefined();
  });

  it("echoes /status/abc and /status/600 as ordinary paths", async () => {
    const { send } = setup();
    expect((await send(request("GET", `${ECHO}/status/abc`))).statusCode).toBe(200);
    expect((await send(request("GET", `${ECHO}/status/600`))).statusCode).toBe(200);
  });

  it("reports the latency asked for with ?delay=<ms> and ignores a delay that is not a number", async () => {
    const { send } = setup();
    expect((await send(request("GET", `${ECHO}/?delay=1500`))).latencyMs).toBe(1500);
    expect((await send(request("GET", `${ECHO}/?delay=soon`))).latencyMs).toBe(0);
    expect((await send(request("GET", `${ECHO}/status/503?delay=20`))).latencyMs).toBe(20);
  });

  it("sends Server, Date (when it answers), Content-Type, Content-Length and Connection for remapping", async () => {
    const { send } = setup();
    const response = await send(request("GET", `${ECHO}/?delay=2000`));
    const length = new TextEncoder().encode(bodyText(response)).length;
    expect(response.headers).toEqual([
      ["Server", "sandbox"],
      ["Date", "Thu, 01 Jan 2026 00:00:02 GMT"],
      ["Content-Type", "application/json"],
      ["Content-Length", String(length)],
      ["Connection", "keep-alive"],
    ]);
  });

  it("answers HEAD with headers only, Content-Length still that of the body", async () => {
    const { send } = setup();
    const get = await send(request("GET", `${ECHO}/same`));
    const head = await send(request("HEAD", `${ECHO}/same`));
    expect(head.body).toBe("");
    expect(header(head, "Content-Length")).toBe(
      String(new TextEncoder().encode(bodyText(get)).length - "GET".length + "HEAD".length),
    );
  });

  it("ignores the port and the scheme: https and :8080 reach the same server", async () => {
    const { send } = setup();
    expect((await send(request("GET", "https://ECHO.sandbox.internal:8080/x"))).statusCode).toBe(200);
  });

  it("treats ?__proto__= and a Constructor header as ordinary names", async () => {
    const { send } = setup();
    const response = await send(
      request("GET", `${ECHO}/?__proto__=x&constructor=y`, { headers: [["Constructor", "z"]] }),
    );
    const echoed = bodyJson(response) as Record<string, unknown>;
    expect(echoed.query).toEqual(JSON.parse('{"__proto__":["x"],"constructor":["y"]}'));
    expect(echoed.headers).toEqual({ constructor: "z" });
  });
});
