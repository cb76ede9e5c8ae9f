import { describe, expect, it } from "vitest";
import { GatewayError } from "@/lib/gateway/errors";
import {
  DEFAULT_MAPPING_TEMPLATE_LIMITS,
  ForeachLimitExceededError,
  MappingTemplateSyntaxError,
  MappingTemplateTooLargeError,
  RenderLimitExceededError,
  renderMappingTemplate,
} from "@/lib/gateway/vtl";
import { scopeWith } from "./scope";

const render = (template: string, limits = {}) => renderMappingTemplate(template, scopeWith(), limits).output;

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected the render to fail");
}

describe("template size (300 KB)", () => {
  it("renders a template of exactly 300 KB", () => {
    const template = "x".repeat(300 * 1024);
    expect(render(template)).toHaveLength(300 * 1024);
  });

  it("refuses a template one byte over, counting UTF-8 bytes", () => {
    const error = thrownBy(() => render("é".repeat(150 * 1024) + "x"));
    expect(error).toBeInstanceOf(MappingTemplateTooLargeError);
    expect((error as MappingTemplateTooLargeError).bytes).toBe(300 * 1024 + 1);
  });
});

describe("#foreach (1,000 iterations)", () => {
  it("iterates 1,000 items", () => {
    expect(render("#foreach($i in [1..1000])x#end")).toHaveLength(1000);
  });

  it("fails a loop over 1,001 items with a 500 API_CONFIGURATION_ERROR", () => {
    const error = thrownBy(() => render("#foreach($i in [1..1001])x#end"));
    expect(error).toBeInstanceOf(ForeachLimitExceededError);
    expect(error).toBeInstanceOf(GatewayError);
    const gatewayError = error as GatewayError;
    expect(gatewayError.responseType).toBe("API_CONFIGURATION_ERROR");
    expect(gatewayError.defaultStatus).toBe(500);
    expect(gatewayError.builtInBody).toBe('{"message": "Internal server error"}');
  });

  it("counts a JSON array's items the same way", () => {
    const payload = JSON.stringify({ items: Array.from({ length: 1001 }, (_, i) => i) });
    expect(() =>
      renderMappingTemplate("#foreach($i in $input.path('$.items'))$i#end", scopeWith({ payload })),
    ).toThrow(ForeachLimitExceededError);
  });
});

describe("termination guards", () => {
  it("stops nested loops once the render's step budget is spent", () => {
    const error = thrownBy(() =>
      render("#foreach($a in [1..1000])#foreach($b in [1..1000])#end#end", { maxRenderSteps: 5000 }),
    );
    expect(error).toBeInstanceOf(RenderLimitExceededError);
    expect((error as RenderLimitExceededError).limit).toBe("steps");
  });

  it("stops a string that doubles on every turn", () => {
    const start = performance.now();
    const error = thrownBy(() => render('#set($s = "ab")#foreach($i in [1..1000])#set($s = "$s$s")#end'));
    expect(error).toBeInstanceOf(RenderLimitExceededError);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it("stops a render that produces more text than its work budget", () => {
    const template = '#set($s = "0123456789")#foreach($i in [1..100])$s$s#end';
    expect(render(template, { maxRenderWork: 2000 })).toHaveLength(2000);
    const error = thrownBy(() => render(template, { maxRenderWork: 1999 }));
    expect((error as RenderLimitExceededError).limit).toBe("work");
  });

  it("stops output that grows past the limit", () => {
    const error = thrownBy(() =>
      render("#foreach($i in [1..1000])0123456789#end", { maxOutputLength: 5000 }),
    );
    expect((error as RenderLimitExceededError).limit).toBe("output");
  });

  it("stops a loop as soon as its own output passes the limit, before the loop runs out", () => {
    // 501 turns pass 5,000 characters; were the loop checked only at its end, the 600-step budget would trip first.
    const limits = { maxOutputLength: 5000, maxRenderSteps: 600 };
    const error = thrownBy(() => render("#foreach($i in [1..1000])0123456789#end", limits));
    expect((error as RenderLimitExceededError).limit).toBe("output");
  });

  it("refuses a range literal larger than the range limit before building it", () => {
    const error = thrownBy(() => render("#set($r = [1..1000000000])$r.size()"));
    expect((error as RenderLimitExceededError).limit).toBe("range");
  });

  it("stops macros nested deeper than Velocity's default of 20", () => {
    const error = thrownBy(() => render("#macro(down $n)#set($m = $n - 1)#down($m)#end#down(100)"));
    expect((error as RenderLimitExceededError).limit).toBe("macroDepth");
  });

  it("uses AWS's quotas by default", () => {
    expect(DEFAULT_MAPPING_TEMPLATE_LIMITS.maxTemplateBytes).toBe(307200);
    expect(DEFAULT_MAPPING_TEMPLATE_LIMITS.maxForeachIterations).toBe(1000);
  });
});

describe("syntax errors", () => {
  it("reports a template Velocity cannot parse as a typed 500 configuration error", () => {
    const error = thrownBy(() => render("#set($a = )"));
    expect(error).toBeInstanceOf(MappingTemplateSyntaxError);
    expect((error as MappingTemplateSyntaxError).reason).toMatch(/^Unable to parse mapping template: /);
  });
});
