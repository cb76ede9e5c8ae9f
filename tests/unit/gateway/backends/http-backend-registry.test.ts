import { describe, expect, it } from "vitest";
import {
  EndpointTimeoutError,
  EndpointUnreachableError,
  HttpBackendRegistry,
  InvalidEndpointError,
  InvalidScriptedBackendError,
  NETWORK_ERROR_MESSAGE,
} from "@/lib/gateway/backends";
import { bodyText, request, setup, START } from "./helpers";

const ORDERS = "orders.mock.sandbox.internal";
const ordersDefinition = {
  name: "orders",
  rules: [
    {
      match: { method: "get", path: "/orders/{id}" },
      respond: { status: 200, body: "{{path.id}}" },
      times: 1,
    },
  ],
};

describe("invokeHttpBackend: errors", () => {
  it("throws EndpointUnreachableError, the network error, for a host with no backend", async () => {
    const { send } = setup();
    const error = await send(request("GET", "http://nowhere.sandbox.internal/")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EndpointUnreachableError);
    expect((error as EndpointUnreachableError).host).toBe("nowhere.sandbox.internal");
    expect((error as Error).message).toBe(`${NETWORK_ERROR_MESSAGE}: no backend at nowhere.sandbox.internal`);
  });

  it("throws EndpointUnreachableError for a scripted name that is not defined", async () => {
    const { send } = setup();
    await expect(send(request("GET", "http://ghost.mock.sandbox.internal/"))).rejects.toThrow(
      EndpointUnreachableError,
    );
  });

  it("throws InvalidEndpointError for a URL that is not absolute http(s)", async () => {
    const { send } = setup();
    await expect(send(request("GET", "/relative"))).rejects.toThrow(InvalidEndpointError);
    await expect(send(request("GET", "ftp://echo.sandbox.internal/"))).rejects.toThrow(
      'Invalid endpoint address: "ftp://echo.sandbox.internal/"',
    );
  });

  it("throws EndpointTimeoutError when the backend is slower than the timeout, without waiting", async () => {
    const { clock, send } = setup();
    const error = await send(request("GET", "http://echo.sandbox.internal/?delay=29001")).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EndpointTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 29_000, latencyMs: 29_001 });
    expect(clock.now()).toBe(START);
  });

  it("answers when the latency equals the timeout exactly", async () => {
    const { send } = setup();
    expect((await send(request("GET", "http://echo.sandbox.internal/?delay=50"), 50)).latencyMs).toBe(50);
  });
});

describe("HttpBackendRegistry: recorded requests", () => {
  it("keeps what each backend received, with what it answered, oldest first", async () => {
    const { registry, clock, send } = setup();
    registry.defineScriptedBackend(ordersDefinition);
    await send(
      request("GET", `http://${ORDERS}/orders/7?x=1`, { headers: [["Accept", "application/json"]] }),
    );
    clock.advance(1000);
    await send(request("GET", `http://${ORDERS}/orders/8`));
    const [first, second] = registry.listRequests("Orders.Mock.Sandbox.Internal");
    expect(first).toMatchObject({
      receivedAt: START,
      method: "GET",
      url: `http://${ORDERS}/orders/7?x=1`,
      path: "/orders/7",
      query: { x: ["1"] },
      headers: [["Accept", "application/json"]],
      body: "",
      statusCode: 200,
      latencyMs: 0,
      timedOut: false,
      ruleIndex: 0,
    });
    expect(second).toMatchObject({ receivedAt: START + 1000, statusCode: 404, ruleIndex: null });
    expect(registry.listRequests("echo.sandbox.internal")).toEqual([]);
  });

  it("records a request that timed out, since the backend did receive it", async () => {
    const { registry, send } = setup();
    await send(request("GET", "http://echo.sandbox.internal/?delay=100"), 50).catch(() => undefined);
    expect(registry.listRequests("echo.sandbox.internal")[0]).toMatchObject({
      timedOut: true,
      latencyMs: 100,
    });
  });

  it("keeps only the last maxRecordedRequests per host", async () => {
    const { registry, send } = setup(new HttpBackendRegistry({ maxRecordedRequests: 3 }));
    for (let i = 1; i <= 5; i++) await send(request("GET", `http://echo.sandbox.internal/${i}`));
    expect(registry.listRequests("echo.sandbox.internal").map((r) => r.path)).toEqual(["/3", "/4", "/5"]);
    registry.clearRequests("echo.sandbox.internal");
    expect(registry.listRequests("echo.sandbox.internal")).toEqual([]);
  });

  it("hands out copies that a lab cannot change", async () => {
    const { registry, send } = setup();
    await send(request("GET", "http://echo.sandbox.internal/a"));
    const [copy] = registry.listRequests("echo.sandbox.internal");
    if (copy) copy.path = "/changed";
    expect(registry.listRequests("echo.sandbox.internal")[0]?.path).toBe("/a");
  });

  it("gives the same request ids for the same seed", async () => {
    const ids = async () => {
      const { registry, send } = setup();
      await send(request("GET", "http://echo.sandbox.internal/"));
      return registry.listRequests("echo.sandbox.internal")[0]?.requestId;
    };
    expect(await ids()).toBe(await ids());
  });

  it("refuses a negative cap", () => {
    expect(() => new HttpBackendRegistry({ maxRecordedRequests: -1 })).toThrow(RangeError);
  });
});

