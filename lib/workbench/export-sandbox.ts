/**
 * A sandbox as a downloadable document: `{ format, formatVersion, exportedAt, name, state }`, the state
 * without working credentials (see strip-sandbox-secrets.ts); importing it gives new ones.
 */
import type { GatewaySandboxState } from "@/lib/gateway/create-gateway-sandbox";
import { getOwnedSandboxOrThrow } from "@/lib/data/sandboxes";
import { SANDBOX_DOCUMENT_FORMAT, SANDBOX_DOCUMENT_VERSION } from "./sandbox-api-schemas";
import { stripSandboxSecrets } from "./strip-sandbox-secrets";

export interface SandboxExport {
  /** `<name>.gatewise-sandbox.json`, with characters unsafe in a file name replaced by `_`. */
  filename: string;
  document: {
    format: typeof SANDBOX_DOCUMENT_FORMAT;
    formatVersion: typeof SANDBOX_DOCUMENT_VERSION;
    exportedAt: string;
    name: string;
    state: GatewaySandboxState;
  };
}

/** A file name that survives a quoted Content-Disposition and every file system. */
export function toExportFilename(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9 ._()-]/g, "_").trim() || "sandbox";
  return `${safe}.gatewise-sandbox.json`;
}

export async function exportSandbox(
  userId: string,
  sandboxId: string,
  now = new Date(),
): Promise<SandboxExport> {
  const sandbox = await getOwnedSandboxOrThrow(userId, sandboxId);
  return {
    filename: toExportFilename(sandbox.name),
    document: {
      format: SANDBOX_DOCUMENT_FORMAT,
      formatVersion: SANDBOX_DOCUMENT_VERSION,
      exportedAt: now.toISOString(),
      name: sandbox.name,
      state: stripSandboxSecrets(sandbox.state as GatewaySandboxState),
    },
  };
}
