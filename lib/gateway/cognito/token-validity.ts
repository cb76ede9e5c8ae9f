import { InvalidParameterException } from "./cognito-error";
import type { CreateUserPoolClientInput } from "./user-pool-shapes";
import type { TimeUnit, TokenValidity } from "./user-pool-state";

const SECONDS: Record<TimeUnit, number> = { seconds: 1, minutes: 60, hours: 3600, days: 86_400 };

/** A validity in seconds. */
export function toSeconds(value: number, unit: TimeUnit): number {
  return value * SECONDS[unit];
}

/** Cognito's ranges: ID and access tokens 5 minutes to 1 day, refresh tokens 60 minutes to 10 years. */
function assertInRange(seconds: number, min: number, max: number, member: string): void {
  // [UNVERIFIED] the message text.
  if (seconds < min || seconds > max) throw new InvalidParameterException(`Invalid range for ${member}.`);
}

/**
 * An app client's token lifetimes: by default 1 hour for ID and access tokens (ExpiresIn 3600) and 30 days for
 * refresh tokens, in hours, hours and days unless TokenValidityUnits says otherwise.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-with-identity-providers.html
 */
export function toTokenValidity(input: CreateUserPoolClientInput): TokenValidity {
  const units = {
    IdToken: input.TokenValidityUnits?.IdToken ?? "hours",
    AccessToken: input.TokenValidityUnits?.AccessToken ?? "hours",
    RefreshToken: input.TokenValidityUnits?.RefreshToken ?? "days",
  };
  const validity = {
    idToken: input.IdTokenValidity ?? toUnit(3600, units.IdToken),
    accessToken: input.AccessTokenValidity ?? toUnit(3600, units.AccessToken),
    refreshToken: input.RefreshTokenValidity ?? toUnit(30 * 86_400, units.RefreshToken),
    units,
  };
  assertInRange(toSeconds(validity.idToken, units.IdToken), 300, 86_400, "IdTokenValidity");
  assertInRange(toSeconds(validity.accessToken, units.AccessToken), 300, 86_400, "AccessTokenValidity");
  assertInRange(
    toSeconds(validity.refreshToken, units.RefreshToken),
    3600,
    315_360_000,
    "RefreshTokenValidity",
  );
  return validity;
}

function toUnit(seconds: number, unit: TimeUnit): number {
  return seconds / SECONDS[unit];
}
