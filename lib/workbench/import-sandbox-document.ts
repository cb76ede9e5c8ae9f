/**
 * Turns an exported sandbox document into a state ready to store: checks the envelope, gives the sandbox
 * fresh credentials (new IAM access keys, one for each exported key, and new user pool signing keys),
 * and proves the state by building an engine from it, Lambda functions included. A problem answers 400
 * naming where it is (`from.state.functions.2`).
 *
 * REST API ids are kept, so invoke URLs in the document's lessons and tests still match; whether another
 * sandbox already owns one is checked when the sandbox is stored (409).
 */
import {
  createGatewaySandbox,
  type GatewaySandbox,
  type GatewaySandboxState,
} from "@/lib/gateway/create-gateway-sandbox";
import type { LambdaFunctionConfig } from "@/lib/gateway/runtime";
import { toFieldErrors, type FieldErrors } from "@/lib/errors";
import { checkSandboxParts } from "./check-sandbox-parts";
import { hostPorts } from "./host-ports";
import { describeLoadError, invalidDocument } from "./invalid-document";
import { provisionSandboxAdmin } from "./provision-sandbox-admin";
import { regenerateSigningKeys } from "./regenerate-signing-keys";
import { restApiIdsOf } from "./rest-api-ids-of";
import { sandboxDocumentSchema } from "./sandbox-api-schemas";

export interface ImportedSandbox {
  /** The name the document carries, if any. */
  documentName: string | undefined;
  state: GatewaySandboxState;
  apiIds: string[];
}

interface ExportedKey {
  userName: string;
  status: "Active" | "Inactive";
}

function prefixed(fields: FieldErrors): FieldErrors {
  return Object.fromEntries(
    Object.entries(fields).map(([path, messages]) => [`from${path ? `.${path}` : ""}`, messages]),
  );
}

/** The keys the document lists (their secrets were never exported); the IAM part is loaded without them. */
function takeExportedKeys(iam: Record<string, unknown>): {
  iam: Record<string, unknown>;
  keys: ExportedKey[];
} {
  const keys = (Array.isArray(iam.accessKeys) ? iam.accessKeys : []).map((key: unknown) => {
    const { userName, status } = (key ?? {}) as Partial<ExportedKey>;
    return {
      userName: String(userName),
      status: status === "Inactive" ? "Inactive" : "Active",
    } as ExportedKey;
  });
  return { iam: { ...iam, accessKeys: [], sessions: [] }, keys };
}

function issueFreshKeys(engine: GatewaySandbox, keys: ExportedKey[]): void {
  const fields: FieldErrors = {};
  keys.forEach((exported, index) => {
    try {
      const created = engine.iam.createAccessKey(exported.userName);
      if (exported.status === "Inactive")
        engine.iam.updateAccessKey(exported.userName, created.accessKeyId, "Inactive");
    } catch (error) {
      fields[`from.state.iam.accessKeys.${index}`] = [describeLoadError(error)];
    }
  });
  if (Object.keys(fields).length) throw invalidDocument(fields);
}

function deployFunctions(engine: GatewaySandbox, functions: LambdaFunctionConfig[]): void {
  const fields: FieldErrors = {};
  const seen = new Set<string>();
  functions.forEach((config, index) => {
    const where = `from.state.functions.${index}`;
    if (seen.has(config.functionName)) {
      fields[where] = [`Function ${config.functionName} is listed twice.`];
      return;
    }
    seen.add(config.functionName);
    try {
      engine.deployFunction(config);
    } catch (error) {
      fields[where] = [describeLoadError(error)];
    }
  });
  if (Object.keys(fields).length) throw invalidDocument(fields);
}

function assertUniqueApiIds(apiIds: string[]): void {
  const duplicate = apiIds.find((id, index) => apiIds.indexOf(id) !== index);
  if (duplicate) {
    throw invalidDocument({
      "from.state.controlPlane": [`REST API id ${duplicate} appears more than once.`],
    });
  }
}

/** Checks and rebuilds an exported document (the `from` of `POST /api/sandboxes`). */
export async function importSandboxDocument(document: unknown): Promise<ImportedSandbox> {
  const parsed = sandboxDocumentSchema.safeParse(document);
  if (!parsed.success) throw invalidDocument(prefixed(toFieldErrors(parsed.error)));
  const { state: input, name } = parsed.data;
  const { iam, keys } = takeExportedKeys(input.iam);
  const state = {
    ...input,
    iam,
    userPools: await regenerateSigningKeys(input.userPools),
    functions: [],
  } as GatewaySandboxState;
  const ports = hostPorts();
  checkSandboxParts(state, ports);
  const engine = await createGatewaySandbox({ ...ports, state });
  try {
    deployFunctions(engine, input.functions as unknown as LambdaFunctionConfig[]);
    issueFreshKeys(engine, keys);
    provisionSandboxAdmin(engine.iam);
    const exported = engine.exportState();
    const apiIds = restApiIdsOf(exported);
    assertUniqueApiIds(apiIds);
    return { documentName: name, state: exported, apiIds };
  } finally {
    engine.dispose();
  }
}
