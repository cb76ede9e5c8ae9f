import { z } from "zod";
import {
  InvalidScriptedBackendError,
  scriptedBackendDefinitionSchema,
  toDefinitionIssues,
} from "./scripted-backend-definition";
import type { ScriptedBackendDefinition } from "./scripted-backend-definition";

/**
 * The scripted backends of a sandbox as plain JSON, stored with the sandbox and rebuilt from. Only
 * definitions are kept: uses left on `times` rules and recorded requests are runtime state and start afresh.
 */
export interface HttpBackendsSnapshot {
  version: 1;
  scriptedBackends: ScriptedBackendDefinition[];
}

const snapshotSchema = z.strictObject({
  version: z.literal(1),
  scriptedBackends: z.array(scriptedBackendDefinitionSchema).superRefine((backends, ctx) => {
    const seen = new Set<string>();
    backends.forEach((backend, i) => {
      if (seen.has(backend.name))
        ctx.addIssue({ code: "custom", path: [i, "name"], message: `"${backend.name}" is defined twice` });
      seen.add(backend.name);
    });
  }),
});

/** Checks a stored snapshot and returns a private copy; throws InvalidScriptedBackendError naming bad fields. */
export function toHttpBackendsSnapshot(value: unknown): HttpBackendsSnapshot {
  const parsed = snapshotSchema.safeParse(value);
  if (!parsed.success) throw new InvalidScriptedBackendError(toDefinitionIssues(parsed.error));
  return JSON.parse(JSON.stringify(parsed.data)) as HttpBackendsSnapshot;
}
