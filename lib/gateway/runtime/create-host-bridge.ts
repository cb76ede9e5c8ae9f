/**
 * The only host functions guest code can reach, gathered in one object handed to the prelude (which keeps them
 * in its closure). Every argument is checked as a primitive; nothing the guest passes is ever trusted as an object,
 * and nothing of the host (no object, no function) is ever handed back.
 */
import type { QuickJSContext, QuickJSHandle } from "quickjs-emscripten";

export interface HostBridgeHandlers {
  /** A console line at a level index of LOG_LEVELS. */
  log(level: number, message: string): void;
  /** Virtual epoch milliseconds. */
  now(): number;
  /** op 0: set (a = delay ms, b = 1 for an interval) → id; op 1: clear timer a; op 2: ref (b = 1) or unref timer a. */
  timer(op: number, a: number, b: number): number;
  /** Starts an AWS call and returns its id; its result arrives later through the prelude's completeCall. */
  call(service: string, operation: string, inputJson: string): number;
  /** The body of a built-in module, or undefined when there is none of that name. */
  source(name: string): string | undefined;
}

export function createHostBridge(context: QuickJSContext, handlers: HostBridgeHandlers): QuickJSHandle {
  const str = (handle: QuickJSHandle | undefined): string =>
    handle !== undefined && context.typeof(handle) === "string" ? context.getString(handle) : "";
  const num = (handle: QuickJSHandle | undefined): number =>
    handle !== undefined && context.typeof(handle) === "number" ? context.getNumber(handle) : 0;

  const bridge = context.newObject();
  const install = (name: string, body: (...args: QuickJSHandle[]) => QuickJSHandle | undefined): void => {
    const fn = context.newFunction(name, body);
    context.setProp(bridge, name, fn);
    fn.dispose();
  };
  install("log", (level, message) => {
    handlers.log(num(level), str(message));
    return undefined;
  });
  install("now", () => context.newNumber(handlers.now()));
  install("timer", (op, a, b) => context.newNumber(handlers.timer(num(op), num(a), num(b))));
  install("call", (service, operation, input) =>
    context.newNumber(handlers.call(str(service), str(operation), str(input))),
  );
  install("source", (name) => {
    const body = handlers.source(str(name));
    return body === undefined ? undefined : context.newString(body);
  });
  return bridge;
}
