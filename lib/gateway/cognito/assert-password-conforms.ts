import { InvalidPasswordException } from "./cognito-error";
import type { PasswordPolicy } from "./user-pool-state";

/**
 * The special characters Cognito counts as symbols (the space counts when it is neither first nor last).
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-policies.html
 */
const SYMBOLS = new Set("^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+-");

function hasSymbol(password: string): boolean {
  const inner = password.slice(1, -1);
  return [...password].some((c) => SYMBOLS.has(c)) || inner.includes(" ");
}

/** A new pool's default policy: eight characters with upper case, lower case, a number and a symbol. */
export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = {
  MinimumLength: 8,
  RequireUppercase: true,
  RequireLowercase: true,
  RequireNumbers: true,
  RequireSymbols: true,
  TemporaryPasswordValidityDays: 7,
};

/** The first rule `password` breaks, in Cognito's words, or undefined. */
function findPolicyViolation(password: string, policy: PasswordPolicy): string | undefined {
  // [UNVERIFIED] the order in which Cognito reports a password that breaks several rules.
  if ([...password].length < policy.MinimumLength) return "Password not long enough";
  if (policy.RequireUppercase && !/[A-Z]/.test(password)) return "Password must have uppercase characters";
  if (policy.RequireLowercase && !/[a-z]/.test(password)) return "Password must have lowercase characters";
  if (policy.RequireNumbers && !/[0-9]/.test(password)) return "Password must have numeric characters";
  if (policy.RequireSymbols && !hasSymbol(password)) return "Password must have symbol characters";
  return undefined;
}

/**
 * Throws InvalidPasswordException when `password` breaks the policy. Cognito words the message two ways
 * (3P, widely quoted): "Password did not conform with policy: ..." when a user is created (SignUp,
 * AdminCreateUser) and "Password does not conform to policy: ..." when a password is set or changed.
 */
export function assertPasswordConforms(
  password: string,
  policy: PasswordPolicy,
  when: "create" | "change",
): void {
  const violation = findPolicyViolation(password, policy);
  if (violation === undefined) return;
  const prefix =
    when === "create" ? "Password did not conform with policy" : "Password does not conform to policy";
  throw new InvalidPasswordException(`${prefix}: ${violation}`);
}
