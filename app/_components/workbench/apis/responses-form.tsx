"use client";
/**
 * Method responses (what callers may see) and integration responses (how a backend answer maps onto them:
 * selection pattern, header mappings, response templates).
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-integration-settings-integration-response.html
 */
import { useState, type FormEvent } from "react";
import type { Method } from "@/lib/gateway/control/types";
import { CodeEditor } from "../code-editor";
import { ErrorNote, Panel, parseJsonObject, SmallButton, TextInput } from "../controls";
import { useAction } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { VtlPreview } from "./vtl-preview";

interface Ids {
  restApiId: string;
  resourceId: string;
  httpMethod: string;
}

export function ResponsesForm({ ids, method }: { ids: Ids; method: Method }) {
  const { transport, changed } = useWorkbench();
  const methodResponses = Object.values(method.methodResponses ?? {});
  const integrationResponses = Object.values(method.methodIntegration?.integrationResponses ?? {});
  const proxy = ["AWS_PROXY", "HTTP_PROXY"].includes(method.methodIntegration?.type ?? "");
  const [status, setStatus] = useState("200");
  const [headers, setHeaders] = useState("");
  const [editing, setEditing] = useState<string | undefined>(integrationResponses[0]?.statusCode);
  const action = useAction();
  const addMethodResponse = async (event: FormEvent) => {
    event.preventDefault();
    const responseParameters = Object.fromEntries(
      headers
        .split(",")
        .map((h) => h.trim())
        .filter(Boolean)
        .map((h) => [`method.response.header.${h}`, false]),
    );
    const done = await action.run(() =>
      transport.call("apigateway", "putMethodResponse", {
        ...ids,
        statusCode: status.trim(),
        responseParameters,
      }),
    );
    if (done !== undefined) changed();
  };
  const remove = async (
    operation: "deleteMethodResponse" | "deleteIntegrationResponse",
    statusCode: string,
  ) => {
    const done = await action.run(() => transport.call("apigateway", operation, { ...ids, statusCode }));
    if (done !== undefined) changed();
  };
  return (
    <>
      <Panel title="Method responses">
        <ul className="mb-3 space-y-1 text-sm">
          {methodResponses.length === 0 ? (
            <li className="text-slate-500">None: declare the status codes callers may get.</li>
          ) : null}
          {methodResponses.map((r) => (
            <li key={r.statusCode} className="flex flex-wrap items-center gap-2">
              <strong className="font-mono">{r.statusCode}</strong>
              <span className="min-w-0 flex-1 truncate text-xs text-slate-500">
                {Object.keys(r.responseParameters ?? {})
                  .map((p) => p.replace("method.response.header.", ""))
                  .join(", ") || "no headers"}
              </span>
              <SmallButton
                variant="danger"
                onClick={() => remove("deleteMethodResponse", r.statusCode)}
                aria-label={`Delete method response ${r.statusCode}`}
              >
                Delete
              </SmallButton>
            </li>
          ))}
        </ul>
        <form
          onSubmit={addMethodResponse}
          className="flex flex-wrap items-end gap-2"
          aria-label="Add method response"
        >
          <TextInput
            label="Status code"
            value={status}
            onChange={(e) => setStatus(e.target.value)}
            pattern="[1-5]\d\d"
            size={5}
          />
          <TextInput
            label="Response headers"
            value={headers}
            onChange={(e) => setHeaders(e.target.value)}
            placeholder="Access-Control-Allow-Origin, X-Trace"
          />
          <SmallButton type="submit" disabled={action.pending}>
            Add method response
          </SmallButton>
        </form>
      </Panel>
      {proxy ? null : (
        <Panel title="Integration responses">
          <div className="mb-3 flex flex-wrap gap-2">
            {integrationResponses.map((r) => (
              <SmallButton
                key={r.statusCode}
                variant={editing === r.statusCode ? "primary" : "secondary"}
                onClick={() => setEditing(r.statusCode)}
                aria-pressed={editing === r.statusCode}
              >
                {r.statusCode} {r.selectionPattern ? `/${r.selectionPattern}/` : "(default)"}
              </SmallButton>
            ))}
            <SmallButton onClick={() => setEditing("")} aria-pressed={editing === ""}>
              New integration response
            </SmallButton>
          </div>
          {editing !== undefined ? (
            <IntegrationResponseForm
              key={editing}
              ids={ids}
              method={method}
              statusCode={editing}
              onRemove={editing ? () => remove("deleteIntegrationResponse", editing) : undefined}
            />
          ) : null}
        </Panel>
      )}
      <ErrorNote error={action.error} />
    </>
  );
}

function IntegrationResponseForm({
  ids,
  method,
  statusCode,
  onRemove,
}: {
  ids: Ids;
  method: Method;
  statusCode: string;
  onRemove?: () => void;
}) {
  const { transport, changed } = useWorkbench();
  const existing = statusCode ? method.methodIntegration?.integrationResponses?.[statusCode] : undefined;
  const [status, setStatus] = useState(statusCode || "400");
  const [pattern, setPattern] = useState(existing?.selectionPattern ?? "");
  const [parameters, setParameters] = useState(JSON.stringify(existing?.responseParameters ?? {}, null, 2));
  const [template, setTemplate] = useState(existing?.responseTemplates?.["application/json"] ?? "");
  const action = useAction();
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const done = await action.run(() =>
      transport.call("apigateway", "putIntegrationResponse", {
        ...ids,
        statusCode: status.trim(),
        ...(pattern && { selectionPattern: pattern }),
        responseParameters: parseJsonObject(parameters, "Header mappings"),
        responseTemplates: { "application/json": template },
      }),
    );
    if (done !== undefined) changed();
  };
  return (
    <form onSubmit={save} className="space-y-3" aria-label="Integration response">
      <div className="grid gap-2 sm:grid-cols-2">
        <TextInput
          label="Method response status"
          value={status}
          onChange={(e) => setStatus(e.target.value)}
          disabled={Boolean(statusCode)}
        />
        <TextInput
          label="Selection pattern (regex)"
          value={pattern}
          onChange={(e) => setPattern(e.target.value)}
          hint="Matched against the backend's status code (HTTP) or the Lambda errorMessage; empty = the default response."
        />
      </div>
      <p className="text-sm font-medium text-slate-700 dark:text-slate-300">Header mappings (JSON)</p>
      <CodeEditor
        label="Header mappings"
        language="json"
        value={parameters}
        onChange={setParameters}
        minHeight="3rem"
        placeholder={`{"method.response.header.X-Trace": "integration.response.header.x-trace"}`}
      />
      <p className="text-sm font-medium text-slate-700 dark:text-slate-300">
        Response template (application/json)
      </p>
      <CodeEditor
        label="Response mapping template"
        language="vtl"
        value={template}
        onChange={setTemplate}
        placeholder="Empty passes the backend's body through."
      />
      <VtlPreview template={template} direction="response" />
      <ErrorNote error={action.error} />
      <div className="flex gap-2">
        <SmallButton type="submit" variant="primary" disabled={action.pending}>
          Save integration response
        </SmallButton>
        {onRemove ? (
          <SmallButton variant="danger" onClick={onRemove}>
            Delete integration response
          </SmallButton>
        ) : null}
      </div>
    </form>
  );
}
