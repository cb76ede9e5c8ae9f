"use client";
/**
 * Why a log stream is empty and how to fill it, per AWS's logging setup.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html
 */
import type { Stage } from "@/lib/gateway/control/types";
import { Empty } from "../controls";
import type { LogKind } from "./log-lines";

function accessHelp(stage: Stage | undefined): string {
  if (!stage?.accessLogSettings?.format)
    return "Access logs need an access log format on the stage: in APIs, open the stage's logs settings and set a format such as $context.requestId $context.httpMethod $context.resourcePath $context.status. API Gateway then writes one line per request. (In AWS, the destination is a CloudWatch Logs group or Firehose ARN.)";
  return "No access log lines yet: send a request to this stage (Test section or its invoke URL), then refresh.";
}

function executionHelp(stage: Stage | undefined): string {
  const level = stage?.methodSettings["*/*"]?.loggingLevel;
  if (level !== "INFO" && level !== "ERROR")
    return "Execution logs need CloudWatch logging on the stage: in APIs, set the stage's logging level to INFO (every request, step by step) or ERROR (failed requests only). In AWS, the account also needs a CloudWatch Logs role ARN in API Gateway's settings.";
  if (level === "ERROR")
    return "No execution logs yet. The stage logs at ERROR level, so only requests that fail (4xx, 5xx) are written: send one, or switch to INFO.";
  return "No execution logs yet: send a request to this stage, then refresh.";
}

export function LogEmptyState({
  kind,
  stage,
  functionName,
}: {
  kind: LogKind;
  stage: Stage | undefined;
  functionName: string | undefined;
}) {
  if (kind === "access") return <Empty>{accessHelp(stage)}</Empty>;
  if (kind === "execution") return <Empty>{executionHelp(stage)}</Empty>;
  if (!functionName) return <Empty>No Lambda functions yet: create one in the Lambda section.</Empty>;
  return (
    <Empty>
      No logs for {functionName} yet. A function&apos;s log holds what it writes with console.log and the
      START, END and REPORT lines of each invocation: invoke it in the Lambda section or through an API
      method.
    </Empty>
  );
}
