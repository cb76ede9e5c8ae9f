import { BadRequestException } from "./api-gateway-error";
import type { PatchOperation } from "./types";
import { enumViolation, throwIfValidationErrors } from "./validation-errors";

/**
 * Shared rules for the `patchOperations` every Update* operation takes, with the messages AWS answers.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html
 */

const PATCH_OPS = ["add", "remove", "move", "test", "replace", "copy"] as const;

/**
 * Refuses unknown `op` values the way AWS's Smithy validation does, all of them in one message:
 * "2 validation errors detected: Value 'x' at 'updateStageInput.patchOperations.1.member.op' ...; ..."
 * [REC LS:test_apigateway_api::test_update_method_response_wrong_operations].
 */
export function assertPatchOperationsValid(inputName: string, operations: readonly PatchOperation[]): void {
  throwIfValidationErrors(patchOperationViolations(inputName, operations));
}

/** The unknown-op violations alone, for operations that report them with other member violations. */
export function patchOperationViolations(inputName: string, operations: readonly PatchOperation[]): string[] {
  return operations.flatMap((operation, index) =>
    (PATCH_OPS as readonly string[]).includes(operation.op)
      ? []
      : [
          enumViolation(
            String(operation.op),
            `${inputName}.patchOperations.${index + 1}.member.op`,
            PATCH_OPS,
          ),
        ],
  );
}

/** A path segment with JSON Pointer escapes undone: `application~1json` is `application/json`. */
export function decodePatchSegment(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** A path segment with JSON Pointer escapes applied: `application/json` is `application~1json`. */
export function encodePatchSegment(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** The value of a patch operation, or "null" as AWS prints a missing one. */
export function patchPathOf(operation: PatchOperation): string {
  return operation.path ?? "null";
}

/** "Invalid patch path /x" [REC]. */
export function invalidPatchPath(path: string): BadRequestException {
  return new BadRequestException(`Invalid patch path ${path}`);
}

/** "Invalid patch operation specified. Must be one of: [replace]" [REC]. */
export function invalidPatchOperation(allowed: readonly string[]): BadRequestException {
  return new BadRequestException(
    `Invalid patch operation specified. Must be one of: [${allowed.join(", ")}]`,
  );
}

/** The wording of the entity-specific updaters (models, validators, resources), double space included [REC]. */
export function unsupportedOperationForPath(path: string, op: string): BadRequestException {
  return new BadRequestException(
    `Invalid patch path  '${path}' specified for op '${op}'. Please choose supported operations`,
  );
}

/** "Invalid patch path  '/name' specified for op 'replace'. Must be one of: [/description, /schema]" [REC]. */
export function unsupportedPathForOperation(
  path: string,
  op: string,
  allowed: readonly string[],
): BadRequestException {
  return new BadRequestException(
    `Invalid patch path  '${path}' specified for op '${op}'. Must be one of: [${allowed.join(", ")}]`,
  );
}

/** Patch values are strings; AWS reads booleans case-insensitively and anything else as false. */
export function toBooleanValue(value: string | undefined): boolean {
  return (value ?? "").toLowerCase() === "true";
}
