import type { MappingTemplateScope } from "@/lib/gateway/vtl";

/** A mapping template scope for tests: a request template with no body unless told otherwise. */
export function scopeWith(overrides: Partial<MappingTemplateScope> = {}): MappingTemplateScope {
  return {
    direction: "request",
    payload: null,
    params: { path: {}, querystring: {}, header: {} },
    context: { stage: "dev", requestId: "req-1", identity: { sourceIp: "203.0.113.7" } },
    stageVariables: {},
    ...overrides,
  };
}
