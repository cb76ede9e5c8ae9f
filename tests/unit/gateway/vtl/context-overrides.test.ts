import { describe, expect, it } from "vitest";
import {
  createContextOverrides,
  renderMappingTemplate,
  toRequestOverride,
  toResponseOverride,
} from "@/lib/gateway/vtl";
import { scopeWith } from "./scope";

describe("$context.requestOverride and responseOverride", () => {
  it("start empty, with header, path and querystring maps ready to write", () => {
    const out = renderMappingTemplate(
      "$context.requestOverride $context.responseOverride $context.requestOverride.header.size()",
      scopeWith(),
    );
    expect(out.output).toBe("{header={}, path={}, querystring={}} {header={}} 0");
  });

  it("collect every request override form as strings for the integration request", () => {
    const out = renderMappingTemplate(
      '#set($context.requestOverride.header.foo = "bar")' +
        "#set($context.requestOverride.path.petId = 7)" +
        '$context.requestOverride.querystring.put("q", "x")',
      scopeWith(),
    );
    expect(out.output).toBe("");
    expect(toRequestOverride(out.overrides)).toEqual({
      header: { foo: "bar" },
      path: { petId: "7" },
      querystring: { q: "x" },
    });
  });

  it("keep arbitrary keys written into responseOverride readable by the response template", () => {
    const request = renderMappingTemplate('#set($context.responseOverride.custom = "value")', scopeWith());
    const response = renderMappingTemplate(
      "$context.responseOverride.custom",
      scopeWith({ direction: "response", overrides: request.overrides }),
    );
    expect(response.output).toBe("value");
  });

  it("make a request template's requestOverride.path readable in the response template (MOCK)", () => {
    const request = renderMappingTemplate(
      '#set($body = "echo")#set($context.requestOverride.path.body = $body)',
      scopeWith(),
    );
    const response = renderMappingTemplate(
      "$context.requestOverride.path.body",
      scopeWith({ direction: "response", overrides: request.overrides }),
    );
    expect(response.output).toBe("echo");
  });

  it("let a response template override the status from its output, as the recorded 202/400 example", () => {
    const template =
      '#set($inputRoot = $input.path(\'$\'))$input.json("$")#if($inputRoot.toString().contains("customerror"))' +
      "#set($context.responseOverride.status = 400)#else#set($context.responseOverride.status = 202)#end";
    const render = (body: string) =>
      renderMappingTemplate(
        template,
        scopeWith({ direction: "response", payload: JSON.stringify({ statusCode: 200, body }) }),
      );
    const ok = render("noerror");
    expect(ok.output).toBe('{"statusCode":200,"body":"noerror"}');
    expect(toResponseOverride(ok.overrides).status).toBe(202);
    const failed = render("customerror");
    expect(failed.output).toBe('{"statusCode":200,"body":"customerror"}');
    expect(toResponseOverride(failed.overrides).status).toBe(400);
  });

  it("do not change the overrides object passed in: each template works on a copy", () => {
    const first = renderMappingTemplate('#set($context.responseOverride.header.a = "1")', scopeWith());
    const second = renderMappingTemplate(
      '#set($context.responseOverride.header.b = "2")',
      scopeWith({ direction: "response", overrides: first.overrides }),
    );
    expect(toResponseOverride(first.overrides).header).toEqual({ a: "1" });
    expect(toResponseOverride(second.overrides).header).toEqual({ a: "1", b: "2" });
  });

  it("read a status given as a numeric string, and ignore one that is not an HTTP status", () => {
    const status = (value: string) =>
      toResponseOverride(
        renderMappingTemplate(`#set($context.responseOverride.status = ${value})`, scopeWith()).overrides,
      ).status;
    expect(status('"418"')).toBe(418);
    expect(status("99")).toBeUndefined();
    expect(status('"teapot"')).toBeUndefined();
    expect(toResponseOverride(createContextOverrides())).toEqual({ header: {} });
  });

  it("recover the standard maps when a template replaced one with something else", () => {
    const first = renderMappingTemplate('#set($context.requestOverride.header = "oops")', scopeWith());
    expect(toRequestOverride(first.overrides).header).toEqual({});
    const second = renderMappingTemplate(
      '#set($context.requestOverride.header.x = "1")',
      scopeWith({ overrides: first.overrides }),
    );
    expect(toRequestOverride(second.overrides).header).toEqual({ x: "1" });
  });
});
