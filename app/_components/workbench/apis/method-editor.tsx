"use client";
/** One method: request settings, integration, responses; the order a request flows through them. */
import type { Method, Resource } from "@/lib/gateway/control/types";
import { ErrorNote, SmallButton } from "../controls";
import { useAction } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { IntegrationForm } from "./integration-form";
import { MethodRequestForm } from "./method-request-form";
import { ResponsesForm } from "./responses-form";
import { TestMethodPanel } from "./test-method-panel";

export function MethodEditor({
  restApiId,
  resource,
  method,
  onDeleted,
}: {
  restApiId: string;
  resource: Resource;
  method: Method;
  onDeleted: () => void;
}) {
  const { transport, changed } = useWorkbench();
  const action = useAction();
  const ids = { restApiId, resourceId: resource.id, httpMethod: method.httpMethod };
  const remove = async () => {
    if (!window.confirm(`Delete ${method.httpMethod} ${resource.path}?`)) return;
    const done = await action.run(() => transport.call("apigateway", "deleteMethod", ids));
    if (done === undefined) return;
    changed();
    onDeleted();
  };
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-mono text-lg font-semibold">
          {method.httpMethod} {resource.path}
        </h3>
        <SmallButton variant="danger" onClick={remove} disabled={action.pending}>
          Delete method
        </SmallButton>
      </div>
      <p className="text-xs text-slate-500 dark:text-slate-400">
        Method request → integration request → backend → integration response → method response. Changes apply
        to callers after the next deployment.
      </p>
      <ErrorNote error={action.error} />
      <MethodRequestForm restApiId={restApiId} resourceId={resource.id} method={method} />
      <IntegrationForm
        restApiId={restApiId}
        resourceId={resource.id}
        httpMethod={method.httpMethod}
        integration={method.methodIntegration}
      />
      <ResponsesForm ids={ids} method={method} />
      <TestMethodPanel
        restApiId={restApiId}
        resourceId={resource.id}
        resourcePath={resource.path}
        httpMethod={method.httpMethod}
      />
    </div>
  );
}
