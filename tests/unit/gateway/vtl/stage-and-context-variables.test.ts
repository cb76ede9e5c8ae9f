import { describe, expect, it } from "vitest";
import { renderMappingTemplate } from "@/lib/gateway/vtl";
import { scopeWith } from "./scope";

describe("$stageVariables", () => {
  it("reads a stage variable in all three documented forms", () => {
    const out = renderMappingTemplate(
      "$stageVariables.lambdaAlias|$stageVariables['lambdaAlias']|${stageVariables['lambdaAlias']}",
      scopeWith({ stageVariables: { lambdaAlias: "prod" } }),
    );
    expect(out.output).toBe("prod|prod|prod");
  });

  it("renders an undefined stage variable as nothing", () => {
    expect(renderMappingTemplate('"$stageVariables.nope"', scopeWith()).output).toBe('""');
  });
});

describe("$context", () => {
  it("reads nested context variables", () => {
    expect(renderMappingTemplate("$context.stage $context.identity.sourceIp", scopeWith()).output).toBe(
      "dev 203.0.113.7",
    );
  });

  it("renders a null context variable as nothing", () => {
    const out = renderMappingTemplate(
      '"$context.identity.apiKey"',
      scopeWith({ context: { identity: { apiKey: null } } }),
    );
    expect(out.output).toBe('""');
  });

  it("lets a template change its own copy of $context without touching the caller's", () => {
    const context = { stage: "dev", identity: { sourceIp: "203.0.113.7" } };
    const out = renderMappingTemplate(
      '#set($context.stage = "x")#set($context.identity.sourceIp = "y")$context.stage $context.identity.sourceIp',
      scopeWith({ context }),
    );
    expect(out.output).toBe("x y");
    expect(context).toEqual({ stage: "dev", identity: { sourceIp: "203.0.113.7" } });
  });
});
