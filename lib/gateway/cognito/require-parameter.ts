import { InvalidParameterException } from "./cognito-error";

/**
 * A required request member. Cognito reports a missing one as a validation error naming the member in camel
 * case: "1 validation error detected: Value null at 'poolName' failed to satisfy constraint: Member must not be null".
 */
export function requireParameter(value: string | undefined, member: string): string {
  if (typeof value === "string" && value !== "") return value;
  const field = member.charAt(0).toLowerCase() + member.slice(1);
  throw new InvalidParameterException(
    `1 validation error detected: Value null at '${field}' failed to satisfy constraint: Member must not be null`,
  );
}

/** A required entry of AuthParameters or ChallengeResponses: "Missing required parameter USERNAME". */
export function requireAuthParameter(parameters: Record<string, string> | undefined, name: string): string {
  const value = parameters?.[name];
  if (typeof value === "string" && value !== "") return value;
  throw new InvalidParameterException(`Missing required parameter ${name}`);
}
