import { describe, expect, it } from "vitest";
import { renderMappingTemplate } from "@/lib/gateway/vtl";
import { scopeWith } from "./scope";

/** Examples from the Developer Guide, with the output the guide shows. */
describe("Developer Guide mapping template examples", () => {
  it("models-mappings: the pets request template turns the array into described items", () => {
    const template = `#set($inputRoot = $input.path('$'))
[
#foreach($elem in $inputRoot)
  {
    "description" : "Item $elem.id is a $elem.type.",
    "askingPrice" : $elem.price
  }#if($foreach.hasNext),#end

#end
]`;
    const payload = JSON.stringify([
      { id: 1, type: "dog", price: 249.99 },
      { id: 2, type: "cat", price: 124.99 },
      { id: 3, type: "fish", price: 0.99 },
    ]);
    expect(JSON.parse(renderMappingTemplate(template, scopeWith({ payload })).output)).toEqual([
      { description: "Item 1 is a dog.", askingPrice: 249.99 },
      { description: "Item 2 is a cat.", askingPrice: 124.99 },
      { description: "Item 3 is a fish.", askingPrice: 0.99 },
    ]);
  });

  it("api-gateway-mapping-variable-examples: $context variables passed to the integration", () => {
    const template =
      '{ "stage" : "$context.stage", "request_id" : "$context.requestId", "source_ip" : "$context.identity.sourceIp" }';
    expect(JSON.parse(renderMappingTemplate(template, scopeWith()).output)).toEqual({
      stage: "dev",
      request_id: "req-1",
      source_ip: "203.0.113.7",
    });
  });
});
