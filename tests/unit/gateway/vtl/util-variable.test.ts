import { describe, expect, it } from "vitest";
import { MappingTemplateRenderError, renderMappingTemplate } from "@/lib/gateway/vtl";
import { scopeWith } from "./scope";

/** Renders `$util.<fn>($value)` with `value` passed in as a stage variable, so no VTL quoting gets in the way. */
const util = (fn: string, value: string) =>
  renderMappingTemplate(`$util.${fn}($stageVariables.v)`, scopeWith({ stageVariables: { v: value } })).output;

describe("$util.escapeJavaScript", () => {
  it('turns \' into \\\' and " into \\" (the docs\' reason for .replaceAll("\\\\\'","\'"))', () => {
    expect(util("escapeJavaScript", `it's "q"`)).toBe(`it\\'s \\"q\\"`);
  });

  it("escapes backslash, slash and control characters with JavaScript string rules", () => {
    expect(util("escapeJavaScript", "a\\b/c\nd\te\r\u0001")).toBe("a\\\\b\\/c\\nd\\te\\r\\u0001");
  });

  it("escapes characters above U+007F as upper-case \\uXXXX, one per UTF-16 unit", () => {
    expect(util("escapeJavaScript", "é€😀")).toBe("\\u00E9\\u20AC\\uD83D\\uDE00");
  });

  it("leaves plain ASCII as it is", () => {
    expect(util("escapeJavaScript", "Hello, World! 123")).toBe("Hello, World! 123");
  });
});

describe("$util.urlEncode and urlDecode", () => {
  it("encodes as application/x-www-form-urlencoded: space is +, .-*_ stay, the rest is %XX of UTF-8", () => {
    expect(util("urlEncode", "a b.c-d*e_f~g!h'(i)")).toBe("a+b.c-d*e_f%7Eg%21h%27%28i%29");
    expect(util("urlEncode", "é/€")).toBe("%C3%A9%2F%E2%82%AC");
  });

  it("decodes + as a space and %XX runs as UTF-8", () => {
    expect(util("urlDecode", "a+b%20c%C3%A9%E2%82%AC")).toBe("a b cé€");
  });

  it("fails on a broken % escape, as Java's URLDecoder does", () => {
    expect(() => util("urlDecode", "100%")).toThrow(MappingTemplateRenderError);
  });
});

describe("$util.base64Encode and base64Decode", () => {
  it("encodes the UTF-8 bytes", () => {
    expect(util("base64Encode", "héllo")).toBe("aMOpbGxv");
    expect(util("base64Encode", "a")).toBe("YQ==");
    expect(util("base64Encode", "")).toBe("");
  });

  it("decodes to UTF-8 text, with or without padding", () => {
    expect(util("base64Decode", "aMOpbGxv")).toBe("héllo");
    expect(util("base64Decode", "YQ==")).toBe("a");
    expect(util("base64Decode", "YQ")).toBe("a");
  });

  it("round-trips text outside the Basic Multilingual Plane", () => {
    expect(util("base64Decode", util("base64Encode", "😀 ok"))).toBe("😀 ok");
  });

  it("fails on characters outside the standard alphabet", () => {
    expect(() => util("base64Decode", "a-b_")).toThrow(MappingTemplateRenderError);
  });
});

describe("$util.parseJson", () => {
  it("parses into maps and lists that templates navigate and print", () => {
    const out = renderMappingTemplate(
      "#set($o = $util.parseJson($stageVariables.v))$o.a $o.list $o.list[1] $o.list.size()",
      scopeWith({ stageVariables: { v: '{"a":{"b":1},"list":[1,2]}' } }),
    );
    expect(out.output).toBe("{b=1} [1,2] 2 2");
  });

  it("fails the render on text that is not JSON", () => {
    expect(() => util("parseJson", "{nope")).toThrow(MappingTemplateRenderError);
  });
});

describe("$util with a null argument", () => {
  it("prints nothing", () => {
    expect(
      renderMappingTemplate("[$util.escapeJavaScript($nothing)][$util.base64Encode($nothing)]", scopeWith())
        .output,
    ).toBe("[][]");
  });
});
