import { describe, expect, it } from "vitest";
import type { GatewayError } from "@/lib/gateway/errors";
import {
  InvalidJsonRequestBodyError,
  MappingTemplateRenderError,
  renderMappingTemplate,
} from "@/lib/gateway/vtl";
import { scopeWith } from "./scope";

const render = (
  template: string,
  payload: string | null = null,
  direction: "request" | "response" = "request",
) => renderMappingTemplate(template, scopeWith({ payload, direction })).output;

const params = {
  path: { id: "7", shared: "from-path" },
  querystring: { q: "search", shared: "from-query" },
  header: { "Content-Type": "application/json", "X-Shared": "h" },
};
const withParams = (template: string) => renderMappingTemplate(template, scopeWith({ params })).output;

describe("$input.body", () => {
  it("renders the raw payload with its original spacing", () => {
    expect(render("$input.body", '{ "a" :  1 }')).toBe('{ "a" :  1 }');
  });

  it("renders {} for a request without a body", () => {
    expect(render("[$input.body]")).toBe("[{}]");
    expect(render("[$input.body]", "")).toBe("[{}]");
  });
});

describe("$input.json", () => {
  const pets = JSON.stringify({
    pets: [
      { id: 1, type: "dog" },
      { id: 2, type: "cat" },
    ],
    name: "shop",
  });

  it("renders the matched value as JSON, strings quoted", () => {
    expect(render("$input.json('$.name')", pets)).toBe('"shop"');
    expect(render("$input.json('$.pets[1]')", pets)).toBe('{"id":2,"type":"cat"}');
  });

  it("renders every match of an indefinite path as a JSON list", () => {
    expect(render("$input.json('$.pets[*].type')", pets)).toBe('["dog","cat"]');
    expect(render("$input.json('$..id')", pets)).toBe("[1,2]");
  });

  it('renders "" for a definite path that matches nothing', () => {
    expect(render("$input.json('$.missing')", pets)).toBe('""');
  });

  it("reads a path without the leading $ from the root, as Jayway does", () => {
    expect(render("$input.json('name')", pets)).toBe('"shop"');
  });

  it("does not expose JavaScript's length of a string or an array", () => {
    expect(render("$input.json('$.name.length')", pets)).toBe('""');
    expect(render("$input.json('$.pets.length')", pets)).toBe('""');
  });
});

describe("$input.path", () => {
  it("returns a native list whose size() counts its items", () => {
    expect(render("$input.path('$.pets').size()", '{"pets":[1,2,3]}')).toBe("3");
  });

  it("returns scalars as they are", () => {
    expect(
      render("$input.path('$.n') $input.path('$.b') $input.path('$.s')", '{"n":2.5,"b":true,"s":"x"}'),
    ).toBe("2.5 true x");
  });

  it("gives {} for an empty body, so any path is missing", () => {
    expect(render("[$input.path('$.a')][$input.json('$')]")).toBe("[][{}]");
  });

  it("fails with 400 Could not parse request body into json for a request body that is not JSON", () => {
    let error: unknown;
    try {
      render("$input.json('$')", "not json");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidJsonRequestBodyError);
    const gatewayError = error as GatewayError;
    expect(gatewayError.defaultStatus).toBe(400);
    expect(gatewayError.responseType).toBe("BAD_REQUEST_BODY");
    expect(gatewayError.gatewayMessage).toMatch(
      /^Could not parse request body into json: Could not parse payload into json: /,
    );
  });

  it("fails with a 500 configuration error for an integration response body that is not JSON", () => {
    expect(() => render("$input.path('$')", "<xml/>", "response")).toThrow(MappingTemplateRenderError);
  });

  it("leaves a non-JSON body alone when the template only prints $input.body", () => {
    expect(render("$input.body", "some raw data")).toBe("some raw data");
  });
});

describe("$input.params", () => {
  it("searches path, then query string, then header", () => {
    expect(withParams("$input.params('shared')|$input.params('q')|$input.params('X-Shared')")).toBe(
      "from-path|search|h",
    );
  });

  it("finds a header whatever the case of the name", () => {
    expect(withParams("$input.params('content-type')")).toBe("application/json");
  });

  it("renders an empty string for a parameter that is not there", () => {
    expect(withParams("[$input.params('nope')]")).toBe("[]");
  });

  it("returns all parameters as maps of path, querystring and header", () => {
    expect(withParams("$input.params().path.id $input.params().querystring $input.params().keySet()")).toBe(
      "7 {q=search, shared=from-query} [path, querystring, header]",
    );
  });

  it("walks every parameter with the documented pass-everything template", () => {
    const template =
      "#set($allParams = $input.params())" +
      "#foreach($type in $allParams.keySet())#set($p = $allParams.get($type))" +
      '"$type":{#foreach($name in $p.keySet())"$name":"$util.escapeJavaScript($p.get($name))"#if($foreach.hasNext),#end#end}' +
      "#if($foreach.hasNext),#end#end";
    expect(JSON.parse(`{${withParams(template)}}`)).toEqual(params);
  });
});
