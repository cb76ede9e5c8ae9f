/**
 * How the workbench reaches a sandbox. Signed-in learners work on a stored sandbox through the app's JSON
 * routes (the server runs the engine, so invoke URLs and the SDK endpoint see the same APIs); visitors work
 * on a try-it sandbox whose engine runs in their browser and whose state stays in localStorage.
 */
import type { SandboxInvokeResult } from "@/lib/workbench/invoke-sandbox";

export type SandboxService = "apigateway" | "lambda" | "cognito-idp" | "iam";

export interface InvokeRequest {
  restApiId: string;
  stageName: string;
  method: string;
  /** The path after the stage, starting with "/". */
  path: string;
  /** Without the leading "?". */
  query?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** What a call to a deployed stage answers: the server's invoke route and the browser sandbox give the same. */
export type InvokeOutcome = SandboxInvokeResult;

/** One log line as the viewer lists it. */
export interface LogLine {
  timestamp: number;
  message: string;
  stream?: string;
}

/** What GET /api/sandboxes/{id}/logs answers: one log group's events, oldest first. */
export interface LogEvents {
  kind: string;
  group: string;
  events: Array<{ timestamp: number; message: string; logStream?: string }>;
}

/** The failure of one call, in AWS's words where the engine raised an AWS exception. */
export class WorkbenchError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly awsType?: string,
    readonly fields?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "WorkbenchError";
  }
}

export interface WorkbenchTransport {
  readonly kind: "stored" | "browser";
  /** The origin + prefix of invoke URLs (`https://host/execute-api`); null when the APIs live in the browser. */
  readonly invokeUrlBase: string | null;
  call<T = unknown>(service: SandboxService, operation: string, input?: object): Promise<T>;
  invoke(request: InvokeRequest): Promise<InvokeOutcome>;
  traffic(plan: object): Promise<unknown>;
  metrics(query: Record<string, string>): Promise<unknown>;
  logs(query: Record<string, string>): Promise<LogEvents>;
}
