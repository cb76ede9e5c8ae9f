/**
 * Reads an untrusted value (an authorizer's `policyDocument`, a parsed resource policy) into a
 * PolicyDocument, or throws MalformedPolicyError. IAM's grammar: `Statement` is one statement or a list;
 * each has `Effect` exactly `Allow` or `Deny`, exactly one of `Action`/`NotAction` and exactly one of
 * `Resource`/`NotResource`, each a string or a non-empty list of strings; `Principal` is `"*"` or an object
 * of principal types, normalised to lists.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 */
import { MalformedPolicyError } from "./malformed-policy-error";
import type { ConditionBlock, PolicyDocument, PolicyPrincipal, PolicyStatement } from "./policy-document";

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function toStringList(value: unknown, element: string): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === "string")) {
    return [...(value as string[])];
  }
  throw new MalformedPolicyError(`${element} must be a string or a non-empty list of strings`);
}

/** Exactly one of `name` and `Not{name}`, as IAM requires. */
function toPair(statement: Json, name: "Action" | "Resource"): Partial<Record<string, string[]>> {
  const negated = `Not${name}`;
  const hasListed = statement[name] !== undefined;
  const hasExcluded = statement[negated] !== undefined;
  if (hasListed === hasExcluded) {
    throw new MalformedPolicyError(`a statement needs exactly one of ${name} and ${negated}`);
  }
  return hasListed
    ? { [name]: toStringList(statement[name], name) }
    : { [negated]: toStringList(statement[negated], negated) };
}

/** `"*"`, or principal type → one identifier or a list, normalised to lists. */
function toPrincipal(value: unknown, element: string): PolicyPrincipal | undefined {
  if (value === undefined) return undefined;
  if (value === "*") return "*";
  if (!isObject(value))
    throw new MalformedPolicyError(`${element} must be "*" or an object of principal types`);
  return Object.fromEntries(
    Object.entries(value).map(([type, ids]) => [type, toStringList(ids, `${element}.${type}`)]),
  );
}

function toCondition(value: unknown): ConditionBlock | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value) || !Object.values(value).every(isObject)) {
    throw new MalformedPolicyError("Condition must map operators to objects of condition keys");
  }
  return value as ConditionBlock;
}

function toStatement(value: unknown): PolicyStatement {
  if (!isObject(value)) throw new MalformedPolicyError("each Statement must be an object");
  const effect = value.Effect;
  if (effect !== "Allow" && effect !== "Deny") {
    throw new MalformedPolicyError(
      `Effect must be "Allow" or "Deny", got ${JSON.stringify(effect) ?? "nothing"}`,
    );
  }
  const condition = toCondition(value.Condition);
  const principal = toPrincipal(value.Principal, "Principal");
  const notPrincipal = toPrincipal(value.NotPrincipal, "NotPrincipal");
  return {
    ...(typeof value.Sid === "string" ? { Sid: value.Sid } : {}),
    Effect: effect,
    ...toPair(value, "Action"),
    ...toPair(value, "Resource"),
    ...(principal !== undefined ? { Principal: principal } : {}),
    ...(notPrincipal !== undefined ? { NotPrincipal: notPrincipal } : {}),
    ...(condition ? { Condition: condition } : {}),
  };
}

/** The policy `value` describes, validated; throws MalformedPolicyError when IAM would reject it. */
export function toPolicyDocument(value: unknown): PolicyDocument {
  if (!isObject(value)) throw new MalformedPolicyError("the policy document must be a JSON object");
  const statements = value.Statement;
  if (statements === undefined) throw new MalformedPolicyError("the policy document has no Statement");
  const list = Array.isArray(statements) ? statements : [statements];
  return {
    ...(typeof value.Version === "string" ? { Version: value.Version } : {}),
    ...(typeof value.Id === "string" ? { Id: value.Id } : {}),
    Statement: list.map(toStatement),
  };
}
