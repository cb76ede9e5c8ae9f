/**
 * Name and path constraints of IAM users, roles, inline policies and role sessions.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateUser.html
 * @see https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
 */
import { toValidationError } from "./iam-entity-error";

const NAME_PATTERN = /^[\w+=,.@-]+$/;
const PATH_PATTERN = /^(\/|\/[\u0021-\u007e]+\/)$/;

interface NameRule {
  field: string;
  min: number;
  max: number;
}

export const USER_NAME: NameRule = { field: "userName", min: 1, max: 64 };
export const ROLE_NAME: NameRule = { field: "roleName", min: 1, max: 64 };
export const POLICY_NAME: NameRule = { field: "policyName", min: 1, max: 128 };
export const ROLE_SESSION_NAME: NameRule = { field: "roleSessionName", min: 2, max: 64 };

export function assertNameValid(value: string, rule: NameRule): void {
  if (value.length < rule.min)
    throw toValidationError(
      rule.field,
      value,
      `Member must have length greater than or equal to ${rule.min}`,
    );
  if (value.length > rule.max)
    throw toValidationError(rule.field, value, `Member must have length less than or equal to ${rule.max}`);
  if (!NAME_PATTERN.test(value))
    throw toValidationError(
      rule.field,
      value,
      "Member must satisfy regular expression pattern: [\\w+=,.@-]+",
    );
}

export function assertPathValid(path: string): void {
  if (path.length > 512 || !PATH_PATTERN.test(path))
    throw toValidationError(
      "path",
      path,
      "Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)",
    );
}

export function assertDurationValid(seconds: number, min: number, max: number): void {
  if (!Number.isInteger(seconds) || seconds < min)
    throw toValidationError(
      "durationSeconds",
      seconds,
      `Member must have value greater than or equal to ${min}`,
    );
  if (seconds > max)
    throw toValidationError(
      "durationSeconds",
      seconds,
      `Member must have value less than or equal to ${max}`,
    );
}
