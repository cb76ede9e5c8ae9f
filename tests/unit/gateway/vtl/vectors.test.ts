/**
 * The template-level facts of the public vectors (../shared/spec/vectors-public.json) whose feature is VTL,
 * $input, $util, MOCK, responseOverride or passthrough. Status codes and headers that the pipeline applies
 * are asserted here through the values the pipeline reads (overrides, template selection).
 */
import { describe, expect, it } from "vitest";
import {
  renderMappingTemplate,
  selectRequestTemplate,
  selectResponseTemplate,
  toRequestOverride,
  toResponseOverride,
} from "@/lib/gateway/vtl";
import { scopeWith } from "./scope";

describe("public vectors: MOCK integrations", () => {
  it("rest-mock-001: $input.params().path.id in a response template gives the numeric id 42", () => {
    const params = { path: { id: "42" }, querystring: {}, header: { "Content-Type": "application/json" } };
    const request = selectRequestTemplate(
      { "application/json": '{"statusCode":200}' },
      "application/json",
      "NEVER",
    );
    expect(request).toEqual({
      kind: "template",
      contentType: "application/json",
      template: '{"statusCode":200}',
    });
    const mock = renderMappingTemplate('{"statusCode":200}', scopeWith({ params }));
    const response = renderMappingTemplate(
      '{"statusCode": 200, "id": $input.params().path.id}',
      scopeWith({ direction: "response", params, overrides: mock.overrides }),
    );
    expect(JSON.parse(response.output)).toEqual({ statusCode: 200, id: 42 });
  });

  it("rest-mock-003: responseOverride set in the request template gives status 444 and header foo: bar", () => {
    const request = renderMappingTemplate(
      '#set($context.responseOverride.status = 444)#set($context.responseOverride.header.foo = "bar"){"statusCode": 200}',
      scopeWith(),
    );
    expect(request.output).toBe('{"statusCode": 200}');
    expect(toResponseOverride(request.overrides)).toEqual({ status: 444, header: { foo: "bar" } });
    expect(selectResponseTemplate(undefined, undefined)).toEqual({ kind: "passthrough" });
  });

  it("rest-mock-004: all three map assignment forms on requestOverride are readable in the response template", () => {
    const request = renderMappingTemplate(
      '#set($paramName = "foo") #set($context.requestOverride.querystring[$paramName] = "bar") ' +
        '#set($paramPutName = "putfoo") $context.requestOverride.querystring.put($paramPutName, "putBar") ' +
        '#set($context["requestOverride"].querystring["nestedfoo"] = "nestedFoo") {"statusCode": 200}',
      scopeWith(),
    );
    expect(JSON.parse(request.output)).toEqual({ statusCode: 200 });
    expect(toRequestOverride(request.overrides).querystring).toEqual({
      foo: "bar",
      putfoo: "putBar",
      nestedfoo: "nestedFoo",
    });
    const response = renderMappingTemplate(
      "#set($value = $context.requestOverride.querystring.foo)#set($value2 = $context.requestOverride.querystring.putfoo)" +
        "#set($value3 = $context.requestOverride.querystring.nestedfoo)" +
        '{"value": "$value", "value2": "$value2", "value3": "$value3"}',
      scopeWith({ direction: "response", overrides: request.overrides }),
    );
    expect(JSON.parse(response.output)).toEqual({ value: "bar", value2: "putBar", value3: "nestedFoo" });
  });
});

describe("public vectors: $input and $util", () => {
  it("rest-vtl-path-001: a JSON object from $input.path prints as {foo=bar}", () => {
    const out = renderMappingTemplate(
      '#set($result = $input.path("$.json"))$result',
      scopeWith({ direction: "response", payload: '{"json": {"foo": "bar"}, "origin": "x"}' }),
    );
    expect(out.output).toBe("{foo=bar}");
  });

  it("rest-vtl-path-005: a missing path prints as nothing and equals both $null and an empty string", () => {
    const template =
      '#set($result = $input.path("$.nonExisting")){"body": $result, "nested": $result.nested, ' +
      '"isNull": #if( $result == $null )"true"#else"false"#end, "isEmptyString": #if( $result == "" )"true"#else"false"#end}';
    expect(renderMappingTemplate(template, scopeWith({ direction: "response" })).output).toBe(
      '{"body": , "nested": , "isNull": "true", "isEmptyString": "true"}',
    );
  });

  it("rest-http-002: $input.json('$') passes the backend's JSON through as compact JSON", () => {
    const out = renderMappingTemplate(
      "$input.json('$')",
      scopeWith({ direction: "response", payload: '{"message": "", "status_code": 400}' }),
    );
    expect(out.output).toBe('{"message":"","status_code":400}');
  });

  it("rest-vtl-doc-002: $util.parseJson of an error message reaches key2.arr[0] = 1", () => {
    const payload = JSON.stringify({ errorMessage: '{"key1":"var1","key2":{"arr":[1,2,3]}}' });
    const out = renderMappingTemplate(
      "#set ($errorMessageObj = $util.parseJson($input.path('$.errorMessage')))\n" +
        '{ "errorMessageObjKey2ArrVal" : $errorMessageObj.key2.arr[0] }',
      scopeWith({ direction: "response", payload }),
    );
    expect(JSON.parse(out.output)).toEqual({ errorMessageObjKey2ArrVal: 1 });
  });

  it("rest-selection-001: $input.params('statusCode') reads the path parameter into the Lambda payload", () => {
    const out = renderMappingTemplate(
      '{"statusCode": "$input.params(\'statusCode\')"}',
      scopeWith({ params: { path: { statusCode: "200" }, querystring: {}, header: {} } }),
    );
    expect(JSON.parse(out.output)).toEqual({ statusCode: "200" });
  });
});

describe("public vectors: passthrough", () => {
  it("rest-passthrough-002: application/xml with only a JSON template under WHEN_NO_MATCH passes <a/> through", () => {
    expect(selectRequestTemplate({ "application/json": "{}" }, "application/xml", "WHEN_NO_MATCH")).toEqual({
      kind: "passthrough",
    });
  });
});
