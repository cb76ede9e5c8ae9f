/**
 * Patch paths of the Update* operations: a map key or resource path inside a path is one segment, with
 * JSON Pointer escapes (`~` as `~0`, `/` as `~1`), so `/requestModels/application~1json`.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html
 */
import type { PatchOperation } from "@/lib/gateway/control/types";

export function escapePatchSegment(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

export function replaceOp(path: string, value: string): PatchOperation {
  return { op: "replace", path, value };
}

export function removeOp(path: string): PatchOperation {
  return { op: "remove", path };
}
