/**
 * The live sandboxes of this process, shared by the front door (invoke URLs, the /aws endpoint) and Next's
 * route handlers (the workbench). Next compiles route handlers into bundles of their own, so a module-level
 * singleton would exist twice in one process: the one instance hangs on globalThis instead.
 */
import { env } from "@/lib/env";
import { SandboxHost } from "./sandbox-host";

export { SandboxHost, type LiveSandbox, type SandboxHostSettings } from "./sandbox-host";

const KEY = Symbol.for("gatewise.sandboxHost");
type WithHost = typeof globalThis & { [KEY]?: SandboxHost };

/** This process's SandboxHost, created on first use from the environment's settings. */
export function sandboxHost(): SandboxHost {
  const holder = globalThis as WithHost;
  if (!holder[KEY]) {
    const settings = env();
    holder[KEY] = new SandboxHost({
      maxLive: settings.SANDBOX_CACHE_SIZE,
      ratePerSecond: settings.INVOKE_RATE_LIMIT_PER_SANDBOX,
      burst: settings.INVOKE_BURST_LIMIT_PER_SANDBOX,
    });
  }
  return holder[KEY];
}
