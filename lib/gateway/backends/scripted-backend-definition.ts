/**
 * What a learner writes to script a backend at `<name>.mock.sandbox.internal`: ordered rules, the first
 * match answering, and an optional default response. Checked with zod so that a mistake is reported with
 * the path of the bad field (`rules[2].respond.status: ...`).
 */
import { z } from "zod";
import { compilePathPattern, PathPatternError } from "./compile-path-pattern";
import { findUnknownPlaceholder } from "./render-placeholders";

/** The most a scripted response may say it waited (10 minutes, past REST's 300 s raised timeout). */
export const MAX_SCRIPTED_DELAY_MS = 600_000;
export const MAX_SCRIPTED_RULES = 100;

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const PLACEHOLDER_HINT = "use path.<name>, query.<name>, header.<name>, body, body.<json path> or requestId";

function checkPlaceholders(text: string, ctx: z.RefinementCtx, path: PropertyKey[] = []): void {
  const unknown = findUnknownPlaceholder(text);
  if (unknown)
    ctx.addIssue({ code: "custom", path, message: `unknown placeholder ${unknown} (${PLACEHOLDER_HINT})` });
}

/** Checks the placeholders of every string inside a JSON body, reporting the string's own path. */
function checkJsonPlaceholders(value: unknown, ctx: z.RefinementCtx, path: PropertyKey[] = []): void {
  if (typeof value === "string") checkPlaceholders(value, ctx, path);
  else if (Array.isArray(value)) value.forEach((item, i) => checkJsonPlaceholders(item, ctx, [...path, i]));
  else if (typeof value === "object" && value !== null)
    for (const [key, item] of Object.entries(value)) checkJsonPlaceholders(item, ctx, [...path, key]);
}

const headerName = z
  .string()
  .regex(HEADER_NAME, "must be an HTTP header name (letters, digits and !#$%&'*+.^_`|~-)");
const headerValue = z.string().regex(/^[^\r\n]*$/, "must not contain line breaks");

const pathPattern = z.string().superRefine((pattern, ctx) => {
  try {
    compilePathPattern(pattern);
  } catch (error) {
    if (!(error instanceof PathPatternError)) throw error;
    ctx.addIssue({ code: "custom", message: `not a path pattern: ${error.message}` });
  }
});

const matchSchema = z.strictObject({
  method: z
    .string()
    .regex(/^[A-Za-z]+$/, "must be an HTTP method such as GET, or ANY")
    .transform((method) => method.toUpperCase())
    .optional(),
  path: pathPattern.optional(),
  query: z.record(z.string(), z.string()).optional(),
  headers: z.record(headerName, z.string()).optional(),
  bodyContains: z.string().optional(),
});

const responseSchema = z.strictObject({
  status: z
    .int("must be an HTTP status code from 100 to 599")
    .min(100, "must be an HTTP status code from 100 to 599")
    .max(599, "must be an HTTP status code from 100 to 599"),
  headers: z
    .record(
      headerName,
      headerValue.superRefine((value, ctx) => checkPlaceholders(value, ctx)),
    )
    .optional(),
  body: z
    .json()
    .superRefine((body, ctx) => checkJsonPlaceholders(body, ctx))
    .optional(),
  delayMs: z
    .int("must be a whole number of milliseconds")
    .min(0, "must not be negative")
    .max(MAX_SCRIPTED_DELAY_MS, `must be at most ${MAX_SCRIPTED_DELAY_MS} ms`)
    .optional(),
});

const ruleSchema = z.strictObject({
  match: matchSchema.optional(),
  respond: responseSchema,
  times: z.int("must be a whole number of uses").min(1, "must be at least 1").optional(),
});

export const scriptedBackendDefinitionSchema = z.strictObject({
  name: z
    .string()
    .regex(
      /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/,
      "must be a DNS label: lower-case letters, digits and inner hyphens, at most 63 characters",
    ),
  rules: z.array(ruleSchema).max(MAX_SCRIPTED_RULES, `at most ${MAX_SCRIPTED_RULES} rules`),
  defaultResponse: responseSchema.optional(),
});

export type ScriptedBackendDefinition = z.output<typeof scriptedBackendDefinitionSchema>;
export type ScriptedRule = z.output<typeof ruleSchema>;
export type ScriptedMatch = z.output<typeof matchSchema>;
export type ScriptedResponse = z.output<typeof responseSchema>;

/** A rule definition that is not valid; `issues` name each bad field. */
export class InvalidScriptedBackendError extends Error {
  override readonly name = "InvalidScriptedBackendError";
  constructor(readonly issues: ReadonlyArray<{ path: string; message: string }>) {
    super(issues.map((issue) => `${issue.path || "(definition)"}: ${issue.message}`).join("; "));
  }
}

/** `rules[0].respond.status` from zod's `["rules", 0, "respond", "status"]`. */
export function toFieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    "",
  );
}

/** Each zod issue as the path of the bad field and what is wrong with it. */
export function toDefinitionIssues(error: z.ZodError): Array<{ path: string; message: string }> {
  return error.issues.map((issue) => ({ path: toFieldPath(issue.path), message: describeIssue(issue) }));
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") return `unknown field(s) ${issue.keys.join(", ")}`;
  // A bad record key (a header name) carries its reason one level down.
  if (issue.code === "invalid_key") return issue.issues[0]?.message ?? issue.message;
  return issue.message;
}

/** Checks a definition and returns it normalised (methods upper-cased); throws InvalidScriptedBackendError. */
export function toScriptedBackendDefinition(value: unknown): ScriptedBackendDefinition {
  const parsed = scriptedBackendDefinitionSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new InvalidScriptedBackendError(toDefinitionIssues(parsed.error));
}
