"use client";
/**
 * Live preview of a mapping template: the engine's own VTL renderer runs in the browser against a sample
 * request the learner edits, so what they see is what the gateway would send to the integration.
 */
import { useMemo, useState } from "react";
import { renderMappingTemplate } from "@/lib/gateway/vtl";
import { CodeEditor } from "../code-editor";
import { TextInput } from "../controls";

export interface SampleRequest {
  body: string;
  path: string;
  query: string;
  headers: string;
}

function toRecord(text: string, separator: "&" | "\n"): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of text.split(separator)) {
    const at = part.indexOf(separator === "&" ? "=" : ":");
    if (at <= 0) continue;
    const name = part.slice(0, at).trim();
    const value = part.slice(at + 1).trim();
    out[separator === "&" ? decodeURIComponent(name) : name] =
      separator === "&" ? decodeURIComponent(value) : value;
  }
  return out;
}

/** Renders `template` for the sample; the error's message when the template fails, as the gateway would. */
export function previewTemplate(
  template: string,
  sample: SampleRequest,
  direction: "request" | "response" = "request",
): { output: string; error?: undefined } | { output?: undefined; error: string } {
  try {
    const rendered = renderMappingTemplate(template, {
      direction,
      payload: sample.body,
      params: {
        path: toRecord(sample.path, "&"),
        querystring: toRecord(sample.query, "&"),
        header: toRecord(sample.headers, "\n"),
      },
      context: {
        httpMethod: "POST",
        resourcePath: "/sample",
        stage: "test",
        requestId: "c6af9ac6-7b61-11e6-9a41-93e8deadbeef",
        identity: { sourceIp: "203.0.113.7", userAgent: "curl/8.5.0" },
      },
      stageVariables: {},
    });
    return { output: rendered.output };
  } catch (error) {
    return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

export function VtlPreview({
  template,
  direction = "request",
}: {
  template: string;
  direction?: "request" | "response";
}) {
  const [sample, setSample] = useState<SampleRequest>({
    body: '{"name": "Ada", "items": [1, 2, 3]}',
    path: "id=42",
    query: "page=2",
    headers: "Content-Type: application/json",
  });
  const result = useMemo(() => previewTemplate(template, sample, direction), [template, sample, direction]);
  return (
    <div className="grid gap-3 md:grid-cols-2">
      <div className="space-y-2">
        <p className="text-xs font-semibold uppercase text-slate-500">
          Sample {direction === "request" ? "method request" : "integration response"}
        </p>
        <CodeEditor
          label="Sample body"
          language="json"
          value={sample.body}
          onChange={(body) => setSample((s) => ({ ...s, body }))}
          minHeight="5rem"
        />
        {direction === "request" ? (
          <div className="grid gap-2 sm:grid-cols-2">
            <TextInput
              label="Path parameters"
              value={sample.path}
              onChange={(e) => setSample((s) => ({ ...s, path: e.target.value }))}
              hint="name=value&…"
            />
            <TextInput
              label="Query string"
              value={sample.query}
              onChange={(e) => setSample((s) => ({ ...s, query: e.target.value }))}
            />
          </div>
        ) : null}
      </div>
      <div className="space-y-2" aria-live="polite">
        <p className="text-xs font-semibold uppercase text-slate-500">Rendered output</p>
        {result.error ? (
          <pre
            role="alert"
            className="whitespace-pre-wrap rounded-md border border-red-300 bg-red-50 p-2 text-xs text-red-800 dark:border-red-800 dark:bg-red-950/50 dark:text-red-200"
          >
            {result.error}
          </pre>
        ) : (
          <pre
            data-testid="vtl-output"
            className="max-h-72 overflow-auto whitespace-pre-wrap rounded-md border border-slate-200 bg-slate-50 p-2 text-xs dark:border-slate-700 dark:bg-slate-950"
          >
            {result.output || "(empty)"}
          </pre>
        )}
      </div>
    </div>
  );
}
