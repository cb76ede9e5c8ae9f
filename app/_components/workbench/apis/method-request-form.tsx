"use client";
/** Method request settings: authorization, API key, validator, parameters and models (UpdateMethod). */
import { useState, type FormEvent } from "react";
import type { Authorizer, Method, Model, RequestValidator } from "@/lib/gateway/control/types";
import { Checkbox, ErrorNote, Panel, SelectInput, SmallButton, TextInput } from "../controls";
import { useAction, useAsync } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { diffMethodRequest, toMethodRequestDraft, type MethodRequestDraft } from "./method-patch";

const PARAMETER_SOURCES = ["querystring", "header", "path"] as const;

export function MethodRequestForm({
  restApiId,
  resourceId,
  method,
}: {
  restApiId: string;
  resourceId: string;
  method: Method;
}) {
  const { transport, changed, revision } = useWorkbench();
  const [draft, setDraft] = useState<MethodRequestDraft>(() => toMethodRequestDraft(method));
  const [paramSource, setParamSource] = useState<(typeof PARAMETER_SOURCES)[number]>("querystring");
  const [paramName, setParamName] = useState("");
  const [modelType, setModelType] = useState("application/json");
  const lists = useAsync(async () => {
    const [authorizers, validators, models] = await Promise.all([
      transport.call<{ items: Authorizer[] }>("apigateway", "getAuthorizers", { restApiId, limit: 500 }),
      transport.call<{ items: RequestValidator[] }>("apigateway", "getRequestValidators", {
        restApiId,
        limit: 500,
      }),
      transport.call<{ items: Model[] }>("apigateway", "getModels", { restApiId, limit: 500 }),
    ]);
    return { authorizers: authorizers.items, validators: validators.items, models: models.items };
  }, `method-lists:${restApiId}:${revision}`);
  const action = useAction();
  const set = (patch: Partial<MethodRequestDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const ops = diffMethodRequest(method, draft);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const done = await action.run(() =>
      transport.call("apigateway", "updateMethod", {
        restApiId,
        resourceId,
        httpMethod: method.httpMethod,
        patchOperations: ops,
      }),
    );
    if (done !== undefined) changed();
  };
  const wantsAuthorizer =
    draft.authorizationType === "CUSTOM" || draft.authorizationType === "COGNITO_USER_POOLS";
  const authorizers = (lists.data?.authorizers ?? []).filter((a) =>
    draft.authorizationType === "COGNITO_USER_POOLS"
      ? a.type === "COGNITO_USER_POOLS"
      : a.type !== "COGNITO_USER_POOLS",
  );
  return (
    <Panel title="Method request">
      <form onSubmit={save} className="space-y-3" aria-label="Method request settings">
        <div className="grid gap-2 sm:grid-cols-2">
          <SelectInput
            label="Authorization"
            value={draft.authorizationType}
            onChange={(e) => set({ authorizationType: e.target.value, authorizerId: "" })}
            options={[
              { value: "NONE", label: "None" },
              { value: "AWS_IAM", label: "AWS IAM (SigV4)" },
              { value: "CUSTOM", label: "Lambda authorizer" },
              { value: "COGNITO_USER_POOLS", label: "Cognito user pool authorizer" },
            ]}
          />
          {wantsAuthorizer ? (
            <SelectInput
              label="Authorizer"
              value={draft.authorizerId}
              onChange={(e) => set({ authorizerId: e.target.value })}
              options={[
                { value: "", label: authorizers.length ? "Choose…" : "None defined yet" },
                ...authorizers.map((a) => ({ value: a.id, label: `${a.name} (${a.type})` })),
              ]}
            />
          ) : null}
          <SelectInput
            label="Request validator"
            value={draft.requestValidatorId}
            onChange={(e) => set({ requestValidatorId: e.target.value })}
            options={[
              { value: "", label: "None" },
              ...(lists.data?.validators ?? []).map((v) => ({ value: v.id, label: v.name ?? v.id })),
            ]}
          />
          <TextInput
            label="Operation name"
            value={draft.operationName}
            onChange={(e) => set({ operationName: e.target.value })}
          />
        </div>
        <Checkbox
          label="API key required (callers send x-api-key; needs a usage plan)"
          checked={draft.apiKeyRequired}
          onChange={(e) => set({ apiKeyRequired: e.target.checked })}
        />
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-700 dark:text-slate-300">
            Request parameters
          </legend>
          {Object.entries(draft.requestParameters).map(([name, required]) => (
            <div key={name} className="flex flex-wrap items-center gap-3 text-sm">
              <code className="min-w-0 flex-1 truncate">{name}</code>
              <Checkbox
                label="Required"
                checked={required}
                onChange={(e) =>
                  set({ requestParameters: { ...draft.requestParameters, [name]: e.target.checked } })
                }
              />
              <SmallButton
                variant="danger"
                aria-label={`Remove ${name}`}
                onClick={() => {
                  const next = { ...draft.requestParameters };
                  delete next[name];
                  set({ requestParameters: next });
                }}
              >
                Remove
              </SmallButton>
            </div>
          ))}
          <div className="flex flex-wrap items-end gap-2">
            <SelectInput
              label="Source"
              value={paramSource}
              onChange={(e) => setParamSource(e.target.value as typeof paramSource)}
              options={PARAMETER_SOURCES}
            />
            <TextInput
              label="Parameter name"
              value={paramName}
              onChange={(e) => setParamName(e.target.value)}
            />
            <SmallButton
              disabled={!paramName.trim()}
              onClick={() => {
                set({
                  requestParameters: {
                    ...draft.requestParameters,
                    [`method.request.${paramSource}.${paramName.trim()}`]: false,
                  },
                });
                setParamName("");
              }}
            >
              Add parameter
            </SmallButton>
          </div>
        </fieldset>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-700 dark:text-slate-300">
            Request models (body validation)
          </legend>
          {Object.entries(draft.requestModels).map(([type, model]) => (
            <div key={type} className="flex items-center gap-3 text-sm">
              <code className="flex-1">{type}</code>
              <span>{model}</span>
              <SmallButton
                variant="danger"
                aria-label={`Remove model for ${type}`}
                onClick={() => {
                  const next = { ...draft.requestModels };
                  delete next[type];
                  set({ requestModels: next });
                }}
              >
                Remove
              </SmallButton>
            </div>
          ))}
          <div className="flex flex-wrap items-end gap-2">
            <TextInput
              label="Content type"
              value={modelType}
              onChange={(e) => setModelType(e.target.value)}
            />
            <SelectInput
              label="Model"
              value=""
              onChange={(e) =>
                e.target.value &&
                set({ requestModels: { ...draft.requestModels, [modelType]: e.target.value } })
              }
              options={[
                { value: "", label: "Add a model…" },
                ...(lists.data?.models ?? []).map((m) => ({ value: m.name, label: m.name })),
              ]}
            />
          </div>
        </fieldset>
        <ErrorNote error={action.error ?? lists.error} />
        <SmallButton type="submit" variant="primary" disabled={action.pending || ops.length === 0}>
          {action.pending
            ? "Saving…"
            : ops.length
              ? `Save method request (${ops.length} change${ops.length > 1 ? "s" : ""})`
              : "Method request saved"}
        </SmallButton>
      </form>
    </Panel>
  );
}
