import { describe, expect, it } from "vitest";
import { renderMappingTemplate } from "@/lib/gateway/vtl";
import inputBody from "./golden/input-body-formatting.json";
import inputPath from "./golden/input-path-formatting.json";
import { scopeWith } from "./scope";

interface GoldenCase {
  id: string;
  template: string;
  payload: string | null;
  output: string;
}

describe(`$input.path rendering recorded on AWS (${inputPath.source})`, () => {
  it.each(inputPath.cases as GoldenCase[])(
    "$id renders byte for byte as AWS did",
    ({ template, payload, output }) => {
      expect(renderMappingTemplate(template, scopeWith({ direction: "response", payload })).output).toBe(
        output,
      );
    },
  );
});

describe(`$input.body and $util.urlEncode recorded on AWS (${inputBody.source})`, () => {
  it.each(inputBody.cases as GoldenCase[])(
    "$id renders byte for byte as AWS did",
    ({ template, payload, output }) => {
      expect(renderMappingTemplate(template, scopeWith({ payload })).output).toBe(output);
    },
  );
});
