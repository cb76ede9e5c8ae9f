import { describe, expect, it } from "vitest";
import { MissingAuthenticationTokenError } from "@/lib/gateway/errors";
import { parseRequest } from "@/lib/gateway/pipeline/stages/parse-request";
import { routeRequest } from "@/lib/gateway/pipeline/stages/route-request";
import { contextFor, envWith, mockMethod, request, snapshotOf, stageOf } from "./helpers";

const snapshot = snapshotOf([
  { id: "root", path: "/", resourceMethods: { GET: mockMethod("GET") } },
  { id: "pets", path: "/pets", resourceMethods: { GET: mockMethod("GET"), ANY: mockMethod("ANY") } },
  { id: "pet", path: "/pets/{petId}", resourceMethods: { GET: mockMethod("GET") } },
]);
const canarySnapshot = snapshotOf([{ id: "root", path: "/", resourceMethods: { GET: mockMethod("GET") } }]);

const deployed = {
  apiId: "abc123defg",
  stage: stageOf("dev", { color: "blue" }),
  deploymentId: "dep001",
  snapshot,
};

function route(method: string, target: string, stages = [deployed], seed = 1) {
  const ctx = contextFor(envWith(stages, seed), request(method, target));
  parseRequest(ctx);
  routeRequest(ctx);
  return ctx;
}

describe("routeRequest", () => {
  it("finds the resource, the method and the path parameters", () => {
    const ctx = route("GET", "/dev/pets/42");
    expect(ctx.routed?.resource.path).toBe("/pets/{petId}");
    expect(ctx.routed?.method.httpMethod).toBe("GET");
    expect(ctx.routed?.pathParameters).toEqual({ petId: "42" });
    expect(ctx.routed?.stageVariables).toEqual({ color: "blue" });
    expect(ctx.trace.at(-1)?.lines).toContain('Method request path: {"petId":"42"}');
  });

  it("runs ANY for a verb the resource does not define", () => {
    expect(route("DELETE", "/dev/pets").routed?.method.httpMethod).toBe("ANY");
    expect(route("GET", "/dev/pets").routed?.method.httpMethod).toBe("GET");
  });

  it.each([
    ["an unknown stage", "GET", "/prod/pets"],
    ["an unknown path", "GET", "/dev/dogs"],
    ["a method the resource does not define", "POST", "/dev/pets/42"],
    ["OPTIONS without an OPTIONS method (no automatic CORS on REST)", "OPTIONS", "/dev/pets/42"],
  ])("returns 403 Missing Authentication Token for %s", (_why, method, target) => {
    expect(() => route(method, target)).toThrow(MissingAuthenticationTokenError);
  });

  it("sends percentTraffic of requests to the canary with its stage-variable overrides, deterministically per seed", () => {
    const withCanary = {
      ...deployed,
      canary: {
        deploymentId: "dep002",
        snapshot: canarySnapshot,
        settings: { percentTraffic: 25, stageVariableOverrides: { color: "green" }, useStageCache: false },
      },
    };
    let canary = 0;
    const env = envWith([withCanary], 42);
    for (let i = 0; i < 4000; i++) {
      const ctx = { ...contextFor(env, request("GET", "/dev/")), trace: [] };
      parseRequest(ctx);
      routeRequest(ctx);
      if (ctx.routed?.isCanary) {
        canary++;
        expect(ctx.routed.stageVariables).toEqual({ color: "green" });
        expect(ctx.routed.snapshot).toBe(canarySnapshot);
      }
    }
    expect(canary / 4000).toBeGreaterThan(0.23);
    expect(canary / 4000).toBeLessThan(0.27);
  });
});
