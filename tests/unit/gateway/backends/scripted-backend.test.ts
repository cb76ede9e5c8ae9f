import { describe, expect, it } from "vitest";
import { HttpBackendRegistry } from "@/lib/gateway/backends";
import { bodyJson, bodyText, header, request, setup } from "./helpers";

const HOST = "http://orders.mock.sandbox.internal";

function withRules(rules: unknown[], extra: Record<string, unknown> = {}) {
  const registry = new HttpBackendRegistry();
  registry.defineScriptedBackend({ name: "orders", rules, ...extra });
  return setup(registry);
}

describe("scripted backends: matching", () => {
  it("answers with the first matching rule, in definition order", async () => {
    const { send } = withRules([
      { match: { method: "GET", path: "/orders/{id}" }, respond: { status: 200, body: "first" } },
      { match: { path: "/orders/*" }, respond: { status: 201, body: "second" } },
    ]);
    const get = await send(request("GET", `${HOST}/orders/42`));
    expect([get.statusCode, bodyText(get)]).toEqual([200, "first"]);
    const post = await send(request("POST", `${HOST}/orders/42`));
    expect([post.statusCode, bodyText(post)]).toEqual([201, "second"]);
  });

  it("matches methods whatever their case, and ANY or no method matches every method", async () => {
    const { send } = withRules([
      { match: { method: "delete" }, respond: { status: 204 } },
      { match: { method: "ANY", path: "/any" }, respond: { status: 202 } },
      { match: { path: "/none" }, respond: { status: 203 } },
    ]);
    expect((await send(request("DELETE", `${HOST}/x`))).statusCode).toBe(204);
    expect((await send(request("PATCH", `${HOST}/any`))).statusCode).toBe(202);
    expect((await send(request("OPTIONS", `${HOST}/none`))).statusCode).toBe(203);
  });

  it("matches * within one segment, ** and {name+} across segments, and exact paths exactly", async () => {
    const { send } = withRules([
      { match: { path: "/exact" }, respond: { status: 200, body: "exact" } },
      { match: { path: "/one/*" }, respond: { status: 200, body: "star" } },
      { match: { path: "/files/{key+}" }, respond: { status: 200, body: "{{path.key}}" } },
      { match: { path: "/deep/**" }, respond: { status: 200, body: "globstar" } },
    ]);
    const text = async (path: string) => bodyText(await send(request("GET", `${HOST}${path}`)));
    expect(await text("/exact")).toBe("exact");
    expect(await text("/exact/")).toBe('{"message":"No rule matched"}');
    expect(await text("/one/two")).toBe("star");
    expect(await text("/one/two/three")).toBe('{"message":"No rule matched"}');
    expect(await text("/files/a/b%20c.txt")).toBe("a/b c.txt");
    expect(await text("/deep/a/b/c")).toBe("globstar");
  });

  it("requires every listed query parameter, header (any spelling) and body fragment", async () => {
    const { send } = withRules([
      {
        match: { query: { type: "gift" }, headers: { "X-Tenant": "acme" }, bodyContains: '"rush":true' },
        respond: { status: 200, body: "matched" },
      },
    ]);
    const all = request("POST", `${HOST}/?type=other&type=gift`, {
      headers: [["x-tenant", "acme"]],
      body: '{"rush":true}',
    });
    expect((await send(all)).statusCode).toBe(200);
    expect((await send({ ...all, url: `${HOST}/?type=other` })).statusCode).toBe(404);
    expect((await send({ ...all, headers: [["X-Tenant", "ACME"]] })).statusCode).toBe(404);
    expect((await send({ ...all, body: '{"rush":false}' })).statusCode).toBe(404);
  });

  it("uses a rule with times only that many times, then falls through to the next rule", async () => {
    const { registry, send } = withRules([
      { match: { path: "/flaky" }, respond: { status: 503 }, times: 2 },
      { match: { path: "/flaky" }, respond: { status: 200, body: "ok" } },
    ]);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await send(request("GET", `${HOST}/flaky`))).statusCode);
    expect(statuses).toEqual([503, 503, 200, 200]);
    expect(registry.getScriptedBackend("orders")?.remainingUses()).toEqual([0, null]);
  });

  it("does not use up a times rule on requests it does not match", async () => {
    const { registry, send } = withRules([{ match: { method: "POST" }, respond: { status: 201 }, times: 1 }]);
    await send(request("GET", `${HOST}/`));
    expect(registry.getScriptedBackend("orders")?.remainingUses()).toEqual([1]);
  });

  it('answers 404 {"message":"No rule matched"} when nothing matches', async () => {
    const { send } = withRules([{ match: { path: "/only" }, respond: { status: 200 } }]);
    const response = await send(request("GET", `${HOST}/other`));
    expect(response.statusCode).toBe(404);
    expect(bodyText(response)).toBe('{"message":"No rule matched"}');
    expect(header(response, "Content-Type")).toBe("application/json");
  });

  it("answers with the definition's own default response when it has one", async () => {
    const { send } = withRules([], { defaultResponse: { status: 418, body: "teapot {{requestId}}" } });
    const response = await send(request("GET", `${HOST}/`));
    expect(response.statusCode).toBe(418);
    expect(bodyText(response)).toMatch(
      /^teapot [0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

describe("scripted backends: responses", () => {
  it("fills path, query, header, body and requestId placeholders", async () => {
    const { registry, send } = withRules([
      {
        match: { path: "/orders/{id}" },
        respond: {
          status: 200,
          headers: { "X-Order": "{{path.id}}", "X-Request-Id": "{{ requestId }}" },
          body: "{{path.id}}|{{query.page}}|{{header.x-tenant}}|{{body.items[1].sku}}|{{body.items}}|{{body.none}}|{{body}}",
        },
      },
    ]);
    const body = '{"items":[{"sku":"a"},{"sku":"b"}]}';
    const response = await send(
      request("POST", `${HOST}/orders/42?page=3&page=4`, { headers: [["X-Tenant", "acme"]], body }),
    );
    expect(bodyText(response)).toBe(`42|3|acme|b|[{"sku":"a"},{"sku":"b"}]||${body}`);
    expect(header(response, "X-Order")).toBe("42");
    expect(header(response, "X-Request-Id")).toBe(
      registry.listRequests("orders.mock.sandbox.internal")[0]?.requestId,
    );
  });

  it("fills placeholders inside the strings of a JSON body, so quotes in values keep it valid JSON", async () => {
    const { send } = withRules([
      {
        respond: {
          status: 201,
          body: { id: "{{path.id}}", note: "{{header.x-note}}", n: 1, tags: ["{{query.t}}"] },
        },
      },
    ]);
    const response = await send(request("POST", `${HOST}/?t=x`, { headers: [["X-Note", 'say "hi"']] }));
    expect(bodyJson(response)).toEqual({ id: "", note: 'say "hi"', n: 1, tags: ["x"] });
    expect(header(response, "Content-Type")).toBe("application/json");
  });

  it("labels a JSON text body application/json, other text text/plain, and keeps a Content-Type it was given", async () => {
    const { send } = withRules([
      { match: { path: "/json" }, respond: { status: 200, body: "[1,2]" } },
      { match: { path: "/text" }, respond: { status: 200, body: "hello" } },
      {
        match: { path: "/xml" },
        respond: { status: 200, headers: { "content-type": "application/xml" }, body: "<a/>" },
      },
    ]);
    expect(header(await send(request("GET", `${HOST}/json`)), "Content-Type")).toBe("application/json");
    expect(header(await send(request("GET", `${HOST}/text`)), "Content-Type")).toBe(
      "text/plain; charset=utf-8",
    );
    expect(header(await send(request("GET", `${HOST}/xml`)), "Content-Type")).toBe("application/xml");
  });

  it("sends no Content-Type for an empty body and counts Content-Length in UTF-8 bytes", async () => {
    const { send } = withRules([
      { match: { path: "/empty" }, respond: { status: 200 } },
      { match: { path: "/utf8" }, respond: { status: 200, body: "é€" } },
    ]);
    const empty = await send(request("GET", `${HOST}/empty`));
    expect(header(empty, "Content-Type")).toBeUndefined();
    expect(header(empty, "Content-Length")).toBe("0");
    expect(header(await send(request("GET", `${HOST}/utf8`)), "Content-Length")).toBe("5");
  });

  it("sends the Server, Date and Connection headers HTTP_PROXY remaps, unless a rule sets its own", async () => {
    const { send } = withRules([
      {
        match: { path: "/own" },
        respond: { status: 200, headers: { Server: "nginx", "Content-Length": "999" } },
      },
      { respond: { status: 200, headers: { "X-Custom": "1" } } },
    ]);
    const own = await send(request("GET", `${HOST}/own`));
    expect(own.headers).toEqual([
      ["Server", "nginx"],
      ["Date", "Thu, 01 Jan 2026 00:00:00 GMT"],
      ["Content-Length", "0"],
      ["Connection", "keep-alive"],
    ]);
    const plain = await send(request("GET", `${HOST}/`));
    expect(plain.headers.map(([name]) => name)).toEqual([
      "Server",
      "Date",
      "Content-Length",
      "Connection",
      "X-Custom",
    ]);
  });

  it("reports a rule's delayMs as the response latency", async () => {
    const { send } = withRules([{ respond: { status: 200, delayMs: 1234 } }]);
    expect((await send(request("GET", `${HOST}/`))).latencyMs).toBe(1234);
  });

  it("reads {{path.constructor}} as a missing value, not an inherited one", async () => {
    const { send } = withRules([
      { respond: { status: 200, body: "[{{path.constructor}}{{query.toString}}]" } },
    ]);
    expect(bodyText(await send(request("GET", `${HOST}/`)))).toBe("[]");
  });
});
