"use client";
/** The RestApi's own settings (UpdateRestApi), its resource policy, and deleting it. */
import type { RestApi } from "@/lib/gateway/control/types";
import { ErrorNote, Loading, Panel, SmallButton } from "../controls";
import { useAction, useAsync } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { ApiGeneralSettings } from "./api-general-settings";
import { BinaryMediaTypes } from "./binary-media-types";
import { ResourcePolicyEditor } from "./resource-policy-editor";

/** Keyed on the API, so switching APIs starts from a clean state instead of the previous API's data. */
export function ApiSettingsPanel({ restApiId }: { restApiId: string }) {
  return <ApiSettingsPanelBody key={restApiId} restApiId={restApiId} />;
}

function ApiSettingsPanelBody({ restApiId }: { restApiId: string }) {
  const { transport, revision, changed, selectApi } = useWorkbench();
  const api = useAsync(
    () => transport.call<RestApi>("apigateway", "getRestApi", { restApiId }),
    `rest-api:${restApiId}:${revision}`,
  );
  const remove = useAction();
  const deleteApi = async (target: RestApi) => {
    if (
      !window.confirm(
        `Delete the API ${target.name} (${target.id}) with all its resources, stages and deployments?`,
      )
    )
      return;
    const done = await remove.run(() => transport.call("apigateway", "deleteRestApi", { restApiId }));
    if (done === undefined) return;
    selectApi(undefined);
    changed();
  };
  if (!api.data)
    return api.error ? <ErrorNote error={api.error} /> : <Loading label="Loading API settings…" />;
  const current = api.data;
  return (
    <div className="space-y-4">
      <ErrorNote error={api.error} />
      <ApiGeneralSettings key={JSON.stringify(current)} restApiId={restApiId} api={current} />
      <BinaryMediaTypes restApiId={restApiId} api={current} />
      <ResourcePolicyEditor key={current.policy ?? ""} restApiId={restApiId} api={current} />
      <Panel title="Delete API">
        <p className="mb-2 text-xs text-slate-500 dark:text-slate-400">
          Deleting an API removes its resources, stages, deployments and invoke URLs. It cannot be undone.
        </p>
        <ErrorNote error={remove.error} />
        <SmallButton variant="danger" onClick={() => deleteApi(current)} disabled={remove.pending}>
          Delete API
        </SmallButton>
      </Panel>
    </div>
  );
}
