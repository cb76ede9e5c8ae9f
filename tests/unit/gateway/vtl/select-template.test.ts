import { describe, expect, it } from "vitest";
import type { PassthroughBehavior } from "@/lib/gateway/control/types";
import { selectRequestTemplate, selectResponseTemplate, toMediaType } from "@/lib/gateway/vtl";

const JSON_TEMPLATE = { "application/json": "json-template" };
const XML_TEMPLATE = { "application/xml": "xml-template" };
const BEHAVIOURS: PassthroughBehavior[] = ["WHEN_NO_MATCH", "WHEN_NO_TEMPLATES", "NEVER"];

/** The passthrough table of integration-passthrough-behaviors.md (spec 6.5), one row per line. */
const TABLE: [string, Record<string, string> | undefined, string | undefined, [string, string, string]][] = [
  [
    "JSON template, no Content-Type",
    JSON_TEMPLATE,
    undefined,
    ["json-template", "json-template", "json-template"],
  ],
  [
    "JSON template, application/json",
    JSON_TEMPLATE,
    "application/json",
    ["json-template", "json-template", "json-template"],
  ],
  [
    "JSON template, application/xml",
    JSON_TEMPLATE,
    "application/xml",
    ["passthrough", "unsupported", "unsupported"],
  ],
  ["XML template, no Content-Type", XML_TEMPLATE, undefined, ["passthrough", "unsupported", "unsupported"]],
  [
    "XML template, application/json",
    XML_TEMPLATE,
    "application/json",
    ["passthrough", "unsupported", "unsupported"],
  ],
  [
    "XML template, application/xml",
    XML_TEMPLATE,
    "application/xml",
    ["xml-template", "xml-template", "xml-template"],
  ],
  ["no templates, any type", undefined, "text/plain", ["passthrough", "passthrough", "unsupported"]],
  ["empty templates map, any type", {}, "application/json", ["passthrough", "passthrough", "unsupported"]],
];

function outcome(selection: ReturnType<typeof selectRequestTemplate>): string {
  return selection.kind === "template" ? selection.template : selection.kind;
}

describe("selectRequestTemplate: the documented passthrough table", () => {
  for (const [row, templates, contentType, expected] of TABLE) {
    it.each(BEHAVIOURS.map((behaviour, i) => [behaviour, expected[i]] as const))(
      `${row} under %s gives %s`,
      (behaviour, result) => {
        expect(outcome(selectRequestTemplate(templates, contentType, behaviour))).toBe(result);
      },
    );
  }

  it("selects by MIME type only, ignoring parameters and case", () => {
    expect(outcome(selectRequestTemplate(JSON_TEMPLATE, "Application/JSON; charset=UTF-8", "NEVER"))).toBe(
      "json-template",
    );
  });

  it("treats WHEN_NO_MATCH as the default behaviour", () => {
    expect(outcome(selectRequestTemplate(JSON_TEMPLATE, "application/xml"))).toBe("passthrough");
  });

  it("reports which content type's template was chosen", () => {
    expect(selectRequestTemplate({ "application/json": "t" }, undefined, "NEVER")).toEqual({
      kind: "template",
      contentType: "application/json",
      template: "t",
    });
  });
});

describe("selectResponseTemplate", () => {
  const templates = { "application/json": "json", "application/xml": "xml" };

  it("uses the first media type of Accept", () => {
    expect(selectResponseTemplate(templates, "application/xml, application/json;q=0.9")).toMatchObject({
      template: "xml",
    });
  });

  it("treats a missing Accept as application/json", () => {
    expect(
      selectResponseTemplate({ "application/xml": "xml", "application/json": "json" }, undefined),
    ).toMatchObject({
      template: "json",
    });
  });

  it("falls back to the first template defined when none matches Accept", () => {
    expect(selectResponseTemplate({ "application/xml": "xml", "text/plain": "text" }, "*/*")).toEqual({
      kind: "template",
      contentType: "application/xml",
      template: "xml",
    });
  });

  it("passes the body through when no template is defined or the chosen template is empty", () => {
    expect(selectResponseTemplate(undefined, "application/json")).toEqual({ kind: "passthrough" });
    expect(selectResponseTemplate({ "application/json": "" }, "application/json")).toEqual({
      kind: "passthrough",
    });
  });
});

describe("toMediaType", () => {
  it("lower-cases, drops parameters and keeps only the first of a list", () => {
    expect(toMediaType(" Text/HTML ; charset=utf-8, application/json")).toBe("text/html");
    expect(toMediaType("")).toBeUndefined();
    expect(toMediaType(undefined)).toBeUndefined();
  });
});
