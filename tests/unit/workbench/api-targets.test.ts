import { describe, expect, it } from "vitest";
import {
  loadApiTargets,
  toMethodTargets,
  toResourcePaths,
} from "@/app/_components/workbench/traffic/api-targets";
import type { WorkbenchTransport } from "@/app/_components/workbench/transport";
import type { Resource } from "@/lib/gateway/control/types";

const resources: Resource[] = [
  { id: "r2", path: "/pets", resourceMethods: { POST: {} as never, GET: {} as never } },
  { id: "r1", path: "/" },
  { id: "r3", path: "/pets/{id}", resourceMethods: { GET: {} as never } },
];

describe("toMethodTargets and toResourcePaths", () => {
  it("list every method by path then verb, and every path", () => {
    expect(toMethodTargets(resources)).toEqual([
      { method: "GET", resource: "/pets" },
      { method: "POST", resource: "/pets" },
      { method: "GET", resource: "/pets/{id}" },
    ]);
    expect(toResourcePaths(resources)).toEqual(["/", "/pets", "/pets/{id}"]);
  });
});

describe("loadApiTargets", () => {
  function fakeTransport(answers: Record<string, unknown>, calls: string[] = []): WorkbenchTransport {
    return {
      kind: "browser",
      invokeUrlBase: null,
      call: async <T>(_service: string, operation: string) => {
        calls.push(operation);
        const answer = answers[operation];
        if (answer instanceof Error) throw answer;
        return answer as T;
      },
      invoke: async () => {
        throw new Error("unused");
      },
      traffic: async () => ({}),
      metrics: async () => ({}),
      logs: async () => ({ kind: "access", group: "", events: [] }),
    };
  }

  it("reads GetStages' item list and skips API keys unless asked", async () => {
    const calls: string[] = [];
    const transport = fakeTransport(
      { getStages: { item: [{ stageName: "dev" }] }, getResources: { items: resources } },
      calls,
    );
    const targets = await loadApiTargets(transport, "a1");
    expect(targets.stages.map((s) => s.stageName)).toEqual(["dev"]);
    expect(targets.apiKeys).toEqual([]);
    expect(calls).not.toContain("getApiKeys");
  });

  it("still loads when listing API keys fails", async () => {
    const transport = fakeTransport({
      getStages: { item: [] },
      getResources: { items: [] },
      getApiKeys: new Error("denied"),
    });
    await expect(loadApiTargets(transport, "a1", { apiKeys: true })).resolves.toMatchObject({ apiKeys: [] });
  });
});