describe("HttpBackendRegistry: definitions and snapshots", () => {
  it("restarts times counters and recordings when a backend is defined again", async () => {
    const { registry, send } = setup();
    registry.defineScriptedBackend(ordersDefinition);
    await send(request("GET", `http://${ORDERS}/orders/1`));
    expect((await send(request("GET", `http://${ORDERS}/orders/1`))).statusCode).toBe(404);
    registry.defineScriptedBackend(ordersDefinition);
    expect(registry.listRequests(ORDERS)).toEqual([]);
    expect((await send(request("GET", `http://${ORDERS}/orders/1`))).statusCode).toBe(200);
  });

  it("stops serving a deleted backend", async () => {
    const { registry, send } = setup();
    registry.defineScriptedBackend(ordersDefinition);
    expect(registry.deleteScriptedBackend("orders")).toBe(true);
    await expect(send(request("GET", `http://${ORDERS}/orders/1`))).rejects.toThrow(EndpointUnreachableError);
  });

  it("round-trips the definitions through plain JSON and serves them again", async () => {
    const registry = new HttpBackendRegistry();
    registry.defineScriptedBackend(ordersDefinition);
    registry.defineScriptedBackend({ name: "users", rules: [], defaultResponse: { status: 418 } });
    const stored = JSON.parse(JSON.stringify(registry.toSnapshot())) as unknown;
    expect(stored).toEqual({
      version: 1,
      scriptedBackends: [
        {
          name: "orders",
          rules: [
            {
              match: { method: "GET", path: "/orders/{id}" },
              respond: { status: 200, body: "{{path.id}}" },
              times: 1,
            },
          ],
        },
        { name: "users", rules: [], defaultResponse: { status: 418 } },
      ],
    });
    const { send } = setup(HttpBackendRegistry.fromSnapshot(stored));
    expect(bodyText(await send(request("GET", `http://${ORDERS}/orders/5`)))).toBe("5");
    expect((await send(request("GET", "http://users.mock.sandbox.internal/"))).statusCode).toBe(418);
  });

  it("replaces every scripted backend on restore, and changes nothing when the snapshot is invalid", () => {
    const registry = new HttpBackendRegistry();
    registry.defineScriptedBackend(ordersDefinition);
    const bad = {
      version: 1,
      scriptedBackends: [
        { name: "a", rules: [] },
        { name: "a", rules: [] },
      ],
    };
    expect(() => registry.restoreSnapshot(bad)).toThrow(
      new InvalidScriptedBackendError([
        { path: "scriptedBackends[1].name", message: '"a" is defined twice' },
      ]),
    );
    expect(registry.listScriptedBackends().map((d) => d.name)).toEqual(["orders"]);
    registry.restoreSnapshot({ version: 1, scriptedBackends: [{ name: "b", rules: [] }] });
    expect(registry.listScriptedBackends().map((d) => d.name)).toEqual(["b"]);
  });

  it("serves a backend registered by the host application, but keeps the scripted domain for definitions", async () => {
    const registry = new HttpBackendRegistry();
    registry.registerBackend("Inventory.Internal", {
      answer: () => ({ statusCode: 202, headers: [], body: "queued", latencyMs: 3 }),
    });
    const { send } = setup(registry);
    expect((await send(request("GET", "http://inventory.internal/"))).statusCode).toBe(202);
    expect(() =>
      registry.registerBackend("x.mock.sandbox.internal", { answer: () => ({}) as never }),
    ).toThrow("x.mock.sandbox.internal is reserved for scripted backends");
  });
});
