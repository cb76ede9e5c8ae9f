import type { DefinitionDocument } from "./definition-types";
import { isDefinitionObject } from "./read-definition-value";

/**
 * An object that may be a local reference (`{"$ref": "#/components/parameters/Limit"}`), followed to
 * what it names. A reference that leads nowhere is reported to `warn` and gives undefined.
 */
export function resolveLocalRef(
  document: DefinitionDocument,
  value: unknown,
  location: string,
  warn: (message: string) => void,
): Record<string, unknown> | undefined {
  if (!isDefinitionObject(value)) return undefined;
  const ref = value.$ref;
  if (typeof ref !== "string") return value;
  const target = ref.startsWith("#/") ? followPointer(document, ref.slice(2)) : undefined;
  if (!isDefinitionObject(target)) {
    warn(`${location}: reference ${ref} not found; ignored`);
    return undefined;
  }
  return target;
}

function followPointer(document: DefinitionDocument, pointer: string): unknown {
  let current: unknown = document;
  for (const raw of pointer.split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (!isDefinitionObject(current)) return undefined;
    current = current[key];
  }
  return current;
}
