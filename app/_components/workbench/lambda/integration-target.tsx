"use client";
/** The function ARN and the integration URI an API method uses to invoke it, each with a copy button. */
import { CopyableValue } from "@/app/_components/workbench/copy-button";
import { toIntegrationUri } from "./lambda-types";

export function IntegrationTarget({ functionArn }: { functionArn: string }) {
  return (
    <div className="space-y-2 text-sm">
      <div className="space-y-1">
        <p className="text-xs font-medium text-slate-600 dark:text-slate-300">Function ARN</p>
        <CopyableValue value={functionArn} what="function ARN" />
      </div>
      <div className="space-y-1">
        <p className="text-xs font-medium text-slate-600 dark:text-slate-300">Integration URI</p>
        <CopyableValue value={toIntegrationUri(functionArn)} what="integration URI" />
      </div>
      <p className="text-xs text-slate-500 dark:text-slate-400">
        Use the URI as a method integration&apos;s <code>uri</code> with type <code>AWS_PROXY</code> (Lambda
        proxy) or <code>AWS</code> (custom, with mapping templates); the integration HTTP method is always{" "}
        <code>POST</code>. For a Lambda authorizer, it is the authorizer URI. In AWS, API Gateway also needs
        permission to invoke the function (<code>lambda:AddPermission</code> for{" "}
        <code>apigateway.amazonaws.com</code>).
      </p>
    </div>
  );
}
