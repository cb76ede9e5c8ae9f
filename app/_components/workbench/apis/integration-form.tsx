"use client";
/** Integration request: type, target, passthrough and the request mapping templates (PutIntegration). */
import { useState, type FormEvent } from "react";
import type { Integration } from "@/lib/gateway/control/types";
import { CodeEditor } from "../code-editor";
import { ErrorNote, Panel, parseJsonObject, SelectInput, SmallButton, TextInput } from "../controls";
import { useAction } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { VtlPreview } from "./vtl-preview";

const TYPES = [
  { value: "MOCK", label: "MOCK" },
  { value: "AWS_PROXY", label: "AWS_PROXY (Lambda proxy)" },
  { value: "AWS", label: "AWS (Lambda or AWS service, with templates)" },
  { value: "HTTP_PROXY", label: "HTTP_PROXY" },
  { value: "HTTP", label: "HTTP (with templates)" },
];
const PROXY_TYPES = new Set(["AWS_PROXY", "HTTP_PROXY"]);

export function IntegrationForm({
  restApiId,
  resourceId,
  httpMethod,
  integration,
}: {
  restApiId: string;
  resourceId: string;
  httpMethod: string;
  integration: Integration | undefined;
}) {
  const { transport, changed } = useWorkbench();
  const [type, setType] = useState<string>(integration?.type ?? "MOCK");
  const [backendMethod, setBackendMethod] = useState<string>(integration?.httpMethod ?? "POST");
  const [uri, setUri] = useState(integration?.uri ?? "");
  const [passthrough, setPassthrough] = useState<string>(integration?.passthroughBehavior ?? "WHEN_NO_MATCH");
  const [timeout, setTimeoutMs] = useState(String(integration?.timeoutInMillis ?? 29000));
  const [credentials, setCredentials] = useState(integration?.credentials ?? "");
  const [parameters, setParameters] = useState(JSON.stringify(integration?.requestParameters ?? {}, null, 2));
  const [templates, setTemplates] = useState<Record<string, string>>({ ...integration?.requestTemplates });
  const [contentType, setContentType] = useState(
    Object.keys(integration?.requestTemplates ?? {})[0] ?? "application/json",
  );
  const [newType, setNewType] = useState("");
  const action = useAction();
  const proxy = PROXY_TYPES.has(type);
  const template = templates[contentType] ?? "";
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const done = await action.run(() =>
      transport.call("apigateway", "putIntegration", {
        restApiId,
        resourceId,
        httpMethod,
        type,
        ...(type !== "MOCK" && { integrationHttpMethod: backendMethod, uri: uri.trim() }),
        ...(!proxy && { passthroughBehavior: passthrough, requestTemplates: templates }),
        requestParameters: parseJsonObject(parameters, "Request parameters"),
        timeoutInMillis: Number(timeout),
        ...(credentials.trim() && { credentials: credentials.trim() }),
      }),
    );
    if (done !== undefined) changed();
  };
  return (
    <Panel title="Integration request">
      <form onSubmit={save} className="space-y-3" aria-label="Integration request settings">
        <div className="grid gap-2 sm:grid-cols-2">
          <SelectInput
            label="Integration type"
            value={type}
            onChange={(e) => setType(e.target.value)}
            options={TYPES}
          />
          {type !== "MOCK" ? (
            <SelectInput
              label="Backend HTTP method"
              value={backendMethod}
              onChange={(e) => setBackendMethod(e.target.value)}
              options={["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY"]}
              hint={type.startsWith("AWS") ? "Lambda integrations always use POST." : undefined}
            />
          ) : null}
        </div>
        {type !== "MOCK" ? (
          <TextInput
            label="Integration URI"
            value={uri}
            onChange={(e) => setUri(e.target.value)}
            hint={
              type.startsWith("AWS")
                ? "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/<function ARN>/invocations, or an AWS service action such as arn:aws:apigateway:us-east-1:dynamodb:action/PutItem"
                : "https://… ; stage variables work: https://${stageVariables.host}/path"
            }
          />
        ) : null}
        <div className="grid gap-2 sm:grid-cols-3">
          <TextInput
            label="Timeout (ms)"
            type="number"
            min={50}
            max={29000}
            value={timeout}
            onChange={(e) => setTimeoutMs(e.target.value)}
          />
          {!proxy ? (
            <SelectInput
              label="Passthrough behaviour"
              value={passthrough}
              onChange={(e) => setPassthrough(e.target.value)}
              options={["WHEN_NO_MATCH", "WHEN_NO_TEMPLATES", "NEVER"]}
              hint="What happens to a body whose Content-Type has no template."
            />
          ) : null}
          {type === "AWS" ? (
            <TextInput
              label="Execution role ARN"
              value={credentials}
              onChange={(e) => setCredentials(e.target.value)}
            />
          ) : null}
        </div>
        <div>
          <p className="mb-1 text-sm font-medium text-slate-700 dark:text-slate-300">
            Request parameter mappings (JSON)
          </p>
          <CodeEditor
            label="Request parameter mappings"
            language="json"
            value={parameters}
            onChange={setParameters}
            minHeight="3rem"
            placeholder='{"integration.request.header.x-user": "method.request.querystring.user"}'
          />
        </div>
        {proxy ? (
          <p className="text-xs text-slate-500 dark:text-slate-400">
            Proxy integrations pass the whole request through: no mapping templates, and the backend&apos;s
            answer is the response.
          </p>
        ) : (
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium text-slate-700 dark:text-slate-300">
              Mapping templates
            </legend>
            <div className="flex flex-wrap items-end gap-2">
              {Object.keys(templates).map((ct) => (
                <SmallButton
                  key={ct}
                  variant={ct === contentType ? "primary" : "secondary"}
                  onClick={() => setContentType(ct)}
                  aria-pressed={ct === contentType}
                >
                  {ct}
                </SmallButton>
              ))}
              <TextInput
                label="Add content type"
                value={newType}
                onChange={(e) => setNewType(e.target.value)}
                placeholder="application/json"
              />
              <SmallButton
                disabled={!newType.trim()}
                onClick={() => {
                  setTemplates((t) => ({ ...t, [newType.trim()]: t[newType.trim()] ?? "" }));
                  setContentType(newType.trim());
                  setNewType("");
                }}
              >
                Add template
              </SmallButton>
              {contentType in templates ? (
                <SmallButton
                  variant="danger"
                  onClick={() =>
                    setTemplates((t) => {
                      const next = { ...t };
                      delete next[contentType];
                      return next;
                    })
                  }
                >
                  Remove {contentType}
                </SmallButton>
              ) : null}
            </div>
            {contentType in templates ? (
              <>
                <CodeEditor
                  label={`Mapping template for ${contentType}`}
                  language="vtl"
                  value={template}
                  onChange={(value) => setTemplates((t) => ({ ...t, [contentType]: value }))}
                  placeholder={`{"name": "$input.path('$.name')"}`}
                />
                <VtlPreview template={template} />
              </>
            ) : null}
          </fieldset>
        )}
        <ErrorNote error={action.error} />
        <SmallButton type="submit" variant="primary" disabled={action.pending}>
          {action.pending ? "Saving…" : "Save integration request"}
        </SmallButton>
      </form>
    </Panel>
  );
}
