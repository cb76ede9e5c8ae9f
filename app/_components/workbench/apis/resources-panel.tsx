"use client";
/** Resources and methods of one API: the tree on the left, the selected resource or method on the right. */
import { useState } from "react";
import type { Resource } from "@/lib/gateway/control/types";
import { ErrorNote, Loading, Panel } from "../controls";
import { useAsync } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { MethodEditor } from "./method-editor";
import { ResourceDetail } from "./resource-detail";
import { ResourceTree, type TreeSelection } from "./resource-tree";

export function ResourcesPanel({ restApiId }: { restApiId: string }) {
  const { transport, revision } = useWorkbench();
  const [selection, setSelection] = useState<TreeSelection>();
  const resources = useAsync(
    () =>
      transport.call<{ items: Resource[] }>("apigateway", "getResources", {
        restApiId,
        limit: 500,
        embed: ["methods"],
      }),
    `resources:${restApiId}:${revision}`,
  );
  const items = resources.data?.items ?? [];
  const root = items.find((r) => r.path === "/");
  const current = items.find((r) => r.id === selection?.resourceId) ?? root;
  const method = selection?.httpMethod
    ? current?.resourceMethods?.[selection.httpMethod as "GET"]
    : undefined;
  return (
    <div className="grid gap-4 lg:grid-cols-[16rem_minmax(0,1fr)]">
      <Panel title="Resources">
        {resources.loading && !resources.data ? <Loading /> : null}
        <ErrorNote error={resources.error} />
        <ResourceTree
          resources={items}
          selection={selection ?? (root ? { resourceId: root.id } : undefined)}
          onSelect={setSelection}
        />
      </Panel>
      <div className="min-w-0 space-y-4">
        {current && method ? (
          <MethodEditor
            key={`${current.id}:${method.httpMethod}`}
            restApiId={restApiId}
            resource={current}
            method={method}
            onDeleted={() => setSelection({ resourceId: current.id })}
          />
        ) : current ? (
          <ResourceDetail restApiId={restApiId} resource={current} onSelect={setSelection} />
        ) : null}
      </div>
    </div>
  );
}
