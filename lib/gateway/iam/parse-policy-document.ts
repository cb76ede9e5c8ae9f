/**
 * Reads and validates an IAM policy document (JSON text or an already-parsed object) and normalises it.
 * Identity policies (attached to users and roles) must not name a principal; resource policies (an API's
 * `policy`) must. Messages follow IAM's MalformedPolicyDocument texts where they are known.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_identity-vs-resource.html
 */
import { MalformedPolicyDocumentError } from "./malformed-policy-document-error";
import type { ConditionBlock, PolicyDocument, PolicyPrincipal, PolicyStatement } from "./policy-document";

export type PolicyKind = "identity" | "resource";

const VERSIONS = ["2012-10-17", "2008-10-17"];
const STATEMENT_KEYS = [
  "Sid",
  "Effect",
  "Action",
  "NotAction",
  "Resource",
  "NotResource",
  "Principal",
  "NotPrincipal",
  "Condition",
];

function fail(message: string): never {
  throw new MalformedPolicyDocumentError(message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** AWS returns a REST API's policy with its quotes backslash-escaped; both forms are accepted. */
function readJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(text.replace(/\\"/g, '"'));
    } catch {
      return fail("Syntax errors in policy.");
    }
  }
}

function toStringList(value: unknown, element: string): string[] | undefined {
  if (value === undefined) return undefined;
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0 || !list.every((item) => typeof item === "string"))
    fail(`Syntax errors in policy: ${element} must be a string or a non-empty array of strings.`);
  return list as string[];
}

function toPrincipal(value: unknown, element: string): PolicyPrincipal | undefined {
  if (value === undefined) return undefined;
  if (value === "*") return "*";
  if (!isRecord(value)) return fail(`Invalid principal in policy: ${element} must be "*" or an object.`);
  const principal: Record<string, readonly string[]> = {};
  for (const [type, ids] of Object.entries(value)) {
    principal[type] = toStringList(ids, `${element}.${type}`) ?? [];
  }
  return principal;
}

function toCondition(value: unknown): ConditionBlock | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value) || !Object.values(value).every(isRecord))
    fail("Syntax errors in policy: Condition must map operators to objects of condition keys.");
  return value as ConditionBlock;
}

function checkActions(actions: readonly string[]): void {
  for (const action of actions)
    if (action !== "*" && !/^[A-Za-z0-9-]+:/.test(action))
      fail("Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.");
}

function toStatement(raw: unknown, kind: PolicyKind): PolicyStatement {
  if (!isRecord(raw))
    return fail("Syntax errors in policy: Statement must be an object or an array of objects.");
  const unknown = Object.keys(raw).find((key) => !STATEMENT_KEYS.includes(key));
  if (unknown) fail(`Syntax errors in policy: unknown field ${unknown}.`);
  if (raw.Effect === undefined) fail("Missing required field Effect.");
  if (raw.Effect !== "Allow" && raw.Effect !== "Deny")
    fail(`Invalid effect: ${String(raw.Effect)}. Effect must be Allow or Deny.`);
  const statement: PolicyStatement = {
    Sid: typeof raw.Sid === "string" ? raw.Sid : undefined,
    Effect: raw.Effect,
    Action: toStringList(raw.Action, "Action"),
    NotAction: toStringList(raw.NotAction, "NotAction"),
    Resource: toStringList(raw.Resource, "Resource"),
    NotResource: toStringList(raw.NotResource, "NotResource"),
    Principal: toPrincipal(raw.Principal, "Principal"),
    NotPrincipal: toPrincipal(raw.NotPrincipal, "NotPrincipal"),
    Condition: toCondition(raw.Condition),
  };
  checkElements(statement, kind);
  return statement;
}

function checkElements(statement: PolicyStatement, kind: PolicyKind): void {
  const { Action, NotAction, Resource, NotResource, Principal, NotPrincipal } = statement;
  if (!Action && !NotAction) fail("Policy statement must contain actions.");
  if (Action && NotAction)
    fail("Syntax errors in policy: a statement cannot have both Action and NotAction.");
  if (!Resource && !NotResource) fail("Policy statement must contain resources.");
  if (Resource && NotResource)
    fail("Syntax errors in policy: a statement cannot have both Resource and NotResource.");
  checkActions(Action ?? NotAction ?? []);
  const named = Principal !== undefined || NotPrincipal !== undefined;
  if (kind === "identity" && named) fail("Policy document should not specify a principal.");
  if (kind === "resource" && !named) fail("Missing required field Principal.");
}

/**
 * The validated, normalised document; throws MalformedPolicyDocumentError with a clear reason.
 * A missing `Version` is allowed (IAM then reads the document as 2008-10-17).
 */
export function parsePolicyDocument(source: string | unknown, kind: PolicyKind): PolicyDocument {
  const raw = typeof source === "string" ? readJson(source) : source;
  if (!isRecord(raw)) return fail("Syntax errors in policy: the document must be a JSON object.");
  const { Version, Id, Statement } = raw;
  if (Version !== undefined && (typeof Version !== "string" || !VERSIONS.includes(Version)))
    fail(
      `The policy failed legacy parsing: Version must be 2012-10-17 or 2008-10-17, not ${JSON.stringify(Version)}.`,
    );
  if (Statement === undefined) fail("Missing required field Statement.");
  const list = Array.isArray(Statement) ? Statement : [Statement];
  const statements = list.map((item) => toStatement(item, kind));
  const sids = statements.flatMap((s) => (s.Sid === undefined ? [] : [s.Sid]));
  if (new Set(sids).size !== sids.length) fail("Statement IDs (SID) in a single policy must be unique.");
  return {
    Version: Version as string | undefined,
    Id: typeof Id === "string" ? Id : undefined,
    Statement: statements,
  };
}
