/**
 * Log lines of one sandbox engine: a stage's access log (its destination, or Gatewise's default group),
 * its execution log (`API-Gateway-Execution-Logs_{apiId}/{stage}`, written when the stage's logging level
 * asks for it), or a Lambda function's log group. Pure: the server reads its live sandboxes with it, the
 * browser's try-it sandbox its own engine. Kept in memory: a restart or an unload starts them again.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html
 */
import { AppError } from "@/lib/errors";
import type { GatewaySandbox } from "@/lib/gateway/create-gateway-sandbox";
import { executionLogGroup } from "@/lib/gateway/metrics/log-store";
import { toLogGroupName } from "@/lib/gateway/runtime/log-store";
import { parseQuery } from "./parse-query";
import { logsQuerySchema, type LogsQuery } from "./sandbox-api-schemas";
import { toAwsAppError } from "./to-aws-app-error";

export interface SandboxLogEvent {
  timestamp: number;
  message: string;
  /** Lambda only: the execution environment's stream. */
  logStream?: string;
}

export interface SandboxLogs {
  kind: LogsQuery["kind"];
  group: string;
  /** The newest `limit` events, oldest first. */
  events: SandboxLogEvent[];
}

/**
 * The group the data plane writes a stage's lines to (record-metrics-and-logs.ts); NotFoundException for
 * an unknown API or stage.
 */
function stageLogGroup(
  engine: GatewaySandbox,
  kind: "access" | "execution",
  restApiId: string,
  stageName: string,
) {
  const stage = engine.controlPlane.getStage({ restApiId, stageName });
  if (kind === "execution") return executionLogGroup(restApiId, stageName);
  return stage.accessLogSettings?.destinationArn ?? `access-logs/${restApiId}/${stageName}`;
}

function readLambdaLogs(engine: GatewaySandbox, functionName: string, limit: number): SandboxLogs {
  if (!engine.listFunctions().some((f) => f.functionName === functionName)) {
    throw new AppError("NOT_FOUND", `No Lambda function named ${functionName} in this sandbox.`, {
      functionName: ["No such function."],
    });
  }
  const events = (engine.lambdaRuntime?.logs(functionName) ?? []).slice(-limit);
  return {
    kind: "lambda",
    group: toLogGroupName(functionName),
    events: events.map((e) => ({ timestamp: e.timestamp, message: e.message, logStream: e.logStreamName })),
  };
}

function readStageLogs(engine: GatewaySandbox, kind: "access" | "execution", query: LogsQuery): SandboxLogs {
  let group: string;
  try {
    group = stageLogGroup(engine, kind, query.restApiId ?? "", query.stage ?? "");
  } catch (error) {
    throw toAwsAppError(error);
  }
  const events = engine.dataPlane.logs.get(group, { limit: query.limit });
  return { kind, group, events: events.map(({ timestamp, message }) => ({ timestamp, message })) };
}

/** `query`: kind (access | execution | lambda), restApiId and stage, or functionName; limit (default 200). */
export function readEngineLogs(
  engine: GatewaySandbox,
  query: Readonly<Record<string, unknown>>,
): SandboxLogs {
  const parsed = parseQuery(logsQuerySchema, query);
  return parsed.kind === "lambda"
    ? readLambdaLogs(engine, parsed.functionName ?? "", parsed.limit)
    : readStageLogs(engine, parsed.kind, parsed);
}
