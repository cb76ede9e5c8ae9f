import * as sdk from "@aws-sdk/client-api-gateway";
import { describe, expect, it } from "vitest";
import { REST_JSON_ROUTES, type RestJsonRoute } from "@/lib/gateway/aws-protocol";

/**
 * The new routes against the SDK's static Smithy schemas, including the bindings the older routes never
 * needed: `@httpQueryParams` (member trait bit 64), `@httpHeader` on input and output members, and an
 * `@httpPayload` output (bit 16). An operation is `[9, ns, name, { http: [method, uri, status] }, input,
 * output]`; a structure `[3, ns, name, traits, memberNames, memberSchemas]`.
 */
type Traits = Record<string, unknown> | number;
const deref = (schema: unknown): unknown =>
  typeof schema === "function" ? (schema as () => unknown)() : schema;

function members(structure: unknown): { name: string; traits: Traits }[] {
  const shape = deref(structure) as [number, string, string, unknown, string[], unknown[]];
  if (!Array.isArray(shape) || shape[0] !== 3) return [];
  return shape[4].map((name, index) => {
    const schema = shape[5][index];
    const traits = Array.isArray(schema) && schema.length === 2 ? (schema[1] as Traits) : 0;
    return { name, traits };
  });
}

function expectedRoute(action: string): Omit<RestJsonRoute, "action"> {
  const [, , , traits, input, output] = (sdk as unknown as Record<string, unknown[]>)[`${action}$`] ?? [];
  const [method, uri, status] = (traits as { http: [RestJsonRoute["method"], string, number] }).http;
  const route: Omit<RestJsonRoute, "action"> = { method, uri, status };
  for (const { name, traits: t } of members(input)) {
    if (typeof t === "number") {
      if (t & 16) route.payload = name;
      if (t & 64) route.queryParams = name;
    } else if (typeof t.httpQuery === "string") {
      route.query = {
        ...route.query,
        [t.httpQuery]: { member: name, type: name === "failOnWarnings" ? "boolean" : "string" },
      };
    } else if (typeof t.httpHeader === "string") {
      route.headers = { ...route.headers, [t.httpHeader.toLowerCase()]: name };
    }
  }
  for (const { name, traits: t } of members(output)) {
    if (typeof t === "number" && t & 16) route.outputPayload = name;
    if (typeof t === "object" && typeof t.httpHeader === "string")
      route.outputHeaders = { ...route.outputHeaders, [name]: t.httpHeader.toLowerCase() };
  }
  return route;
}

describe("the routes of ImportRestApi, PutRestApi, GetExport and TestInvokeMethod", () => {
  it.each(["ImportRestApi", "PutRestApi", "GetExport", "TestInvokeMethod"])(
    "%s has the SDK's method, URI, status and member bindings",
    (action) => {
      const route = REST_JSON_ROUTES.find((candidate) => candidate.action === action);
      const { action: _action, ...bindings } = route ?? ({} as RestJsonRoute);
      expect(bindings).toEqual(expectedRoute(action));
    },
  );

  it("keeps FlushStageCache and FlushStageAuthorizersCache as the SDK binds them", () => {
    for (const action of ["FlushStageCache", "FlushStageAuthorizersCache"]) {
      const { action: _action, ...bindings } = REST_JSON_ROUTES.find(
        (r) => r.action === action,
      ) as RestJsonRoute;
      expect(bindings).toEqual(expectedRoute(action));
    }
  });
});
