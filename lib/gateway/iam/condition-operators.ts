/**
 * IAM condition operators: how one context value is compared with one policy value, and whether the
 * operator is negated (a negated operator holds when no policy value matches, and when the key is absent).
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */
import { matchIpAddress } from "./match-ip-address";
import { matchWildcard } from "../authorizers/policy/match-wildcard";

export interface ConditionOperator {
  /** Whether the context value matches the policy value (before negation). */
  readonly test: (contextValue: string, policyValue: string) => boolean;
  readonly negated: boolean;
}

/** ArnLike/ArnEquals compare each of the six colon-separated parts, each part with wildcards. */
function matchArn(value: string, pattern: string): boolean {
  const splitArn = (arn: string) => {
    const parts = arn.split(":");
    return [...parts.slice(0, 5), parts.slice(5).join(":")];
  };
  const valueParts = splitArn(value);
  const patternParts = splitArn(pattern);
  if (patternParts.length !== valueParts.length || valueParts.length !== 6) return false;
  return patternParts.every((part, i) => matchWildcard(part, valueParts[i] ?? ""));
}

/** ISO 8601 dates or epoch seconds, as IAM's date operators accept them. */
function toEpochMs(text: string): number {
  return /^\d+$/.test(text) ? Number(text) * 1000 : new Date(text).getTime();
}

function compareNumbers(predicate: (a: number, b: number) => boolean, parse: (s: string) => number) {
  return (contextValue: string, policyValue: string) => {
    const a = parse(contextValue);
    const b = parse(policyValue);
    return !Number.isNaN(a) && !Number.isNaN(b) && predicate(a, b);
  };
}

const equalsIgnoreCase = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const ordered = {
  Equals: (a: number, b: number) => a === b,
  LessThan: (a: number, b: number) => a < b,
  LessThanEquals: (a: number, b: number) => a <= b,
  GreaterThan: (a: number, b: number) => a > b,
  GreaterThanEquals: (a: number, b: number) => a >= b,
};

function operator(test: ConditionOperator["test"], negated = false): ConditionOperator {
  return { test, negated };
}

function orderedOperators(family: "Numeric" | "Date", parse: (s: string) => number) {
  const table: Record<string, ConditionOperator> = {
    [`${family}NotEquals`]: operator(compareNumbers(ordered.Equals, parse), true),
  };
  for (const [name, predicate] of Object.entries(ordered))
    table[`${family}${name}`] = operator(compareNumbers(predicate, parse));
  return table;
}

export const CONDITION_OPERATORS: Readonly<Record<string, ConditionOperator>> = {
  StringEquals: operator((a, b) => a === b),
  StringNotEquals: operator((a, b) => a === b, true),
  StringEqualsIgnoreCase: operator(equalsIgnoreCase),
  StringNotEqualsIgnoreCase: operator(equalsIgnoreCase, true),
  StringLike: operator((a, b) => matchWildcard(b, a)),
  StringNotLike: operator((a, b) => matchWildcard(b, a), true),
  ArnEquals: operator(matchArn),
  ArnLike: operator(matchArn),
  ArnNotEquals: operator(matchArn, true),
  ArnNotLike: operator(matchArn, true),
  IpAddress: operator(matchIpAddress),
  NotIpAddress: operator(matchIpAddress, true),
  Bool: operator(equalsIgnoreCase),
  ...orderedOperators("Numeric", Number),
  ...orderedOperators("Date", toEpochMs),
};
