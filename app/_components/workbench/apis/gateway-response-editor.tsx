"use client";
import { useState, type FormEvent } from "react";
import type { GatewayResponse } from "@/lib/gateway/control/types";
import { Badge } from "../../ui/card";
import { CodeEditor } from "../code-editor";
import { ErrorNote, Panel, SmallButton, TextInput } from "../controls";
import { useAction } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { GATEWAY_RESPONSE_DESCRIPTIONS } from "./gateway-response-catalogue";
import { toGatewayResponseDraft, toPutGatewayResponseInput, withCorsRows } from "./gateway-response-patch";
import { KeyValueRowsEditor } from "./key-value-rows-editor";

/** PutGatewayResponse for one type: status, headers and the application/json body template. */
export function GatewayResponseEditor({
  restApiId,
  response,
}: {
  restApiId: string;
  response: GatewayResponse;
}) {
  const { transport, changed } = useWorkbench();
  const [draft, setDraft] = useState(toGatewayResponseDraft(response));
  const action = useAction();
  const type = response.responseType;
  const inherits = type === "DEFAULT_4XX" || type === "DEFAULT_5XX";
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await action.run(() =>
      transport.call(
        "apigateway",
        "putGatewayResponse",
        toPutGatewayResponseInput(restApiId, response, draft),
      ),
    );
    if (saved !== undefined) changed();
  };
  const reset = async () => {
    if (!window.confirm(`Reset ${type} to its default?`)) return;
    const done = await action.run(() =>
      transport.call("apigateway", "deleteGatewayResponse", { restApiId, responseType: type }),
    );
    if (done !== undefined) changed();
  };
  return (
    <Panel
      title={type}
      actions={
        response.defaultResponse ? (
          <Badge>Default</Badge>
        ) : (
          <SmallButton variant="danger" onClick={reset} disabled={action.pending}>
            Reset to default
          </SmallButton>
        )
      }
    >
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-300">{GATEWAY_RESPONSE_DESCRIPTIONS[type]}</p>
      <form onSubmit={submit} aria-label={`Edit gateway response ${type}`} className="space-y-4">
        <TextInput
          label="Response status code"
          value={draft.statusCode}
          onChange={(event) => setDraft({ ...draft, statusCode: event.target.value })}
          pattern="[1-5][0-9][0-9]"
          placeholder={inherits ? "the status of the error" : undefined}
          hint={inherits ? "Blank keeps each error's own status (403, 429…)." : undefined}
        />
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-700 dark:text-slate-300">Response headers</legend>
          <p className="text-xs text-slate-500 dark:text-slate-400">
            Values are static strings in single quotes (<code>&apos;*&apos;</code>) or request values such as{" "}
            <code>method.request.header.Origin</code>, <code>stageVariables.name</code> or{" "}
            <code>context.requestId</code>.
          </p>
          <KeyValueRowsEditor
            rows={draft.headers}
            onChange={(headers) => setDraft({ ...draft, headers })}
            keyLabel="Header name"
            valueLabel="Header value"
            addLabel="Add header"
            valuePlaceholder="'value'"
          />
          <SmallButton onClick={() => setDraft({ ...draft, headers: withCorsRows(draft.headers) })}>
            Add CORS headers
          </SmallButton>
        </fieldset>
        <div className="space-y-1">
          <span className="text-sm font-medium text-slate-700 dark:text-slate-300">
            Response template (application/json)
          </span>
          <CodeEditor
            label="Response template (application/json)"
            language="vtl"
            value={draft.template}
            onChange={(template) => setDraft({ ...draft, template })}
            minHeight="5rem"
          />
          <p className="text-xs text-slate-500 dark:text-slate-400">
            <code>$context.error.messageString</code> is the message already in quotes;{" "}
            <code>$context.requestId</code> helps callers report the error.
          </p>
        </div>
        <ErrorNote error={action.error} />
        <SmallButton type="submit" variant="primary" disabled={action.pending}>
          Save gateway response
        </SmallButton>
      </form>
    </Panel>
  );
}
