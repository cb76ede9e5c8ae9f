/**
 * Evaluates a statement's `Condition` block against the request context, as IAM does: every operator must
 * hold, and within an operator every key; a key holds when the context value matches any policy value.
 * Absent keys follow IAM's rule: a positive operator fails, a negated one (StringNotEquals, NotIpAddress...)
 * holds, `...IfExists` holds. `ForAnyValue:` / `ForAllValues:` compare multi-valued keys. An unknown
 * operator never holds.
 *
 * It has the pluggable callback's shape `(conditionBlock, requestContext) => boolean`, so the policy
 * evaluator of lib/gateway/authorizers/policy can take it as is.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 */
import { CONDITION_OPERATORS, type ConditionOperator } from "./condition-operators";
import type { ConditionBlock, ConditionContext } from "./policy-document";

type SetOperator = "ForAnyValue" | "ForAllValues" | undefined;

interface OperatorName {
  setOperator: SetOperator;
  base: string;
  ifExists: boolean;
}

function parseOperatorName(name: string): OperatorName {
  const colon = name.indexOf(":");
  const prefix = colon >= 0 ? name.slice(0, colon) : "";
  const setOperator = prefix === "ForAnyValue" || prefix === "ForAllValues" ? prefix : undefined;
  const body = setOperator ? name.slice(colon + 1) : name;
  const ifExists = body.endsWith("IfExists");
  return { setOperator, base: ifExists ? body.slice(0, -"IfExists".length) : body, ifExists };
}

function toPolicyValues(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((item) =>
    typeof item === "string" || typeof item === "number" || typeof item === "boolean" ? [String(item)] : [],
  );
}

function readContext(context: ConditionContext, key: string): readonly string[] {
  const value = context[key.toLowerCase()];
  if (value === undefined) return [];
  return typeof value === "string" ? [value] : value;
}

function holdsForKey(
  operator: ConditionOperator,
  name: OperatorName,
  contextValues: readonly string[],
  policyValues: readonly string[],
): boolean {
  if (contextValues.length === 0) {
    if (name.setOperator === "ForAllValues") return true;
    if (name.setOperator === "ForAnyValue") return false;
    return name.ifExists || operator.negated;
  }
  const holds = (value: string) => {
    const matched = policyValues.some((policyValue) => operator.test(value, policyValue));
    return operator.negated ? !matched : matched;
  };
  return name.setOperator === "ForAllValues" ? contextValues.every(holds) : contextValues.some(holds);
}

/** `Null`: `"true"` holds when the key is absent, `"false"` when it is present. */
function holdsNull(keys: Readonly<Record<string, unknown>>, context: ConditionContext): boolean {
  return Object.entries(keys).every(([key, value]) => {
    const absent = readContext(context, key).length === 0;
    return toPolicyValues(value).some((wanted) => (wanted.toLowerCase() === "true") === absent);
  });
}

function holdsOperator(
  operatorName: string,
  keys: Readonly<Record<string, unknown>>,
  context: ConditionContext,
): boolean {
  const name = parseOperatorName(operatorName);
  if (name.base === "Null" && !name.setOperator && !name.ifExists) return holdsNull(keys, context);
  const operator = CONDITION_OPERATORS[name.base];
  if (!operator) return false;
  return Object.entries(keys).every(([key, value]) =>
    holdsForKey(operator, name, readContext(context, key), toPolicyValues(value)),
  );
}

/** Whether every operator of `conditionBlock` holds for `requestContext`. */
export function evaluateConditionBlock(
  conditionBlock: ConditionBlock,
  requestContext: ConditionContext,
): boolean {
  return Object.entries(conditionBlock).every(([operatorName, keys]) =>
    holdsOperator(operatorName, keys, requestContext),
  );
}
