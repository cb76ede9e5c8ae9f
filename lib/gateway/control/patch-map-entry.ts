import { NotFoundException } from "./api-gateway-error";
import { decodePatchSegment, invalidPatchOperation } from "./patch-operations";
import type { PatchOperation } from "./types";

/**
 * Applies `add | replace | remove` on `/<field>/<key>` to a string-keyed map and returns the new map
 * (undefined once empty). `replace` and `remove` of an absent key answer `notFoundMessage`, as UpdateMethodResponse
 * does ("Invalid parameter name specified", "Content-Type specified was not found") [REC
 * LS:test_apigateway_api::test_update_method_lack_response_parameters_and_models].
 */
export function patchMapEntry<V>(
  map: Readonly<Record<string, V>> | undefined,
  prefix: string,
  operation: PatchOperation,
  toValue: (value: string | undefined) => V,
  notFoundMessage: string,
): Record<string, V> | undefined {
  if (!["add", "remove", "replace"].includes(operation.op))
    throw invalidPatchOperation(["add", "remove", "replace"]);
  const key = decodePatchSegment(operation.path.slice(prefix.length));
  const next: Record<string, V> = { ...map };
  if (operation.op !== "add" && !(key in next)) throw new NotFoundException(notFoundMessage);
  if (operation.op === "remove") delete next[key];
  else next[key] = toValue(operation.value);
  return Object.keys(next).length > 0 ? next : undefined;
}

/** Sets or deletes an optional field, keeping absent fields absent as AWS's JSON does. */
export function setOptional<T extends object, K extends keyof T>(
  target: T,
  key: K,
  value: T[K] | undefined,
): void {
  if (value === undefined) delete target[key];
  else target[key] = value;
}
