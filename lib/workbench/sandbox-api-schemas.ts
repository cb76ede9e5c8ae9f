/**
 * Inputs of the `/api/sandboxes/**` route handlers, shared by the workbench UI (client-side hints) and the
 * server (the real check). Pure zod: safe to import from client components.
 */
import { z } from "zod";

export const SANDBOX_DOCUMENT_FORMAT = "gatewise-sandbox";
export const SANDBOX_DOCUMENT_VERSION = 1;
export const SANDBOX_NAME_MAX_LENGTH = 80;
export const SNAPSHOT_LABEL_MAX_LENGTH = 100;

export const sandboxNameSchema = z
  .string({ error: "Give the sandbox a name." })
  .trim()
  .min(1, "Give the sandbox a name.")
  .max(SANDBOX_NAME_MAX_LENGTH, `Sandbox names are at most ${SANDBOX_NAME_MAX_LENGTH} characters.`);

/** A Lambda function as the engine stores it; the engine checks the values (runtime, timeout...) itself. */
const functionConfigSchema = z.looseObject({
  functionName: z.string({ error: "Each function needs a functionName." }),
  code: z.string({ error: "Each function needs its code as a string." }),
});

const part = (name: string) =>
  z.record(z.string(), z.unknown(), { error: `state.${name} must be an object.` });

/** The engine's whole state (GatewaySandboxState); each part is checked by building it. */
export const sandboxStateSchema = z.object({
  version: z.literal(1, { error: "state.version must be 1." }),
  controlPlane: part("controlPlane"),
  services: part("services").optional(),
  backends: part("backends").optional(),
  userPools: part("userPools"),
  iam: part("iam"),
  functions: z.array(functionConfigSchema, { error: "state.functions must be a list." }),
});

/** An exported sandbox: what `GET /api/sandboxes/{id}/export` downloads and `POST /api/sandboxes` imports. */
export const sandboxDocumentSchema = z.object({
  format: z.literal(SANDBOX_DOCUMENT_FORMAT, {
    error: `Not a Gatewise sandbox export: "format" must be "${SANDBOX_DOCUMENT_FORMAT}".`,
  }),
  formatVersion: z.literal(SANDBOX_DOCUMENT_VERSION, {
    error: `This export's formatVersion is not supported (expected ${SANDBOX_DOCUMENT_VERSION}).`,
  }),
  exportedAt: z.string().optional(),
  name: z.string().optional(),
  state: sandboxStateSchema,
});
export type SandboxDocument = z.infer<typeof sandboxDocumentSchema>;

/**
 * `POST /api/sandboxes`: `from` is "empty" (default) or an exported document (checked in depth by the
 * import). The name may be left out of an import: the document's name is used.
 */
export const createSandboxSchema = z
  .object({
    name: sandboxNameSchema.optional(),
    from: z
      .union([z.literal("empty"), z.record(z.string(), z.unknown())], {
        error: 'from must be "empty" or an exported sandbox document (a JSON object).',
      })
      .default("empty"),
  })
  .superRefine((input, ctx) => {
    if (input.from === "empty" && input.name === undefined) {
      ctx.addIssue({ code: "custom", path: ["name"], message: "Give the sandbox a name." });
    }
  });
export type CreateSandboxInput = z.infer<typeof createSandboxSchema>;

export const renameSandboxSchema = z.object({ name: sandboxNameSchema });

export const snapshotLabelSchema = z.object({
  label: z
    .string({ error: "Give the snapshot a label." })
    .trim()
    .min(1, "Give the snapshot a label.")
    .max(SNAPSHOT_LABEL_MAX_LENGTH, `Labels are at most ${SNAPSHOT_LABEL_MAX_LENGTH} characters.`),
});

export const rotateKeySchema = z.object({
  /** The sandbox-admin key to replace; default the one the profile shows. */
  accessKeyId: z.string().min(1).optional(),
});

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** `POST /api/sandboxes/{id}/invoke`: one request to a deployed stage, as its invoke URL would get it. */
export const invokeSandboxSchema = z.object({
  restApiId: z.string().regex(/^[A-Za-z0-9]{1,64}$/, "Pick a REST API (its id)."),
  stageName: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, "Pick a stage: letters, digits, - and _ only."),
  method: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{1,16}$/, "Give an HTTP method such as GET or POST."),
  path: z
    .string()
    .regex(/^\/[^?#\s]*$/, "The path starts with / and holds no spaces, ? or # (put the query in query).")
    .default("/"),
  query: z
    .string()
    .regex(/^[^#\s]*$/, "The query string holds no spaces or # (leave out the leading ?).")
    .transform((q) => q.replace(/^\?/, ""))
    .default(""),
  headers: z
    .record(z.string().regex(HEADER_NAME, "Header names are letters, digits and - only."), z.string())
    .default({}),
  body: z.string().optional(),
  bodyBase64: z.boolean().default(false),
});
export type InvokeSandboxInput = z.infer<typeof invokeSandboxSchema>;

/** `GET /api/sandboxes/{id}/metrics`: CloudWatch's dimension levels are API, API+stage, API+stage+method+resource. */
export const metricsQuerySchema = z
  .object({
    restApiId: z.string().min(1, "Pick a REST API (its id)."),
    stage: z.string().min(1).optional(),
    method: z.string().trim().toUpperCase().min(1).optional(),
    resource: z.string().startsWith("/", "A resource path starts with /.").optional(),
    minutes: z.coerce.number().int().min(1).max(1440, "At most 1440 minutes (one day) are kept.").default(60),
  })
  .superRefine((query, ctx) => {
    if ((query.method === undefined) !== (query.resource === undefined)) {
      const path = query.method === undefined ? "method" : "resource";
      ctx.addIssue({ code: "custom", path: [path], message: "Give method and resource together." });
    }
    if (query.method !== undefined && query.stage === undefined) {
      ctx.addIssue({ code: "custom", path: ["stage"], message: "Per-method metrics need the stage too." });
    }
  });
export type MetricsQuery = z.infer<typeof metricsQuerySchema>;

export const LOG_KINDS = ["access", "execution", "lambda"] as const;

/** `GET /api/sandboxes/{id}/logs`. */
export const logsQuerySchema = z
  .object({
    kind: z.enum(LOG_KINDS, { error: "kind is access, execution or lambda." }),
    restApiId: z.string().min(1).optional(),
    stage: z.string().min(1).optional(),
    functionName: z.string().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(200),
  })
  .superRefine((query, ctx) => {
    if (query.kind === "lambda") {
      if (!query.functionName)
        ctx.addIssue({ code: "custom", path: ["functionName"], message: "Lambda logs need functionName." });
      return;
    }
    for (const key of ["restApiId", "stage"] as const) {
      if (!query[key])
        ctx.addIssue({ code: "custom", path: [key], message: `${query.kind} logs need ${key}.` });
    }
  });
export type LogsQuery = z.infer<typeof logsQuerySchema>;
