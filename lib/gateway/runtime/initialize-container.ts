/**
 * The Init phase: install the runtime's prelude, run the function's top-level code (CommonJS, or an ES module
 * with top-level await driven by the event loop) and find the handler. A failure is reported as the Node.js
 * runtime reports it: Runtime.UserCodeSyntaxError, Runtime.ImportModuleError, Runtime.HandlerNotFound, or the
 * error the top-level code threw.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html
 * @see https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html#runtimes-lifecycle-ib
 */
import type { QuickJSHandle } from "quickjs-emscripten";
import type { ExecutionPhase, PhaseFailure } from "./execution-phase";
import type { PreludeSetup } from "./guest/prelude-source";
import type { GuestResult, LambdaContainer } from "./lambda-container";
import { runEventLoop } from "./run-event-loop";

export type InitOutcome =
  | { readonly kind: "ready" }
  | { readonly kind: "error"; readonly errorType: string; readonly payload: string }
  | { readonly kind: "failed"; readonly failure: PhaseFailure };

/** Node's wrapper around a CommonJS file, on the code's first line so line numbers stay the learner's. */
const COMMONJS_HEADER = "(function (exports, require, module, __filename, __dirname) {";

export async function initializeContainer(
  container: LambdaContainer,
  phase: ExecutionPhase,
  setup: PreludeSetup,
): Promise<InitOutcome> {
  container.installPrelude(setup);
  if (phase.failure !== undefined) return { kind: "failed", failure: phase.failure };
  phase.restartClocks();
  const loaded =
    container.config.moduleFormat === "commonjs"
      ? loadCommonJs(container)
      : await loadEsModule(container, phase);
  if (phase.failure !== undefined) {
    if (loaded !== undefined && !loaded.ok) loaded.error.dispose();
    return { kind: "failed", failure: phase.failure };
  }
  if (loaded === undefined) return { kind: "failed", failure: "crash" };
  if (!loaded.ok) return describeInitError(container, phase, loaded.error);
  container.handlerIsAsync = container.context.getNumber(loaded.value) === 1;
  loaded.value.dispose();
  container.drainJobs();
  container.sampleHeap();
  return phase.failure === undefined ? { kind: "ready" } : { kind: "failed", failure: phase.failure };
}

function loadCommonJs(container: LambdaContainer): GuestResult | undefined {
  const factory = container.evaluate(`${COMMONJS_HEADER}${container.config.code}\n})`, "global");
  if (factory === undefined || !factory.ok) return factory;
  const result = container.callGlue("loadCommonJs", [factory.value]);
  factory.value.dispose();
  return result;
}

async function loadEsModule(
  container: LambdaContainer,
  phase: ExecutionPhase,
): Promise<GuestResult | undefined> {
  const evaluated = container.evaluate(container.config.code, "module");
  if (evaluated === undefined || !evaluated.ok) return evaluated;
  const namespace = await awaitModuleEvaluation(container, phase, evaluated.value);
  if (namespace === undefined || !namespace.ok) return namespace;
  const result = container.callGlue("useModule", [namespace.value]);
  namespace.value.dispose();
  return result;
}

/** A module with top-level await evaluates to a promise of its namespace: run the loop until it settles. */
async function awaitModuleEvaluation(
  container: LambdaContainer,
  phase: ExecutionPhase,
  evaluated: QuickJSHandle,
): Promise<GuestResult | undefined> {
  const ctx = container.context;
  const isSettled = (): boolean => ctx.getPromiseState(evaluated).type !== "pending";
  const end = await runEventLoop(container, phase, isSettled);
  if (end !== "done") {
    evaluated.dispose();
    // An await that can never settle: Node exits with code 13 ("unsettled top-level await").
    if (end === "empty") phase.fail("unsettled");
    return undefined;
  }
  const state = ctx.getPromiseState(evaluated);
  if (state.type === "fulfilled" && state.notAPromise === true) return { ok: true, value: evaluated };
  evaluated.dispose();
  if (state.type === "fulfilled") return { ok: true, value: state.value };
  if (state.type === "rejected") return { ok: false, error: state.error };
  return undefined;
}

function describeInitError(
  container: LambdaContainer,
  phase: ExecutionPhase,
  error: QuickJSHandle,
): InitOutcome {
  const described = container.callGlue("describeInitError", [error]);
  error.dispose();
  if (described === undefined || !described.ok) {
    if (described !== undefined && !described.ok) described.error.dispose();
    return { kind: "failed", failure: phase.failure ?? "crash" };
  }
  const payload = container.context.getString(described.value);
  described.value.dispose();
  const errorType = (JSON.parse(payload) as { errorType?: unknown }).errorType;
  return { kind: "error", errorType: typeof errorType === "string" ? errorType : "Runtime.Unknown", payload };
}
