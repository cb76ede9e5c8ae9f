"use client";
/** One resource: its path, a child resource, a new method, CORS, delete. */
import { useState, type FormEvent } from "react";
import type { Resource } from "@/lib/gateway/control/types";
import { Checkbox, ErrorNote, Panel, SmallButton, TextInput } from "../controls";
import { useAction } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { CreateMethodForm } from "./create-method-form";
import type { TreeSelection } from "./resource-tree";

export function ResourceDetail({
  restApiId,
  resource,
  onSelect,
}: {
  restApiId: string;
  resource: Resource;
  onSelect: (selection: TreeSelection) => void;
}) {
  const { transport, changed } = useWorkbench();
  const [pathPart, setPathPart] = useState("");
  const [proxy, setProxy] = useState(false);
  const [corsOrigin, setCorsOrigin] = useState("*");
  const create = useAction();
  const other = useAction();
  const createResource = async (event: FormEvent) => {
    event.preventDefault();
    const created = await create.run(() =>
      transport.call<Resource>("apigateway", "createResource", {
        restApiId,
        parentId: resource.id,
        pathPart: proxy ? "{proxy+}" : pathPart.trim(),
      }),
    );
    if (!created) return;
    setPathPart("");
    setProxy(false);
    changed();
    onSelect({ resourceId: created.id });
  };
  const enableCors = async () => {
    const done = await other.run(() =>
      transport.call("apigateway", "enableCors", {
        restApiId,
        resourceId: resource.id,
        allowOrigin: corsOrigin,
        gatewayResponses: ["DEFAULT_4XX", "DEFAULT_5XX"],
      }),
    );
    if (done !== undefined) changed();
  };
  const remove = async () => {
    if (!window.confirm(`Delete ${resource.path} and everything under it?`)) return;
    const done = await other.run(() =>
      transport.call("apigateway", "deleteResource", { restApiId, resourceId: resource.id }),
    );
    if (done !== undefined) changed();
  };
  const methods = Object.keys(resource.resourceMethods ?? {});
  return (
    <>
      <Panel
        title={`Resource ${resource.path}`}
        actions={
          resource.path === "/" ? null : (
            <SmallButton variant="danger" onClick={remove} disabled={other.pending}>
              Delete resource
            </SmallButton>
          )
        }
      >
        <p className="mb-3 text-xs text-slate-500 dark:text-slate-400">
          Resource id <code>{resource.id}</code>
          {methods.length ? ` · methods: ${methods.join(", ")}` : " · no methods yet"}
        </p>
        <form
          onSubmit={createResource}
          className="grid items-end gap-2 sm:grid-cols-[minmax(0,1fr)_auto_auto]"
          aria-label="Create child resource"
        >
          <TextInput
            label="Child resource path part"
            placeholder="users or {id}"
            value={proxy ? "{proxy+}" : pathPart}
            onChange={(e) => setPathPart(e.target.value)}
            disabled={proxy}
            hint="Braces make a path parameter: {id}. A greedy {proxy+} catches every deeper path."
          />
          <div className="pb-6">
            <Checkbox label="Proxy resource" checked={proxy} onChange={(e) => setProxy(e.target.checked)} />
          </div>
          <div className="pb-6">
            <SmallButton
              type="submit"
              variant="primary"
              disabled={create.pending || (!proxy && !pathPart.trim())}
            >
              Create resource
            </SmallButton>
          </div>
        </form>
        <ErrorNote error={create.error} />
      </Panel>
      <CreateMethodForm
        restApiId={restApiId}
        resource={resource}
        onCreated={(verb) => onSelect({ resourceId: resource.id, httpMethod: verb })}
      />
      {methods.length ? (
        <Panel title="CORS">
          <p className="mb-2 text-xs text-slate-500 dark:text-slate-400">
            Adds an OPTIONS preflight method (a MOCK integration) and the Access-Control-Allow-Origin header
            on the non-proxy methods and on the DEFAULT 4XX/5XX gateway responses. Proxy integrations must
            return the CORS headers themselves.
          </p>
          <div className="flex flex-wrap items-end gap-2">
            <TextInput
              label="Allowed origin"
              value={corsOrigin}
              onChange={(e) => setCorsOrigin(e.target.value)}
            />
            <SmallButton onClick={enableCors} disabled={other.pending}>
              Enable CORS
            </SmallButton>
          </div>
        </Panel>
      ) : null}
      <ErrorNote error={other.error} />
    </>
  );
}
