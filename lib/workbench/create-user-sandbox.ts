/**
 * `POST /api/sandboxes`: a new empty sandbox, or an imported document, stored for the user within the
 * SANDBOXES_PER_USER cap. Either way the sandbox gets its own `sandbox-admin` credentials.
 */
import { env } from "@/lib/env";
import { createSandbox, type SandboxSummary } from "@/lib/data/sandboxes";
import { createEmptySandboxState } from "./create-empty-sandbox-state";
import { importSandboxDocument } from "./import-sandbox-document";
import { SANDBOX_NAME_MAX_LENGTH, type CreateSandboxInput } from "./sandbox-api-schemas";

const IMPORTED_NAME = "Imported sandbox";

function toImportName(given: string | undefined, documentName: string | undefined): string {
  const name = given ?? documentName?.trim() ?? "";
  return (name || IMPORTED_NAME).slice(0, SANDBOX_NAME_MAX_LENGTH);
}

export async function createUserSandbox(userId: string, input: CreateSandboxInput): Promise<SandboxSummary> {
  const { state, apiIds, name } =
    input.from === "empty"
      ? { ...(await createEmptySandboxState()), apiIds: [], name: input.name ?? "" }
      : await importSandboxDocument(input.from).then((imported) => ({
          ...imported,
          name: toImportName(input.name, imported.documentName),
        }));
  const stored = await createSandbox(userId, name, state, apiIds, { maxPerUser: env().SANDBOXES_PER_USER });
  const { id, version, createdAt, updatedAt } = stored;
  return { id, name: stored.name, version, createdAt, updatedAt, apiCount: apiIds.length };
}
