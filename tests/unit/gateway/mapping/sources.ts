import type { MappingSources } from "@/lib/gateway/mapping";

/** Sources for mapping tests: a method request with repeated query and header values, and a JSON body. */
export function sourcesWith(overrides: Partial<MappingSources> = {}): MappingSources {
  return {
    methodRequest: {
      path: { petId: "7" },
      querystring: { tag: ["a", "b"], q: ["x"] },
      header: { "X-Trace": ["t1", "t2"], Accept: ["application/json"] },
      body: '{"name":"Rex","owner":{"id":3},"tags":["x","y"]}',
    },
    integrationResponse: {
      header: { "X-Backend": ["v1", "v2"] },
      body: '{"id":"pet-7","count":2}',
    },
    stageVariables: { version: "v2" },
    context: {
      requestId: "req-1",
      identity: { sourceIp: "203.0.113.7" },
      authorizer: { principalId: "user-1" },
    },
    ...overrides,
  };
}
