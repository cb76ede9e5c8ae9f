/**
 * Assembles the prelude every execution environment evaluates before the learner's code: one function taking the
 * host bridge and the environment's setup, installing Node's globals, and returning the glue the host drives
 * (load the module, invoke, fire a timer, complete an AWS call). Host functions stay in the closure; guest code
 * only ever sees the globals the prelude chose to install.
 */
import { CLOCK_AND_RANDOM_SOURCE } from "./clock-and-random-source";
import { CONSOLE_AND_TIMERS_SOURCE } from "./console-and-timers-source";
import { INVOKE_SOURCE } from "./invoke-source";
import { MODULES_SOURCE } from "./modules-source";
import { RUNTIME_ERRORS_SOURCE } from "./runtime-errors-source";

/** The file name the prelude is evaluated under; its frames are removed from stack traces. */
export const PRELUDE_FILE_NAME = "/var/runtime/gatewise-runtime.js";

/** The name under which the prelude asks `host.source` for the console formatter (never a module name). */
export const INSPECTOR_MODULE = "gatewise:inspect";

/** What the prelude receives from the host (serialised as JSON). */
export interface PreludeSetup {
  functionName: string;
  memoryLimitInMB: string;
  logGroupName: string;
  logStreamName: string;
  functionArn: string;
  handler: string;
  handlerPath: readonly string[];
  fileName: string;
  moduleFormat: "esm" | "commonjs";
  env: Readonly<Record<string, string>>;
  /** Four 32-bit words seeding Math.random. */
  seed: readonly number[];
}

/** The glue functions the prelude returns, by name (it also returns `mailbox`, where outcomes are posted). */
export const GLUE_FUNCTIONS = [
  "loadCommonJs",
  "useModule",
  "describeInitError",
  "invoke",
  "fireTimer",
  "completeCall",
  "exitWithEmptyLoop",
] as const;
export type GlueFunctionName = (typeof GLUE_FUNCTIONS)[number];

export const PRELUDE_SOURCE = [
  "(function (host, setupJson) {",
  '"use strict";',
  "var setup = JSON.parse(setupJson);",
  "var hostLog = host.log, hostNow = host.now, hostTimer = host.timer, hostCall = host.call;",
  "var hostSource = host.source;",
  "var FunctionConstructor = Function;",
  `var INTERNAL_FILE = ${JSON.stringify(PRELUDE_FILE_NAME)};`,
  `var INSPECTOR_MODULE = ${JSON.stringify(INSPECTOR_MODULE)};`,
  "function hide(target, name, value) {",
  "  Object.defineProperty(target, name, { value: value, writable: true, configurable: true, enumerable: false });",
  "}",
  CLOCK_AND_RANDOM_SOURCE,
  CONSOLE_AND_TIMERS_SOURCE,
  MODULES_SOURCE,
  RUNTIME_ERRORS_SOURCE,
  INVOKE_SOURCE,
  "return { loadCommonJs: loadCommonJs, useModule: useHandlerFrom, describeInitError: describeInitError,",
  "  invoke: invoke, fireTimer: fireTimer, completeCall: completeCall, exitWithEmptyLoop: exitWithEmptyLoop,",
  "  mailbox: mailbox };",
  "})",
].join("\n");
