/**
 * The public shapes of the Lambda runtime: what a caller deploys, what an invocation returns, and the ports
 * (services bridge, limits) it is built from. Names follow the Lambda API (`FunctionName`, `MemorySize`,
 * `FunctionError`, `LogResult`) in camelCase.
 * @see https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html
 */
import type { Clock, Random } from "../ports";
import type { LambdaSandbox } from "./load-lambda-sandbox";

/** The Node.js managed runtimes the simulator accepts; they behave alike here. */
export type LambdaNodeRuntime = "nodejs18.x" | "nodejs20.x" | "nodejs22.x";

/** What `deployFunction` takes: the Lambda `CreateFunction` fields a learner sets. */
export interface LambdaFunctionConfig {
  functionName: string;
  /** The source of the single file the handler names (`index` in `index.handler`). */
  code: string;
  /** `<file>.<export>`, possibly nested (`index.api.handler`). Default `index.handler`. */
  handler?: string;
  runtime?: LambdaNodeRuntime;
  /** Seconds, 1-900. Default 3, as Lambda. */
  timeout?: number;
  /** MB, 128-10,240. Default 128, as Lambda. */
  memorySize?: number;
  environment?: Readonly<Record<string, string>>;
  /**
   * `esm` is Lambda's `index.mjs`, `commonjs` its `index.js`. Default: `esm` when the code has an `import` or
   * `export` statement, else `commonjs`.
   */
  moduleFormat?: "esm" | "commonjs";
}

/** A deployed function's configuration with every default applied. */
export interface ResolvedFunctionConfig {
  readonly functionName: string;
  readonly code: string;
  readonly handler: string;
  /** The file part of the handler (`index`). */
  readonly moduleName: string;
  /** The export path inside the module (`["handler"]`). */
  readonly handlerPath: readonly string[];
  readonly runtime: LambdaNodeRuntime;
  readonly timeout: number;
  readonly memorySize: number;
  readonly environment: Readonly<Record<string, string>>;
  readonly moduleFormat: "esm" | "commonjs";
  /** `/var/task/index.mjs` or `/var/task/index.js`. */
  readonly fileName: string;
  readonly functionArn: string;
}

export interface InvokeOptions {
  /** The `awsRequestId`; default a random UUID from the Random port. */
  requestId?: string;
}

/** One synchronous (`RequestResponse`) invocation's outcome, as Lambda's Invoke API reports it. */
export interface InvokeResult {
  /** Always 200 for a synchronous invocation that reached the function, even on a function error. */
  readonly statusCode: 200;
  /** The JSON the function returned, or Lambda's error document when `functionError` is set. */
  readonly payload: string;
  /** `X-Amz-Function-Error`: set when the payload is an error document. */
  readonly functionError?: "Unhandled";
  /** The invocation's log lines (init lines on a cold start, START ... REPORT). */
  readonly logResult: readonly string[];
  readonly requestId: string;
  /** Invoke-phase duration in virtual milliseconds, as the REPORT line's `Duration`. */
  readonly durationMs: number;
  readonly billedDurationMs: number;
  /** Present on a cold start: the REPORT line's `Init Duration`. */
  readonly initDurationMs?: number;
  readonly memorySizeMb: number;
  readonly maxMemoryUsedMb: number;
  readonly coldStart: boolean;
  /** `X-Amz-Executed-Version`. */
  readonly executedVersion: "$LATEST";
}

/** Who is calling a simulated service: the function, for IAM-like checks and metrics. */
export interface ServiceCaller {
  readonly functionName: string;
  readonly region: string;
  readonly accountId: string;
  readonly requestId: string;
}

/** One AWS API call from guest code, in the wire protocol's words. */
export interface ServiceRequest {
  /** The endpoint prefix: `dynamodb`, `sqs`, `sns`, `states`. */
  readonly service: string;
  /** The API operation, e.g. `PutItem`. */
  readonly operation: string;
  /** The command input, a JSON value (the JSON-protocol request body). */
  readonly input: unknown;
  readonly caller: ServiceCaller;
}

/**
 * The bridge to the simulated AWS services. `call` resolves with the operation's output (a JSON value) or rejects
 * with the service's error: its `type` (or `name`) becomes the SDK error's `name`, `statusCode` its
 * `$metadata.httpStatusCode`, and `fields` are copied onto it.
 */
export interface LambdaServices {
  call(request: ServiceRequest): unknown;
}

/** Host-protection limits; AWS's own limits (timeout, memory) are per function. */
export interface RuntimeLimits {
  /** Hard real-time cap per invocation phase (init or invoke), in host milliseconds. */
  readonly wallClockMs: number;
  /** Interrupt checks (each after ~10,000 QuickJS operations) allowed per phase: a CPU budget without a clock. */
  readonly maxInterruptChecks: number;
  /** The QuickJS stack limit in bytes; small enough that guest recursion never overflows the host stack. */
  readonly maxStackBytes: number;
  /** The largest guest heap whatever the memory size (see toHeapLimitBytes). */
  readonly maxHeapBytes: number;
  /** An idle warm container is reclaimed after this many virtual milliseconds. */
  readonly idleContainerMs: number;
  /** Concurrent executions allowed across all functions (Lambda's account concurrency). */
  readonly maxConcurrency: number;
  /** Modelled runtime bootstrap time added to every Init Duration, in milliseconds. */
  readonly coldStartMs: number;
  /** Log events kept per function. */
  readonly maxLogEventsPerFunction: number;
}

export interface LambdaRuntimeOptions {
  clock: Clock;
  random: Random;
  services?: LambdaServices;
  limits?: Partial<RuntimeLimits>;
  /** Host time for the real-time guard and for CPU time; default `clock.now`. */
  hostNow?: () => number;
  /** Default `us-east-1`. */
  region?: string;
  /** Default `123456789012`. */
  accountId?: string;
  /** A shared QuickJS module; default the process-wide one from getDefaultLambdaSandbox(). */
  sandbox?: LambdaSandbox;
}

/** One line of a function's log group. */
export interface LambdaLogEvent {
  /** Virtual epoch milliseconds. */
  readonly timestamp: number;
  readonly logStreamName: string;
  readonly message: string;
}

export interface LambdaRuntimeStats {
  readonly coldStarts: number;
  readonly warmStarts: number;
  readonly containersAlive: number;
  readonly throttles: number;
}
