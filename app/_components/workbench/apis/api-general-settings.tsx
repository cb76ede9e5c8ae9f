"use client";
import { useState, type FormEvent } from "react";
import type { ApiKeySource, RestApi } from "@/lib/gateway/control/types";
import { Checkbox, ErrorNote, Panel, SelectInput, SmallButton, TextInput } from "../controls";
import { useAction } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { toRestApiDraft, toRestApiPatch } from "./rest-api-patch";

const ENDPOINT_HINTS: Record<string, string> = {
  EDGE: "Edge-optimized: callers reach the API through the CloudFront edge location nearest to them.",
  REGIONAL:
    "Regional: served from the API's Region; put your own CloudFront distribution in front if you need one.",
  PRIVATE:
    "Private: reachable only from your VPCs through an interface VPC endpoint, and only with a resource policy.",
};

/** Name, description, API key source, compression and the default endpoint switch. */
export function ApiGeneralSettings({ restApiId, api }: { restApiId: string; api: RestApi }) {
  const { transport, changed } = useWorkbench();
  const [draft, setDraft] = useState(toRestApiDraft(api));
  const action = useAction();
  const patch = toRestApiPatch(api, draft);
  const endpoint = api.endpointConfiguration.types[0] ?? "EDGE";
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await action.run(() =>
      transport.call<RestApi>("apigateway", "updateRestApi", { restApiId, patchOperations: patch }),
    );
    if (saved) changed();
  };
  return (
    <Panel title="General settings">
      <form onSubmit={submit} aria-label="General settings" className="space-y-3">
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_minmax(0,1fr)]">
          <dt className="text-slate-500 dark:text-slate-400">API ID</dt>
          <dd className="font-mono">{api.id}</dd>
          <dt className="text-slate-500 dark:text-slate-400">Endpoint type</dt>
          <dd>
            <span className="font-mono">{endpoint}</span>
            {api.endpointConfiguration.ipAddressType ? ` · ${api.endpointConfiguration.ipAddressType}` : ""}
            <span className="block text-xs text-slate-500 dark:text-slate-400">
              {ENDPOINT_HINTS[endpoint]}
            </span>
          </dd>
        </dl>
        <div className="grid gap-3 sm:grid-cols-2">
          <TextInput
            label="API name"
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            required
          />
          <TextInput
            label="API description"
            value={draft.description}
            onChange={(e) => setDraft({ ...draft, description: e.target.value })}
          />
          <SelectInput
            label="API key source"
            value={draft.apiKeySource}
            onChange={(e) => setDraft({ ...draft, apiKeySource: e.target.value as ApiKeySource })}
            options={[
              { value: "HEADER", label: "HEADER (x-api-key header)" },
              { value: "AUTHORIZER", label: "AUTHORIZER (usageIdentifierKey from a Lambda authorizer)" },
            ]}
            hint="Where API Gateway reads the API key for methods that require one and for usage plans."
          />
          <TextInput
            label="Minimum compression size (bytes)"
            type="number"
            min={0}
            max={10485760}
            step={1}
            value={draft.minimumCompressionSize}
            onChange={(e) => setDraft({ ...draft, minimumCompressionSize: e.target.value })}
            placeholder="Compression off"
            hint="0 to 10485760. Responses at least this large are compressed when the client sends Accept-Encoding; blank turns it off."
          />
        </div>
        <Checkbox
          label="Disable the default execute-api endpoint"
          checked={draft.disableExecuteApiEndpoint}
          onChange={(e) => setDraft({ ...draft, disableExecuteApiEndpoint: e.target.checked })}
        />
        <p className="text-xs text-slate-500 dark:text-slate-400">
          With the default endpoint disabled, clients can call the API only through a custom domain name. The
          API key source, compression, binary media types and the endpoint switch reach callers at the next
          deployment.
        </p>
        <ErrorNote error={action.error} />
        <SmallButton type="submit" variant="primary" disabled={action.pending || patch.length === 0}>
          Save settings
        </SmallButton>
      </form>
    </Panel>
  );
}
