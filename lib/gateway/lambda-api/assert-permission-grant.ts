import { ValidationException } from "./lambda-api-errors";
import type { AddPermissionInput } from "./lambda-api-inputs";
import type { PermissionGrant } from "./policy-statement";

/** AddPermission's member constraints, from the Lambda API model. */
const CONSTRAINTS: ReadonlyArray<{
  member: keyof AddPermissionInput & keyof PermissionGrant;
  wire: string;
  required?: boolean;
  pattern: string;
  maxLength?: number;
}> = [
  {
    member: "StatementId",
    wire: "statementId",
    required: true,
    pattern: "([a-zA-Z0-9-_.]+)",
    maxLength: 100,
  },
  { member: "Action", wire: "action", required: true, pattern: "(lambda:[*]|lambda:[a-zA-Z]+|[*])" },
  { member: "Principal", wire: "principal", required: true, pattern: "[^\\s]+" },
  {
    member: "SourceArn",
    wire: "sourceArn",
    pattern: "arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:([a-z]{2}(-gov)?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)",
  },
  { member: "SourceAccount", wire: "sourceAccount", pattern: "\\d{12}" },
  { member: "FunctionUrlAuthType", wire: "functionUrlAuthType", pattern: "(NONE|AWS_IAM)" },
];

/**
 * The grant an AddPermission asks for, or every constraint it breaks in one ValidationException.
 * @see https://docs.aws.amazon.com/lambda/latest/api/API_AddPermission.html#API_AddPermission_RequestBody
 */
export function assertPermissionGrant(input: AddPermissionInput): PermissionGrant {
  const violations: string[] = [];
  for (const { member, wire, required, pattern, maxLength } of CONSTRAINTS) {
    const value = input[member];
    if (value === undefined) {
      if (required)
        violations.push(`Value null at '${wire}' failed to satisfy constraint: Member must not be null`);
      continue;
    }
    const prefix = `Value '${value}' at '${wire}' failed to satisfy constraint: Member must`;
    if (maxLength !== undefined && value.length > maxLength)
      violations.push(`${prefix} have length less than or equal to ${maxLength}`);
    else if (!new RegExp(`^${pattern}$`).test(value))
      violations.push(`${prefix} satisfy regular expression pattern: ${pattern}`);
  }
  if (violations.length > 0) throw new ValidationException(violations);
  // The required members were checked above.
  return input as PermissionGrant;
}
