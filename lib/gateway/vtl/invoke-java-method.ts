/**
 * Resolves `$value.method(args)` the way Velocity would on the Java object behind the value: String, Number,
 * Boolean, List, Map or Map.Entry methods, or one of `$input`'s and `$util`'s. Nothing is looked up on the
 * JavaScript prototype chain, so templates cannot reach host functions. A method Java lacks gives undefined
 * (AWS prints nothing for it).
 * @see https://velocity.apache.org/engine/1.7/user-guide.html#methods
 */
import { callJavaMethod } from "./java-method-table";
import { LIST_METHODS } from "./list-methods";
import { MAP_ENTRY_METHODS, MAP_METHODS } from "./map-methods";
import { BOOLEAN_METHODS, NUMBER_METHODS } from "./number-methods";
import type { RenderBudget } from "./render-budget";
import { STRING_METHODS } from "./string-methods";
import { BuiltinVariable, VelocityMapEntry, isVelocityMap } from "./velocity-values";

export function invokeJavaMethod(
  target: unknown,
  name: string,
  args: readonly unknown[],
  budget: RenderBudget,
): unknown {
  return budget.chargeWork(dispatch(target, name, args));
}

function dispatch(target: unknown, name: string, args: readonly unknown[]): unknown {
  switch (typeof target) {
    case "string":
      return callJavaMethod(STRING_METHODS, target, name, args);
    case "number":
      return callJavaMethod(NUMBER_METHODS, target, name, args);
    case "boolean":
      return callJavaMethod(BOOLEAN_METHODS, target, name, args);
    case "object":
      return dispatchObject(target, name, args);
    default:
      return undefined;
  }
}

function dispatchObject(target: object | null, name: string, args: readonly unknown[]): unknown {
  if (target instanceof BuiltinVariable) {
    return Object.hasOwn(target.methods, name) ? target.methods[name]?.(...args) : undefined;
  }
  if (Array.isArray(target)) return callJavaMethod(LIST_METHODS, target as unknown[], name, args);
  if (target instanceof VelocityMapEntry) return callJavaMethod(MAP_ENTRY_METHODS, target, name, args);
  if (isVelocityMap(target)) return callJavaMethod(MAP_METHODS, target, name, args);
  return undefined;
}
