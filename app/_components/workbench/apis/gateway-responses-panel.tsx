"use client";
/** The errors API Gateway itself returns, before or instead of the integration, and how they look. */
import { useState } from "react";
import type { GatewayResponse, GatewayResponseType } from "@/lib/gateway/control/types";
import { ErrorNote, Loading, Panel } from "../controls";
import { useAsync } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { GatewayResponseEditor } from "./gateway-response-editor";

/** Keyed on the API, so switching APIs starts from a clean state instead of the previous API's data. */
export function GatewayResponsesPanel({ restApiId }: { restApiId: string }) {
  return <GatewayResponsesPanelBody key={restApiId} restApiId={restApiId} />;
}

function GatewayResponsesPanelBody({ restApiId }: { restApiId: string }) {
  const { transport, revision } = useWorkbench();
  const [selected, setSelected] = useState<GatewayResponseType>("DEFAULT_4XX");
  const list = useAsync(
    () =>
      transport.call<{ items: GatewayResponse[] }>("apigateway", "getGatewayResponses", {
        restApiId,
        limit: 500,
      }),
    `gateway-responses:${restApiId}:${revision}`,
  );
  const items = list.data?.items ?? [];
  const current = items.find((response) => response.responseType === selected) ?? items[0];
  return (
    <div className="grid gap-4 lg:grid-cols-[19rem_minmax(0,1fr)]">
      <Panel title="Gateway responses">
        <p className="mb-2 text-xs text-slate-500 dark:text-slate-400">
          Responses API Gateway sends without reaching your integration. Customise one to change its status,
          add headers (CORS on errors) or reshape its body. Changes reach callers after the next deployment.
        </p>
        {list.loading && !list.data ? <Loading /> : null}
        <ErrorNote error={list.error} />
        <ul className="max-h-[32rem] space-y-0.5 overflow-y-auto" aria-label="Gateway response types">
          {items.map((response) => {
            const active = response.responseType === current?.responseType;
            return (
              <li key={response.responseType}>
                <button
                  type="button"
                  aria-pressed={active}
                  onClick={() => setSelected(response.responseType)}
                  className={`flex w-full items-center justify-between gap-2 rounded-md px-2 py-1 text-left font-mono text-xs ${active ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"}`}
                >
                  <span className="min-w-0 break-all">{response.responseType}</span>
                  <span className="shrink-0">
                    {response.statusCode ?? "—"}
                    {response.defaultResponse ? "" : " ✎"}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
        <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">✎ customised</p>
      </Panel>
      <div className="min-w-0">
        {current ? (
          <GatewayResponseEditor key={JSON.stringify(current)} restApiId={restApiId} response={current} />
        ) : null}
      </div>
    </div>
  );
}
