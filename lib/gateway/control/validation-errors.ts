import { ValidationException } from "./api-gateway-error";

/**
 * AWS's Smithy-level input validation runs before any business rule and reports every violation in
 * one ValidationException: "2 validation errors detected: Value 'x' at 'member' failed to satisfy
 * constraint: ...; Value ..." [REC LS:test_apigateway_api::test_create_rest_api_with_endpoint_configuration].
 */
export function throwIfValidationErrors(violations: readonly string[]): void {
  if (violations.length === 0) return;
  const count = violations.length === 1 ? "1 validation error" : `${violations.length} validation errors`;
  throw new ValidationException(`${count} detected: ${violations.join("; ")}`);
}

/** One enum violation, worded as AWS words it; `shown` is the value as AWS prints it (lists as `[a, b]`). */
export function enumViolation(shown: string, member: string, allowed: readonly string[]): string {
  return `Value '${shown}' at '${member}' failed to satisfy constraint: Member must satisfy enum value set: [${allowed.join(", ")}]`;
}

/** A status code violation: "Member must satisfy regular expression pattern: [1-5]\d\d" [REC]. */
export function statusCodeViolations(statusCode: string): string[] {
  return /^[1-5]\d\d$/.test(statusCode)
    ? []
    : [
        `Value '${statusCode}' at 'statusCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [1-5]\\d\\d`,
      ];
}
